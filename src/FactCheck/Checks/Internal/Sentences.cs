using FactCheck.Text;

namespace FactCheck.Checks.Internal;

/// <summary>The sentences of a document, for rules that reason within a sentence.</summary>
internal sealed class Sentences
{
    private readonly IReadOnlyList<TextSpan> _spans;

    public Sentences(IReadOnlyList<TextSpan> spans) => _spans = spans;

    public IReadOnlyList<TextSpan> Spans => _spans;

    /// <summary>The index of the sentence holding <paramref name="position"/>, or -1.</summary>
    public int IndexOf(int position) => SentenceIndex.Of(_spans, position);
}
