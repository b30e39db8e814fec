using System.Globalization;

namespace FactCheck.Reports.Rendering;

/// <summary>
/// The fragment that names one finding of a run, the same in every renderer: the HTML page gives the finding's element
/// this id, and a ClaimReview's <c>url</c> ends in it, so a review published beside the page links to its own finding.
/// </summary>
internal static class FindingAnchors
{
    /// <summary>
    /// <c>finding-{document}-{finding}</c>, both counted from 1: the document's place among the reports rendered, and the
    /// finding's place in its report's <see cref="FactCheckReport.Findings"/> (findings a renderer leaves out keep their number).
    /// </summary>
    public static string Of(int documentIndex, int findingIndex) =>
        string.Create(CultureInfo.InvariantCulture, $"finding-{documentIndex + 1}-{findingIndex + 1}");

    /// <summary><c>finding-across-{n}</c>, counted from 1: a finding across documents checked together, by its place in <see cref="CrossDocumentReport.Findings"/>.</summary>
    public static string Across(int findingIndex) =>
        string.Create(CultureInfo.InvariantCulture, $"finding-across-{findingIndex + 1}");
}
