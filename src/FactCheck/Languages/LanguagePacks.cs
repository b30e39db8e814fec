using System.Globalization;
using FactCheck.Languages.English;

namespace FactCheck.Languages;

/// <summary>Resolves the language pack of a document's culture.</summary>
/// <remarks>
/// FactCheck reads English only: every English culture ("en", "en-US", "en-GB", …) and the invariant culture get <see cref="English"/>.
/// A culture of another language falls back to English too, so its text is still read; the recognition stage
/// reports the fallback as a <c>culture-unsupported</c> warning (see <see cref="IsSupported"/>).
/// </remarks>
internal static class LanguagePacks
{
    /// <summary>The English pack, built on first use and shared.</summary>
    public static LanguagePack English => EnglishPack.Instance;

    /// <summary>The pack that reads <paramref name="culture"/>: its language's, or English when FactCheck has none for it.</summary>
    public static LanguagePack For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return English;
    }

    /// <summary>Whether FactCheck has a pack for the language of <paramref name="culture"/> (rather than falling back to English).</summary>
    public static bool IsSupported(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == English.Culture.TwoLetterISOLanguageName || culture.Equals(CultureInfo.InvariantCulture);
    }
}
