namespace FactCheck.Reports.Rendering;

/// <summary>
/// Writes the result of checking several documents together (<see cref="FactChecker.CheckTogether"/>): each document's
/// report, and the findings across them with each document's identity and the places in each. Implementations are
/// immutable and thread-safe.
/// </summary>
/// <remarks>
/// The JSON, text, HTML, SARIF and ClaimReview renderers write both kinds of result: <see cref="JsonReportRenderer"/>,
/// <see cref="TextReportRenderer"/>, <see cref="HtmlReportRenderer"/>, <see cref="SarifReportRenderer"/>,
/// <see cref="ClaimReviewRenderer"/>.
/// </remarks>
public interface ICrossDocumentReportRenderer
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    /// <param name="report">The documents' reports and the findings across them.</param>
    /// <param name="writer">Where to write. It is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    void Render(CrossDocumentReport report, TextWriter writer);
}
