using System.Globalization;
using FactCheck.Claims;
using FactCheck.Recognition;

namespace FactCheck.Reports.Rendering;

/// <summary>
/// Writes reports as plain text for a terminal: per document, the findings first (most serious first), then the
/// claims, then every mention, each with its line and column. For documents checked together
/// (<see cref="CrossDocumentReport"/>), after the documents, the findings across them, each place named by its
/// document and line and column there.
/// </summary>
/// <remarks>
/// Numbers are written in the culture given (the data itself stays culture-free). ANSI colours are written only
/// when asked for. Control characters from the document are shown as escapes, never sent to the terminal.
/// </remarks>
public sealed class TextReportRenderer : IReportRenderer, ICrossDocumentReportRenderer
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Green = "\u001b[32m";

    /// <summary>Creates a renderer.</summary>
    /// <param name="formatProvider">How to write numbers. Defaults to the invariant culture.</param>
    /// <param name="useColor">Whether to write ANSI colour codes. Defaults to <see langword="false"/>.</param>
    public TextReportRenderer(IFormatProvider? formatProvider = null, bool useColor = false)
    {
        FormatProvider = formatProvider ?? CultureInfo.InvariantCulture;
        UseColor = useColor;
    }

    /// <summary>How numbers are written.</summary>
    public IFormatProvider FormatProvider { get; }

    /// <summary>Whether ANSI colour codes are written.</summary>
    public bool UseColor { get; }

    /// <inheritdoc />
    public void Render(IReadOnlyList<FactCheckReport> reports, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(writer);
        for (var i = 0; i < reports.Count; i++)
        {
            if (i > 0)
            {
                writer.Write('\n');
            }

            RenderOne(reports[i] ?? throw new ArgumentException("A report is null.", nameof(reports)), writer);
        }
    }

    /// <inheritdoc />
    public void Render(CrossDocumentReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        Render(report.Reports, writer);
        if (report.Reports.Count > 0)
        {
            writer.Write('\n');
        }

        writer.Write(Paint(Bold, Count(report.Findings.Count, "Finding across documents", "Findings across documents")));
        writer.Write('\n');
        var lines = report.Reports.Select(r => new LineIndex(r.Document.Text)).ToArray();
        foreach (var cross in report.Findings)
        {
            var (document, other) = (report.IndexOf(cross.Document), report.IndexOf(cross.OtherDocument));
            var finding = cross.Finding;
            var (color, label) = Label(finding.Severity);
            var where = SafeText.OneLine(cross.Document.Source) + (finding.Spans.Count > 0 ? ":" + Location(lines[document], finding.Spans[0].Start) : string.Empty);
            writer.Write($"  {Paint(color, label)} {Paint(Dim, where)} {SafeText.OneLine(finding.RuleId)}: {SafeText.OneLine(finding.RenderMessage(FormatProvider))}\n");
            foreach (var (at, spans) in new[] { (document, finding.Spans), (other, cross.OtherSpans) })
            {
                var source = report.Reports[at].Document;
                foreach (var span in spans)
                {
                    writer.Write($"           {Paint(Dim, SafeText.OneLine(source.Source) + ":" + Location(lines[at], span.Start))} \"{SafeText.OneLine(SafeText.Slice(source.Text, span))}\"\n");
                }
            }

            var claims = finding.ClaimIds.Select(id => (cross.Document, Id: id)).Concat(cross.OtherClaimIds.Select(id => (Document: cross.OtherDocument, Id: id)))
                .Select(c => SafeText.OneLine(c.Document.Source) + " " + SafeText.OneLine(c.Id)).ToList();
            if (claims.Count > 0)
            {
                writer.Write($"           claims: {string.Join(", ", claims)}\n");
            }

            WriteArithmetic(finding, writer);
        }
    }

    private void RenderOne(FactCheckReport report, TextWriter writer)
    {
        var document = report.Document;
        var lines = new LineIndex(document.Text);
        var published = document.Published is { } date ? "published " + RenderNames.Date(date) : "no publication date";
        writer.Write(Paint(Bold, SafeText.OneLine(document.Source)));
        writer.Write(Paint(Dim, $" · {published} · {document.Culture?.Name}"));
        writer.Write('\n');
        writer.Write(Summary(report));
        writer.Write('\n');

        writer.Write('\n');
        writer.Write(Paint(Bold, Count(report.Findings.Count, "Finding", "Findings")));
        writer.Write('\n');
        foreach (var finding in report.Findings)
        {
            WriteFinding(finding, document.Text, lines, writer);
        }

        writer.Write('\n');
        writer.Write(Paint(Bold, Count(report.Claims.Count, "Claim", "Claims")));
        writer.Write('\n');
        foreach (var claim in report.Claims)
        {
            WriteClaim(claim, lines, writer);
        }

        writer.Write('\n');
        writer.Write(Paint(Bold, Count(report.Mentions.Count, "Mention", "Mentions")));
        writer.Write('\n');
        foreach (var mention in report.Mentions)
        {
            WriteMention(mention, lines, writer);
        }
    }

    private string Summary(FactCheckReport report)
    {
        var errors = report.Findings.Count(f => f.Severity == Severity.Error);
        var warnings = report.Findings.Count(f => f.Severity == Severity.Warning);
        var infos = report.Findings.Count(f => f.Severity == Severity.Info);
        var verdict = errors > 0 ? Paint(Red, "✗ errors") : warnings > 0 ? Paint(Yellow, "! warnings") : Paint(Green, "✓ consistent");
        return string.Create(
            FormatProvider,
            $"{verdict}: {errors} error(s), {warnings} warning(s), {infos} info · {report.Claims.Count} claim(s) · {report.Mentions.Count} mention(s)");
    }

    private void WriteFinding(Finding finding, string text, LineIndex lines, TextWriter writer)
    {
        var (color, label) = Label(finding.Severity);
        var where = finding.Spans.Count > 0 ? Location(lines, finding.Spans[0].Start) : "-";
        writer.Write(string.Create(FormatProvider, $"  {Paint(color, label)} {Paint(Dim, where.PadRight(8))} {SafeText.OneLine(finding.RuleId)}: {SafeText.OneLine(finding.RenderMessage(FormatProvider))}\n"));
        foreach (var span in finding.Spans)
        {
            writer.Write(string.Create(FormatProvider, $"           {Paint(Dim, Location(lines, span.Start))} \"{SafeText.OneLine(SafeText.Slice(text, span))}\"\n"));
        }

        if (finding.ClaimIds.Count > 0)
        {
            writer.Write($"           claims: {SafeText.OneLine(string.Join(", ", finding.ClaimIds))}\n");
        }

        WriteArithmetic(finding, writer);
        if (finding.OtherDocument is { } other)
        {
            writer.Write($"           other document: {SafeText.OneLine(other)}\n");
        }
    }

    /// <summary>The computation and the suggestion of a finding, when it has them.</summary>
    private void WriteArithmetic(Finding finding, TextWriter writer)
    {
        if (finding.Computation is { } computation)
        {
            var inputs = string.Join(", ", computation.Inputs.Select(kv => $"{SafeText.OneLine(kv.Key)} = {ValueText.Number(kv.Value, FormatProvider)}"));
            var result = computation.Result is { } r ? " = " + ValueText.Number(r, FormatProvider) : string.Empty;
            var tolerance = computation.Tolerance is { } t ? $" (tolerance {ValueText.Number(t, FormatProvider)})" : string.Empty;
            writer.Write($"           computation: {SafeText.OneLine(computation.Formula)}{result}{tolerance}\n");
            if (inputs.Length > 0)
            {
                writer.Write($"           inputs: {inputs}\n");
            }
        }

        if (finding.Suggestion is { } suggestion)
        {
            writer.Write($"           suggestion: {Paint(Green, SafeText.OneLine(suggestion))}\n");
        }
    }

    private static (string Color, string Label) Label(Severity severity) => severity switch
    {
        Severity.Error => (Red, "ERROR  "),
        Severity.Warning => (Yellow, "WARNING"),
        _ => (Cyan, "INFO   "),
    };

    private void WriteClaim(Claim claim, LineIndex lines, TextWriter writer)
    {
        var value = ValueText.WithUnit(claim.Value, claim.Unit, FormatProvider);
        if (claim.PreviousValue is { } previous)
        {
            value += " (from " + ValueText.WithUnit(previous, claim.Unit, FormatProvider) + ")";
        }

        if (claim.Direction != ChangeDirection.None)
        {
            value += " " + RenderNames.Of(claim.Direction);
        }

        writer.Write(string.Create(
            FormatProvider,
            $"  {Paint(Bold, SafeText.OneLine(claim.Id).PadRight(4))} {RenderNames.Of(claim.Kind),-10} {Paint(Dim, Location(lines, claim.Span.Start).PadRight(8))} \"{SafeText.OneLine(claim.Text)}\" = {value}\n"));
        var details = new List<string>();
        if (claim.Subject.Length > 0)
        {
            details.Add("subject: " + SafeText.OneLine(claim.Subject));
        }

        if (claim.Measure != Measure.Unknown)
        {
            details.Add("measure: " + RenderNames.Of(claim.Measure));
        }

        if (claim.Time is { } time)
        {
            details.Add("time: " + TimeText(time));
        }

        if (claim.EffectiveDate is { } effective)
        {
            details.Add("effective: " + TimeText(effective));
        }

        if (claim.Source is { } source)
        {
            details.Add("source: " + SafeText.OneLine(source.Name));
        }

        if (claim.Related.Count > 0)
        {
            details.Add("related: " + SafeText.OneLine(string.Join(", ", claim.Related)));
        }

        if (details.Count > 0)
        {
            writer.Write("       ");
            writer.Write(Paint(Dim, string.Join(" · ", details)));
            writer.Write('\n');
        }
    }

    private void WriteMention(Mention mention, LineIndex lines, TextWriter writer)
    {
        var interval = mention.Kind == MentionKind.Date ? string.Empty : "  [" + ValueText.Interval(mention.Low, mention.High, mention.Unit, FormatProvider) + "]";
        writer.Write(string.Create(
            FormatProvider,
            $"  {Paint(Dim, Location(lines, mention.Span.Start).PadRight(8))} {RenderNames.Of(mention.Kind),-16} \"{SafeText.OneLine(mention.Text)}\" = {ValueText.Mention(mention, FormatProvider)}{interval}\n"));
    }

    private static string TimeText(ClaimTime time)
    {
        var resolved = time.Date is { } date ? ValueText.Date(date) : "unresolved";
        return time.FromPublicationDate ? $"{resolved}, from the publication date" : $"\"{SafeText.OneLine(time.Text)}\" = {resolved}";
    }

    private static string Location(LineIndex lines, int offset)
    {
        var (line, column) = lines.Locate(offset);
        return string.Create(CultureInfo.InvariantCulture, $"{line}:{column}");
    }

    private static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{(count == 1 ? one : many)} ({count})");

    private string Paint(string color, string text) => UseColor ? color + text + Reset : text;
}
