using System.Globalization;
using FactCheck.Reports.Rendering;

namespace FactCheck.Cli;

/// <summary>The output formats of the tool, with their file extensions and renderers.</summary>
internal static class ReportFormat
{
    public static readonly string[] Names = ["text", "json", "jsonl", "markdown", "html", "sarif", "claimreview"];

    public static string Extension(string format) => format switch
    {
        "json" => ".json",
        "jsonl" => ".jsonl",
        "markdown" => ".md",
        "html" => ".html",
        "sarif" => ".sarif",
        "claimreview" => ".jsonld",
        _ => ".txt",
    };

    public static IReportRenderer Create(string format, CultureInfo culture, bool useColor, ClaimReviewOptions? claimReview = null) => format switch
    {
        "json" => new JsonReportRenderer(),
        "jsonl" => new JsonLinesReportRenderer(),
        "markdown" => new MarkdownReportRenderer(culture),
        "html" => new HtmlReportRenderer(culture),
        "sarif" => new SarifReportRenderer(),
        "claimreview" => new ClaimReviewRenderer(claimReview ?? throw new ArgumentNullException(nameof(claimReview), "--format claimreview needs --review-author.")),
        _ => new TextReportRenderer(culture, useColor),
    };
}
