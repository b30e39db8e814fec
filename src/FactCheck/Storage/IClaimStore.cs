namespace FactCheck.Storage;

/// <summary>
/// Where the claims of many documents are kept, so that a new document can be checked against everything stored
/// (<see cref="FactChecker.CompareWithStoreAsync"/>). Implementations: FactCheck.Storage.Sqlite (one file) and
/// FactCheck.Storage.PostgreSql (several writers and readers). Safe to use from several threads at once.
/// </summary>
public interface IClaimStore
{
    /// <summary>The content hash stored for a document (<see cref="StoredDocument.ContentHash"/>), or <see langword="null"/> when the document is not stored.</summary>
    /// <param name="documentId">The document's id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ClaimStoreException">The store cannot be used.</exception>
    Task<string?> FindContentHashAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a document and its claims, in one transaction: a new document is added; one stored with the same content
    /// hash is left as it is; one stored with another hash has its claims replaced. A run stopped half-way leaves every
    /// document either as it was or as given, never in part.
    /// </summary>
    /// <param name="document">The document and its claims.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="ClaimStoreException">The store cannot be used.</exception>
    Task<IndexOutcome> IndexAsync(StoredDocument document, CancellationToken cancellationToken = default);

    /// <summary>
    /// The stored claims that the cross-document rule compares (<see cref="ClaimRecord.Comparable"/>) with one of the
    /// given keys, except those of one document. The cost depends on how many claims share the keys, not on the size
    /// of the store.
    /// </summary>
    /// <param name="lookups">The keys to look up.</param>
    /// <param name="excludedDocumentId">A document whose claims are left out (the one being checked), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ClaimStoreException">The store cannot be used.</exception>
    Task<IReadOnlyList<ClaimRecord>> FindAsync(IReadOnlyCollection<ClaimLookup> lookups, string? excludedDocumentId, CancellationToken cancellationToken = default);

    /// <summary>How many documents and claims are stored.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ClaimStoreException">The store cannot be used.</exception>
    Task<ClaimStoreCounts> CountAsync(CancellationToken cancellationToken = default);
}
