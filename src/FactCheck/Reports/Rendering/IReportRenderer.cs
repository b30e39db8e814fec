namespace FactCheck.Reports.Rendering;

/// <summary>
/// Writes reports in one format. Implementations are immutable and thread-safe: one instance can render
/// any number of reports at once.
/// </summary>
/// <remarks>
/// A renderer receives every report of a run so that formats which describe a whole run in one document
/// (a SARIF log, an HTML page, a JSON array) can do so. Use <see cref="ReportRendererExtensions.Render(IReportRenderer, FactCheckReport, TextWriter)"/>
/// for a single report.
/// </remarks>
public interface IReportRenderer
{
    /// <summary>Writes <paramref name="reports"/> to <paramref name="writer"/>.</summary>
    /// <param name="reports">The reports to write, in the order they should appear.</param>
    /// <param name="writer">Where to write. It is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    void Render(IReadOnlyList<FactCheckReport> reports, TextWriter writer);
}
