namespace FactCheck.Languages;

/// <summary>
/// The one normaliser of subject words, shared by the claims stage (the subject key of a claim) and by reference
/// facts (whether a fact names what a claim is about), so both read "duties", "levy" and "customs" as "tariff".
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
internal abstract class SubjectKeys
{
    /// <summary>The canonical form of a lower-case subject word: its singular, then the word news uses for the same thing ("duties" → "duty" → "tariff").</summary>
    public abstract string Canonical(string lower);

    /// <summary>Whether a lower-case word carries no meaning of its own in a subject ("the", "of", "new", "current").</summary>
    public abstract bool IsStopWord(string lower);

    /// <summary>The canonical forms of the content words of <paramref name="text"/>: letters and digits, lower-cased, stop words left out.</summary>
    public HashSet<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
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
                var word = text[start..i].ToLowerInvariant();
                if (!IsStopWord(word))
                {
                    var canonical = Canonical(word);
                    if (!IsStopWord(canonical))
                    {
                        words.Add(canonical);
                    }
                }

                start = -1;
            }
        }

        return words;
    }
}
