namespace FactCheck.Reference;

/// <summary>
/// Decides whether a fact's subject names what a claim is about: every content word of the fact's subject must be
/// among the words of the claim's subject, subject key or entities (plurals folded, "duty" and "levy" read as "tariff").
/// </summary>
internal static class SubjectMatcher
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "on", "in", "to", "from", "for", "and", "by", "at", "with", "its", "their", "his", "her",
        "new", "earlier", "previous", "increased", "current", "now", "this", "that", "these", "those",
    };

    /// <summary>A canonical form of a subject: its content words, folded and sorted.</summary>
    public static string Normalize(string subject) => string.Join(' ', Words(subject).Order(StringComparer.Ordinal));

    public static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = Fold(text[start..i].ToLowerInvariant());
                if (!StopWords.Contains(word))
                {
                    words.Add(word);
                }

                start = -1;
            }
        }

        return words;
    }

    public static bool Matches(string factSubject, IEnumerable<string> claimTexts)
    {
        var wanted = Words(factSubject);
        if (wanted.Count == 0)
        {
            return false;
        }

        var have = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in claimTexts)
        {
            have.UnionWith(Words(text));
        }

        return wanted.IsSubsetOf(have);
    }

    private static string Fold(string word)
    {
        word = word switch
        {
            "duty" or "duties" or "levy" or "levies" or "tariffs" => "tariff",
            _ => word,
        };
        return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
    }
}
