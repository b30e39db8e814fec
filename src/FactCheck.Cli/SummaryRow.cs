using FactCheck.Reports;

namespace FactCheck.Cli;

/// <summary>One row of the summary: a document's counts (not its report, so memory stays flat), or why it was skipped.</summary>
internal sealed record SummaryRow(InputFile File, int Mentions, int Claims, int Errors, int Warnings, int Infos, string? Skipped)
{
    public static SummaryRow Of(InputFile file, FactCheckReport report) => new(
        file,
        report.Mentions.Count,
        report.Claims.Count,
        report.Findings.Count(f => f.Severity == Severity.Error),
        report.Findings.Count(f => f.Severity == Severity.Warning),
        report.Findings.Count(f => f.Severity == Severity.Info),
        null);

    public static SummaryRow Unread(InputFile file, string message) => new(file, 0, 0, 0, 0, 0, message);
}
