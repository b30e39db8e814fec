namespace FactCheck.Claims;

/// <summary>
/// The claims stage: reads a document's claims from its sentences and mentions. Set your own with
/// <see cref="FactCheckerBuilder.WithClaimReader"/> to replace the built-in one.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe: one instance serves every document the checker sees. The claims are
/// numbered in text order (<c>c1</c>, <c>c2</c>, …) and name their figures by index into
/// <see cref="ClaimReaderContext.Mentions"/>. Report a sentence you cannot read with
/// <see cref="ClaimReaderContext.SentenceFailed"/> and go on with the next: it becomes a <c>claims-failed</c>
/// finding. An exception thrown from <see cref="Read"/> also becomes a <c>claims-failed</c> finding; the document
/// then has no claims, and the checks still run on its mentions.
/// </remarks>
public interface IClaimReader
{
    /// <summary>Reads the claims of one document, in text order.</summary>
    IReadOnlyList<Claim> Read(ClaimReaderContext context);
}
