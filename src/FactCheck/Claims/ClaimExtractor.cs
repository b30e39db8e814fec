using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>The claims stage: groups mentions into claims and links them to subject, time and source.</summary>
internal sealed class ClaimExtractor
{
#pragma warning disable CA1822 // The stage will hold state.
    public IReadOnlyList<Claim> Extract(Document document, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        cancellationToken.ThrowIfCancellationRequested();
        return [];
    }
#pragma warning restore CA1822
}
