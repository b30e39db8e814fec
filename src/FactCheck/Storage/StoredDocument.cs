using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FactCheck.Reports;

namespace FactCheck.Storage;

/// <summary>A document as a store keeps it: its id, publication date, a hash of its content and its claims.</summary>
public sealed class StoredDocument
{
    /// <summary>Creates a stored document.</summary>
    /// <param name="id">The document's id (<see cref="Document.Source"/>).</param>
    /// <param name="published">The publication date, when known.</param>
    /// <param name="contentHash">The hash of the content (<see cref="HashOf"/>): a document stored with the same hash is not indexed again.</param>
    /// <param name="claims">The claims; all of this document.</param>
    /// <exception cref="ArgumentNullException">An argument, or a claim, is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An id or the hash is empty, a claim is of another document, or two claims share an id.</exception>
    public StoredDocument(string id, DateOnly? published, string contentHash, IReadOnlyList<ClaimRecord> claims)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentHash);
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.Any(c => c is null))
        {
            throw new ArgumentNullException(nameof(claims), "The list has a null element.");
        }

        if (claims.Any(c => !string.Equals(c.DocumentId, id, StringComparison.Ordinal)))
        {
            throw new ArgumentException("Every claim must be of this document.", nameof(claims));
        }

        if (claims.Select(c => c.ClaimId).Distinct(StringComparer.Ordinal).Count() != claims.Count)
        {
            throw new ArgumentException("Two claims share an id.", nameof(claims));
        }

        Id = id;
        Published = published;
        ContentHash = contentHash;
        Claims = claims.ToArray();
    }

    /// <summary>The document's id.</summary>
    public string Id { get; }

    /// <summary>The publication date, when known.</summary>
    public DateOnly? Published { get; }

    /// <summary>The hash of the content.</summary>
    public string ContentHash { get; }

    /// <summary>The claims.</summary>
    public IReadOnlyList<ClaimRecord> Claims { get; }

    /// <summary>
    /// The content hash of a document: SHA-256 of its publication date and text, in lower-case hex. Its claims depend on
    /// nothing else the document carries.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static string HashOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var published = document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(published + "\n" + document.Text));
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }

    /// <summary>
    /// The document of a report with all its claims, ready to store. When recognition was cut short by a timeout
    /// (a <c>recognition-timeout</c> finding) the hash is marked <c>:incomplete</c>, so that the next indexing run
    /// reads the document again instead of keeping claims that may be missing some.
    /// </summary>
    /// <param name="report">A report made by <see cref="FactChecker.Check"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static StoredDocument FromReport(FactCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var claims = report.Claims.Select(c => Checks.CrossDocument.StoredClaimComparison.Record(c, report)).ToArray();
        var hash = HashOf(report.Document);
        if (report.Findings.Any(f => f.RuleId == RuleIds.RecognitionTimeout))
        {
            hash += IncompleteMark;
        }

        return new StoredDocument(report.Document.Source, report.Document.Published, hash, claims);
    }

    /// <summary>Whether the claims were read from the whole document: recognition was not cut short by a timeout.</summary>
    public bool IsComplete => !ContentHash.EndsWith(IncompleteMark, StringComparison.Ordinal);

    private const string IncompleteMark = ":incomplete";
}
