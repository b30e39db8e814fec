namespace FactCheck.Text;

/// <summary>The headline of a document: its first line, standing alone above the body without a sentence's full stop.</summary>
internal static class Headline
{
    /// <summary>
    /// The first sentence of <paramref name="text"/> when it is a headline: a line of its own, followed by a line break,
    /// that does not end as a sentence does ("Exports rise 20%"); otherwise <see langword="null"/>.
    /// </summary>
    public static TextSpan? Of(string text, IReadOnlyList<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Count < 2)
        {
            return null;
        }

        var first = sentences[0];
        var last = text[first.End - 1];
        if (last is '.' or '!' or '?' or '\u2026' or ':' or ';')
        {
            return null;
        }

        var between = text.AsSpan(first.End, sentences[1].Start - first.End);
        return between.Contains('\n') ? first : null;
    }
}
