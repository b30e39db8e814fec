using System.Collections.Frozen;

namespace FactCheck.Languages;

/// <summary>
/// A word list looked up with a span of text, compared as written (ordinal): where the runtime can, without making a string
/// of the span for each look-up.
/// </summary>
internal readonly struct SpanWordLookup
{
#if NET9_0_OR_GREATER
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>Looks words up in <paramref name="words"/>, a set whose comparer is ordinal.</summary>
    public SpanWordLookup(FrozenSet<string> words) => lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the list holds <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
#else
    private readonly FrozenSet<string> words;

    /// <summary>Looks words up in <paramref name="words"/>, a set whose comparer is ordinal.</summary>
    public SpanWordLookup(FrozenSet<string> words) => this.words = words;

    /// <summary>Whether the list holds <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word) => words.Contains(word.ToString());
#endif
}
