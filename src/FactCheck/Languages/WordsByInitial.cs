namespace FactCheck.Languages;

/// <summary>
/// A list of words, stems or phrases kept by the letter they start with, so that a run of text (<see cref="WordRuns"/>) is
/// tried only against the few that may start like it instead of the whole list. What does not start with an ASCII letter is
/// kept with every letter, and a run that does not start with one is tried against the whole list.
/// </summary>
internal sealed class WordsByInitial
{
    private const int Letters = 26;

    private readonly string[] all;
    private readonly string[][] byLetter;

    public WordsByInitial(IEnumerable<string> words)
    {
        all = [.. words];
        byLetter = new string[Letters][];
        for (var letter = 0; letter < Letters; letter++)
        {
            var initial = (char)('a' + letter);
            byLetter[letter] = Array.FindAll(all, word => word.Length == 0 || !char.IsAsciiLetter(word[0]) || (word[0] | 0x20) == initial);
        }
    }

    /// <summary>
    /// The words that may start a run whose first character is <paramref name="initial"/>, ignoring case, in the order of the
    /// list.
    /// </summary>
    public ReadOnlySpan<string> MayStart(char initial) => char.IsAsciiLetter(initial) ? byLetter[(initial | 0x20) - 'a'] : all;
}
