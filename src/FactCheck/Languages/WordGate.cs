namespace FactCheck.Languages;

/// <summary>
/// What a run of text (<see cref="WordRuns"/>) must look like to be one of a scanner's words, to start with one of its stems
/// or to be the first word of one of its phrases: its first letter and its length, kept as one mask of lengths per letter.
/// Most runs of a sentence fail it, and are then compared with none of the words of the lists; a run that passes is read as
/// before. A run that does not start with an ASCII letter always passes, as does every run when a word does not start with one.
/// </summary>
internal sealed class WordGate
{
    private const int Letters = 26;

    // Runs and words of this length or longer share the last bit of a mask.
    private const int LongRun = 31;

    private readonly uint[] lengthsByLetter = new uint[Letters];

    /// <summary>A gate for <paramref name="words"/> (whole runs), <paramref name="stems"/> (the start of a run) and <paramref name="phrases"/> (their first word is a whole run).</summary>
    public WordGate(IEnumerable<string> words, IEnumerable<string>? stems = null, IEnumerable<string>? phrases = null)
    {
        foreach (var word in words)
        {
            Add(word, 1u << Math.Min(word.Length, LongRun));
        }

        foreach (var stem in stems ?? [])
        {
            Add(stem, uint.MaxValue << Math.Min(stem.Length, LongRun)); // any run at least as long as the stem
        }

        foreach (var phrase in phrases ?? [])
        {
            var firstEnd = phrase.AsSpan().IndexOfAny(' ', '-');
            var first = firstEnd < 0 ? phrase : phrase[..firstEnd];
            Add(first, 1u << Math.Min(first.Length, LongRun));
        }
    }

    /// <summary>Whether <paramref name="run"/>, a run of word characters, may be one of the words, stems or first words of the gate.</summary>
    public bool MayMatch(ReadOnlySpan<char> run)
    {
        if (run.IsEmpty || !char.IsAsciiLetter(run[0]))
        {
            return true;
        }

        return (lengthsByLetter[(run[0] | 0x20) - 'a'] & (1u << Math.Min(run.Length, LongRun))) != 0;
    }

    private void Add(string word, uint lengths)
    {
        if (word.Length == 0 || !char.IsAsciiLetter(word[0]))
        {
            Array.Fill(lengthsByLetter, uint.MaxValue); // told by no letter: every run is read
            return;
        }

        lengthsByLetter[(word[0] | 0x20) - 'a'] |= lengths;
    }
}
