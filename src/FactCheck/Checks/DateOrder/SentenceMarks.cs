using System.Text.RegularExpressions;
using FactCheck.Checks.Internal;

namespace FactCheck.Checks.DateOrder;

/// <summary>
/// Whether a sentence holds a wording ("will", "expects", "plans" for the future; "announced" for an announcement), read
/// once per sentence: a long sentence with many dates is not read again for each of them.
/// </summary>
internal sealed class SentenceMarks(string text, Sentences sentences, Regex wording)
{
    private readonly Dictionary<int, bool> _read = [];

    /// <summary>Whether the sentence at <paramref name="sentence"/> holds the wording; <see langword="false"/> for -1 (no sentence).</summary>
    public bool Holds(int sentence)
    {
        if (sentence < 0)
        {
            return false;
        }

        if (!_read.TryGetValue(sentence, out var holds))
        {
            _read[sentence] = holds = wording.IsMatch(sentences.Spans[sentence].Slice(text));
        }

        return holds;
    }
}
