using FactCheck.Reports;
using Microsoft.Extensions.FileSystemGlobbing;

namespace FactCheck.Cli;

/// <summary>
/// Drops from a report the findings silenced by a marker in the text, by the configuration's suppressions (rule and
/// span text, optionally only in the files matching a glob) and by the baseline.
/// </summary>
internal sealed class FindingFilter(LintConfiguration configuration, Baseline? baseline)
{
    private readonly string _configurationDirectory = configuration.Path is { } path
        ? Path.GetDirectoryName(Path.GetFullPath(path)) ?? "."
        : Directory.GetCurrentDirectory();

    public FactCheckReport Apply(FactCheckReport report, InputFile file, TextSuppressions suppressions)
    {
        var findings = report.Findings
            .Where(f => !(f.Spans.Count > 0 && suppressions.Silences(f.RuleId, f.Spans[0].Start)) && !Configured(f, report, file))
            .ToList();
        if (baseline is not null)
        {
            var kept = new FactCheckReport(report.Document, report.Mentions, report.Claims, findings, report.RuleDescriptions);
            findings = [.. baseline.New(kept, file.Path)];
        }

        return findings.Count == report.Findings.Count
            ? report
            : new FactCheckReport(report.Document, report.Mentions, report.Claims, findings, report.RuleDescriptions);
    }

    private bool Configured(Finding finding, FactCheckReport report, InputFile file)
    {
        foreach (var suppression in configuration.Suppressions)
        {
            if (suppression.RuleId != finding.RuleId || Baseline.SpanText(finding, report) != suppression.Text)
            {
                continue;
            }

            if (suppression.File is null)
            {
                return true;
            }

            if (!file.IsStandardInput)
            {
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(suppression.File);
                if (matcher.Match(_configurationDirectory, Path.GetFullPath(file.Path)).HasMatches)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
