using FactCheck.Checks.CrossDocument;
using FactCheck.Reports;

namespace FactCheck;

public sealed partial class FactChecker
{
    internal CrossDocumentCheck CrossDocumentCheck { get; init; } = new(new CrossDocumentOptions().Validated());

    /// <summary>
    /// Checks several documents, each on its own, and then against one another: the same measure of the same subject
    /// for the same time, stated with values that cannot both hold in two documents, is a <c>cross-document</c> finding
    /// naming both (see <see cref="CrossDocumentBuilderExtensions.AddCrossDocumentCheck"/> for its options).
    /// </summary>
    /// <param name="documents">The documents, in the order their reports are wanted.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>One report per document and the findings across them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public CrossDocumentReport CheckTogether(IEnumerable<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToArray();
        foreach (var document in list)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
        }

        var reports = list.Select(d => Check(d, cancellationToken)).ToArray();
        return new CrossDocumentReport(reports, CompareTogether(reports, cancellationToken));
    }

    /// <summary>
    /// Compares reports already made (for example by <see cref="Check"/> in parallel) with one another, as
    /// <see cref="CheckTogether"/> does after checking: the cross-document findings, each naming both documents.
    /// </summary>
    /// <param name="reports">The reports, in document order.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IReadOnlyList<CrossDocumentFinding> CompareTogether(IReadOnlyList<FactCheckReport> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var report in reports)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(reports));
        }

        return CrossDocumentCheck.Compare(reports, cancellationToken).OrderByDescending(f => f.Finding.Severity).ToArray();
    }
}
