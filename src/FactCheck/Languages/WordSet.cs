namespace FactCheck.Languages;

/// <summary>
/// A short word list looked up with a run of text (<see cref="WordRuns"/>), ignoring case and allocating nothing: the words
/// are kept by length, so a run is compared only with the few words as long as it.
/// </summary>
internal sealed class WordSet
{
    private readonly string[][] byLength;

    public WordSet(IEnumerable<string> words)
    {
        var list = words.ToList();
        byLength = new string[list.Count == 0 ? 0 : list.Max(w => w.Length) + 1][];
        for (var length = 0; length < byLength.Length; length++)
        {
            byLength[length] = list.Where(w => w.Length == length).ToArray();
        }
    }

    /// <summary>Whether the list holds <paramref name="run"/>, ignoring case.</summary>
    public bool Contains(ReadOnlySpan<char> run)
    {
        if (run.Length >= byLength.Length)
        {
            return false;
        }

        foreach (var word in byLength[run.Length])
        {
            if ((run.Length == 0 || WordRuns.MayEqualIgnoringCase(run[0], word[0])) && run.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
