using FactCheck.Languages;

namespace FactCheck.Reference;

/// <summary>
/// Decides whether a fact's subject names what a claim is about: every content word of the fact's subject must be
/// among the words of the claim's subject, subject key or entities, both read with the subject-key normaliser of
/// the claims stage (<see cref="SubjectKeys"/>: plurals folded, "duty", "levy" and "customs" read as "tariff").
/// </summary>
/// <remarks>Reference tables are written in English: their subjects are read with the English pack.</remarks>
internal static class SubjectMatcher
{
    private static readonly SubjectKeys Keys = LanguagePacks.English.SubjectKeys;

    /// <summary>A canonical form of a subject: its content words, folded and sorted.</summary>
    public static string Normalize(string subject) => string.Join(' ', Keys.Words(subject).Order(StringComparer.Ordinal));

    public static bool Matches(string factSubject, IEnumerable<string> claimTexts)
    {
        var wanted = Keys.Words(factSubject);
        if (wanted.Count == 0)
        {
            return false;
        }

        var have = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in claimTexts)
        {
            have.UnionWith(Keys.Words(text));
        }

        return wanted.IsSubsetOf(have);
    }
}
