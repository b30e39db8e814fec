using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>The recognition stage: finds the figures and dates in a document's sentences.</summary>
internal sealed class MentionRecognizer
{
#pragma warning disable CA1822 // The stage will hold state.
    public IReadOnlyList<Mention> Recognize(Document document, IReadOnlyList<TextSpan> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        cancellationToken.ThrowIfCancellationRequested();
        return [];
    }
#pragma warning restore CA1822
}
