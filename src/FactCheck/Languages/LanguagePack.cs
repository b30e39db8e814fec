using System.Globalization;

namespace FactCheck.Languages;

/// <summary>
/// What FactCheck knows about one language: its number format, number words, calendar words, the words its
/// sentence segmenter reads abbreviations with, and the wording of figures, currencies and dates in news. Each fact
/// is defined once, in the pack of its language (<c>Languages/English/</c>), and handed to the stages; see <see cref="LanguagePacks"/> for how a document's
/// culture picks one.
/// </summary>
/// <remarks>
/// A pack is built once per language and shared: it is immutable, its look-ups are frozen sets and dictionaries,
/// and it is safe to use from any number of threads. The expressions the readers compile at build time take their
/// words from the same constants as the pack (see <see cref="English.EnglishCalendarWords"/>), so the two never
/// disagree.
/// </remarks>
internal sealed class LanguagePack
{
    public LanguagePack(CultureInfo culture, CalendarWords calendar, NumberWords numbers, AbbreviationWords abbreviations, SubjectKeys subjectKeys, NewsLexicon news)
    {
        Culture = culture;
        Calendar = calendar;
        Numbers = numbers;
        Abbreviations = abbreviations;
        SubjectKeys = subjectKeys;
        News = news;
    }

    /// <summary>The neutral culture of the language ("en"); its number format gives the thousands and decimal marks.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The thousands and decimal marks of the language's numbers.</summary>
    public NumberFormatInfo NumberFormat => Culture.NumberFormat;

    /// <summary>Month, weekday and decade names.</summary>
    public CalendarWords Calendar { get; }

    /// <summary>Number words and their values.</summary>
    public NumberWords Numbers { get; }

    /// <summary>The abbreviations and sentence openers of the sentence segmenter.</summary>
    public AbbreviationWords Abbreviations { get; }

    /// <summary>The normaliser of subject words shared by claims and reference facts.</summary>
    public SubjectKeys SubjectKeys { get; }

    /// <summary>The words and signs of figures, currencies, dates, tense and modality that recognition and claims read.</summary>
    public NewsLexicon News { get; }
}
