namespace FactCheck.Reports;

/// <summary>The result of checking several documents together: one report per document, and the findings across them.</summary>
public sealed class CrossDocumentReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="reports">One report per document.</param>
    /// <param name="findings">The findings across them; each names two documents of <paramref name="reports"/>.</param>
    /// <exception cref="ArgumentNullException">An argument or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A finding names a document that none of <paramref name="reports"/> is about.</exception>
    public CrossDocumentReport(IReadOnlyList<FactCheckReport> reports, IReadOnlyList<CrossDocumentFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(findings);
        Reports = reports.ToArray();
        Findings = findings.ToArray();
        foreach (var report in Reports)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(reports));
        }

        foreach (var finding in Findings)
        {
            ArgumentNullException.ThrowIfNull(finding, nameof(findings));
            if (IndexOf(finding.Document) < 0 || IndexOf(finding.OtherDocument) < 0)
            {
                throw new ArgumentException($"The finding '{finding.Finding.Message}' names a document that has no report here.", nameof(findings));
            }
        }
    }

    /// <summary>One report per document, in the order the documents were given.</summary>
    public IReadOnlyList<FactCheckReport> Reports { get; }

    /// <summary>The findings that set one document against another, most serious first.</summary>
    public IReadOnlyList<CrossDocumentFinding> Findings { get; }

    /// <summary>The place in <see cref="Reports"/> of the report of <paramref name="document"/>, or -1 when none is about it.</summary>
    /// <param name="document">The document, as a finding names it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public int IndexOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        for (var i = 0; i < Reports.Count; i++)
        {
            if (ReferenceEquals(Reports[i].Document, document))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The most serious severity among all findings, per document and across documents, or <see langword="null"/> when there are none.</summary>
    public Severity? HighestSeverity => Reports.Select(r => r.HighestSeverity).Concat(Findings.Select(f => (Severity?)f.Finding.Severity)).Max();
}
