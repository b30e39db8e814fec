using FactCheck.Checks.CrossDocument;
using FactCheck.Reports;
using FactCheck.Storage;

namespace FactCheck;

public sealed partial class FactChecker
{
    /// <summary>
    /// Stores a document's claims: a document stored with the same content (<see cref="StoredDocument.HashOf"/>) is left
    /// as it is without being read again; a changed one has its claims replaced, in one transaction.
    /// </summary>
    /// <param name="document">The document; its <see cref="Document.Source"/> is its id in the store.</param>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ClaimStoreException">The store cannot be used.</exception>
    public async Task<IndexOutcome> IndexAsync(Document document, IClaimStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(store);
        var hash = StoredDocument.HashOf(document);
        if (string.Equals(await store.FindContentHashAsync(document.Source, cancellationToken).ConfigureAwait(false), hash, StringComparison.Ordinal))
        {
            return IndexOutcome.Unchanged;
        }

        return await store.IndexAsync(StoredDocument.FromReport(Check(document, cancellationToken)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks a document and compares it with the claims of the other documents in a store: the <c>cross-document</c>
    /// rule, where each claim meets only the stored claims of its key, so the cost does not grow with the store.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The document's report and the findings against stored claims.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ClaimStoreException">The store cannot be used.</exception>
    public async Task<(FactCheckReport Report, IReadOnlyList<StoreFinding> Findings)> CheckAgainstAsync(Document document, IClaimStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(store);
        var report = Check(document, cancellationToken);
        return (report, await CompareWithStoreAsync(report, store, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Compares a report already made (for example by <see cref="CheckManyAsync(IAsyncEnumerable{Document}, int, CancellationToken)"/>)
    /// with the claims of the other documents in a store, as <see cref="CheckAgainstAsync"/> does after checking.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The findings, most serious first; each names the other document, its date and the claim's attribution.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ClaimStoreException">The store cannot be used.</exception>
    public async Task<IReadOnlyList<StoreFinding>> CompareWithStoreAsync(FactCheckReport report, IClaimStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(store);
        var records = report.Claims.Select(c => StoredClaimComparison.Record(c, report));
        var lookups = StoredClaimComparison.Lookups(records, CrossDocumentCheck.Options.PresentTenseWindowDays);
        if (lookups.Count == 0)
        {
            return [];
        }

        var stored = await store.FindAsync(lookups, report.Document.Source, cancellationToken).ConfigureAwait(false);
        return StoredClaimComparison.Compare(CrossDocumentCheck, report, stored, cancellationToken);
    }
}
