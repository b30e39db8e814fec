namespace FactCheck.Text;

/// <summary>Splits text into sentences, keeping their offsets.</summary>
internal static class SentenceSegmenter
{
    /// <summary>Returns the sentences of <paramref name="text"/> in order, trimmed of surrounding white space.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Placeholder until sentence rules land: one span for non-empty text.
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return start == end ? [] : [new TextSpan(start, end)];
    }
}
