#if NET9_0_OR_GREATER
using System.Buffers;
#endif

namespace FactCheck.Languages;

/// <summary>
/// A few words or parts of words searched for anywhere in a text, ignoring case (ordinal): where the runtime can, all in one
/// pass over the text.
/// </summary>
internal sealed class WordSearch
{
    /// <summary>The ten digits, as words to search for.</summary>
    public static readonly string[] Digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

#if NET9_0_OR_GREATER
    private readonly SearchValues<string> words;

    public WordSearch(IEnumerable<string> words) => this.words = SearchValues.Create([.. words], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="text"/> holds one of the words, ignoring case.</summary>
    public bool FoundIn(ReadOnlySpan<char> text) => text.ContainsAny(words);
#else
    private readonly string[] words;

    public WordSearch(IEnumerable<string> words) => this.words = [.. words];

    /// <summary>Whether <paramref name="text"/> holds one of the words, ignoring case.</summary>
    public bool FoundIn(ReadOnlySpan<char> text)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
#endif
}
