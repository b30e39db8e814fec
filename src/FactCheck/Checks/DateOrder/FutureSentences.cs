using FactCheck.Checks.Internal;

namespace FactCheck.Checks.DateOrder;

/// <summary>
/// Whether a sentence speaks of the future ("will", "expects", "plans"), read once per sentence: a long sentence with
/// many dates is not read again for each of them.
/// </summary>
internal sealed class FutureSentences(string text, Sentences sentences)
{
    private readonly Dictionary<int, bool> _read = [];

    /// <summary>Whether the sentence at <paramref name="sentence"/> has a future marker; <see langword="false"/> for -1 (no sentence).</summary>
    public bool Holds(int sentence)
    {
        if (sentence < 0)
        {
            return false;
        }

        if (!_read.TryGetValue(sentence, out var holds))
        {
            _read[sentence] = holds = Wording.FutureMarker().IsMatch(sentences.Spans[sentence].Slice(text));
        }

        return holds;
    }
}
