using System.Globalization;
using FactCheck.Reports.Rendering;

namespace FactCheck.Cli;

/// <summary>The output formats of the tool, with their file extensions and renderers.</summary>
internal static class ReportFormat
{
    public static readonly string[] Names = ["text", "json", "jsonl", "markdown", "html", "sarif"];

    public static string Extension(string format) => format switch
    {
        "json" => ".json",
        "jsonl" => ".jsonl",
        "markdown" => ".md",
        "html" => ".html",
        "sarif" => ".sarif",
        _ => ".txt",
    };

    public static IReportRenderer Create(string format, CultureInfo culture, bool useColor) => format switch
    {
        "json" => new JsonReportRenderer(),
        "jsonl" => new JsonLinesReportRenderer(),
        "markdown" => new MarkdownReportRenderer(culture),
        "html" => new HtmlReportRenderer(culture),
        "sarif" => new SarifReportRenderer(),
        _ => new TextReportRenderer(culture, useColor),
    };
}
