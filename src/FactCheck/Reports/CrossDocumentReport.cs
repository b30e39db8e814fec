namespace FactCheck.Reports;

/// <summary>The result of checking several documents together: one report per document, and the findings across them.</summary>
public sealed class CrossDocumentReport
{
    /// <summary>Creates a report.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CrossDocumentReport(IReadOnlyList<FactCheckReport> reports, IReadOnlyList<CrossDocumentFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(findings);
        Reports = reports.ToArray();
        Findings = findings.ToArray();
    }

    /// <summary>One report per document, in the order the documents were given.</summary>
    public IReadOnlyList<FactCheckReport> Reports { get; }

    /// <summary>The findings that set one document against another, most serious first.</summary>
    public IReadOnlyList<CrossDocumentFinding> Findings { get; }

    /// <summary>The most serious severity among all findings, per document and across documents, or <see langword="null"/> when there are none.</summary>
    public Severity? HighestSeverity => Reports.Select(r => r.HighestSeverity).Concat(Findings.Select(f => (Severity?)f.Finding.Severity)).Max();
}
