using FactCheck.Claims;
using FactCheck.Recognition;

namespace FactCheck.Checks;

/// <summary>What a check sees of one document: the document, its mentions and its claims.</summary>
public sealed class CheckContext
{
    /// <summary>Creates a context.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CheckContext(Document document, IReadOnlyList<Mention> mentions, IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(claims);
        Document = document;
        Mentions = mentions;
        Claims = claims;
        CancellationToken = cancellationToken;
    }

    /// <summary>The document being checked.</summary>
    public Document Document { get; }

    /// <summary>The figures and dates found, in text order.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The claims built from the mentions.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Signals that the caller no longer wants the result.</summary>
    public CancellationToken CancellationToken { get; }
}
