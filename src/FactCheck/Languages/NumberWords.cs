using System.Collections.Frozen;

namespace FactCheck.Languages;

/// <summary>
/// The number words of one language and their values. Built once per language from the alternations its pack
/// defines; immutable and safe to share between threads.
/// </summary>
internal sealed class NumberWords
{
    private readonly FrozenDictionary<string, int> _units;
    private readonly FrozenDictionary<string, int> _tens;

    /// <param name="unitWords">The words for zero to nineteen in order, separated by <c>|</c>.</param>
    /// <param name="tensWords">The words for twenty to ninety in order, separated by <c>|</c>.</param>
    public NumberWords(string unitWords, string tensWords)
    {
        _units = unitWords.Split('|').Select((word, value) => (word, value)).ToFrozenDictionary(w => w.word, w => w.value, StringComparer.OrdinalIgnoreCase);
        _tens = tensWords.Split('|').Select((word, index) => (word, value: (index + 2) * 10)).ToFrozenDictionary(w => w.word, w => w.value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The value of a word for zero to nineteen ("seven" is 7), or -1 when it is none.</summary>
    public int UnitOf(string word) => _units.TryGetValue(word, out var value) ? value : -1;

    /// <summary>The value of a word for twenty to ninety ("forty" is 40), or -1 when it is none.</summary>
    public int TensOf(string word) => _tens.TryGetValue(word, out var value) ? value : -1;

    /// <summary>The value of a word for zero to nineteen or for twenty to ninety, or -1 when it is none.</summary>
    public int ValueOf(string word) => _units.TryGetValue(word, out var value) || _tens.TryGetValue(word, out value) ? value : -1;
}
