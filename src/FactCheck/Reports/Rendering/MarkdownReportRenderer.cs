using System.Globalization;
using System.Text;

namespace FactCheck.Reports.Rendering;

/// <summary>
/// Writes reports as GitHub-flavoured Markdown fit for a pull-request comment: a one-line verdict, a summary
/// table (one row per document) and a findings table with the place, message, arithmetic and suggestion.
/// </summary>
/// <remarks>
/// Every piece of document text is escaped for table cells: pipes, Markdown punctuation and HTML
/// (<c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>) cannot break the table or inject markup, and <c>$</c> cannot start
/// math; line breaks become spaces.
/// Numbers are written in the culture given.
/// </remarks>
public sealed class MarkdownReportRenderer : IReportRenderer
{
    /// <summary>Creates a renderer.</summary>
    /// <param name="formatProvider">How to write numbers. Defaults to the invariant culture.</param>
    public MarkdownReportRenderer(IFormatProvider? formatProvider = null)
    {
        FormatProvider = formatProvider ?? CultureInfo.InvariantCulture;
    }

    /// <summary>How numbers are written.</summary>
    public IFormatProvider FormatProvider { get; }

    /// <inheritdoc />
    public void Render(IReadOnlyList<FactCheckReport> reports, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(writer);
        var findings = reports.SelectMany(r => r.Findings).ToList();
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        var infos = findings.Count(f => f.Severity == Severity.Info);
        var verdict = errors > 0 ? "🔴" : warnings > 0 ? "🟡" : "🟢";
        writer.Write(string.Create(
            FormatProvider,
            $"### {verdict} FactCheck: {Plural(errors, "error")}, {Plural(warnings, "warning")}, {infos} info in {Plural(reports.Count, "document")}\n\n"));

        writer.Write("| Document | Published | Mentions | Claims | Errors | Warnings | Info |\n");
        writer.Write("|---|---|---:|---:|---:|---:|---:|\n");
        foreach (var report in reports)
        {
            var published = report.Document.Published is { } date ? RenderNames.Date(date) : "unknown";
            writer.Write(string.Create(
                FormatProvider,
                $"| {Cell(report.Document.Source)} | {published} | {report.Mentions.Count} | {report.Claims.Count} | {report.Findings.Count(f => f.Severity == Severity.Error)} | {report.Findings.Count(f => f.Severity == Severity.Warning)} | {report.Findings.Count(f => f.Severity == Severity.Info)} |\n"));
        }

        writer.Write('\n');
        if (findings.Count == 0)
        {
            writer.Write("No findings: the figures are consistent with each other.\n");
            return;
        }

        writer.Write("| Severity | Rule | Where | Text | Message | Suggestion |\n");
        writer.Write("|---|---|---|---|---|---|\n");
        foreach (var report in reports)
        {
            var lines = new LineIndex(report.Document.Text);
            foreach (var finding in report.Findings)
            {
                WriteFinding(report, finding, lines, writer);
            }
        }
    }

    private void WriteFinding(FactCheckReport report, Finding finding, LineIndex lines, TextWriter writer)
    {
        var severity = finding.Severity switch
        {
            Severity.Error => "🔴 error",
            Severity.Warning => "🟡 warning",
            _ => "🔵 info",
        };
        var where = Cell(report.Document.Source);
        var quoted = string.Empty;
        if (finding.Spans.Count > 0)
        {
            var (line, column) = lines.Locate(finding.Spans[0].Start);
            where += string.Create(CultureInfo.InvariantCulture, $":{line}:{column}");
            quoted = string.Join(" … ", finding.Spans.Select(s => "“" + Cell(SafeText.Slice(report.Document.Text, s)) + "”"));
        }

        var message = new StringBuilder(Cell(finding.RenderMessage(FormatProvider)));
        if (finding.Computation is { } computation)
        {
            message.Append("<br>");
            message.Append(Cell(computation.Formula));
            if (computation.Inputs.Count > 0)
            {
                message.Append(" with ");
                message.Append(string.Join(", ", computation.Inputs.Select(kv => Cell(kv.Key) + " = " + ValueText.Number(kv.Value, FormatProvider))));
            }

            if (computation.Result is { } result)
            {
                message.Append(" → ").Append(ValueText.Number(result, FormatProvider));
            }

            if (computation.Tolerance is { } tolerance)
            {
                message.Append(" (tolerance ").Append(ValueText.Number(tolerance, FormatProvider)).Append(')');
            }
        }

        var suggestion = finding.Suggestion is { } s ? Cell(s) : string.Empty;
        writer.Write($"| {severity} | {Cell(finding.RuleId)} | {where} | {quoted} | {message} | {suggestion} |\n");
    }

    /// <summary>Escapes text for a table cell.</summary>
    internal static string Cell(string text)
    {
        text = SafeText.OneLine(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '~' or '!' or '$':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Plural(int count, string word) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {word}{(count == 1 ? string.Empty : "s")}");
}
