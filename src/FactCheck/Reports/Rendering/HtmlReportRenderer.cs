using System.Globalization;
using System.Text;
using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Reports.Rendering;

/// <summary>
/// Writes reports as one self-contained HTML page: a traffic-light summary on top; for each document its
/// findings (coloured by severity, each linking to and highlighting its spans), the article with every mention
/// highlighted by kind and every claim underlined (hover for a summary, click for the claim's subject, time and
/// source), and tables of the claims and mentions.
/// </summary>
/// <remarks>
/// <para>The page loads nothing: style and script are inline, and a Content-Security-Policy allows no network
/// access and only the page's own script. Every piece of document text (the article, sources, messages,
/// subjects) is HTML-escaped, so an article containing <c>&lt;script&gt;</c> or <c>"&gt;&lt;img onerror=…&gt;</c>
/// shows those characters as text.</para>
/// <para>Numbers are written in the culture given; the page works without script too (finding links then jump
/// to the first highlighted span).</para>
/// <para>For documents checked together (<see cref="CrossDocumentReport"/>) the page opens with the findings across
/// documents (ids <c>finding-across-{n}</c>, counted from 1), each naming both documents with links that select its
/// places in each, which are highlighted in both articles; the documents follow as above.</para>
/// <para>Each finding's element has the id <c>finding-{document}-{finding}</c> (both counted from 1, in the order the
/// reports and their findings are given), the fragment that <see cref="ClaimReviewRenderer"/> ends each review's
/// <c>url</c> with: a page published at <see cref="ClaimReviewOptions.BaseUrl"/> opens at the finding reviewed.</para>
/// </remarks>
public sealed class HtmlReportRenderer : IReportRenderer, ICrossDocumentReportRenderer
{
    /// <summary>Creates a renderer.</summary>
    /// <param name="formatProvider">How to write numbers. Defaults to the invariant culture.</param>
    /// <param name="title">The page title. Defaults to "FactCheck report".</param>
    public HtmlReportRenderer(IFormatProvider? formatProvider = null, string? title = null)
    {
        FormatProvider = formatProvider ?? CultureInfo.InvariantCulture;
        Title = string.IsNullOrWhiteSpace(title) ? "FactCheck report" : title;
    }

    /// <summary>How numbers are written.</summary>
    public IFormatProvider FormatProvider { get; }

    /// <summary>The page title.</summary>
    public string Title { get; }

    /// <inheritdoc />
    public void Render(IReadOnlyList<FactCheckReport> reports, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var report in reports)
        {
            _ = report ?? throw new ArgumentException("A report is null.", nameof(reports));
        }

        RenderPage(new CrossDocumentReport(reports, []), across: false, writer);
    }

    /// <inheritdoc />
    public void Render(CrossDocumentReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        RenderPage(report, across: true, writer);
    }

    private void RenderPage(CrossDocumentReport together, bool across, TextWriter writer)
    {
        var reports = together.Reports;
        var html = new StringBuilder(16 * 1024);
        var findings = reports.SelectMany(r => r.Findings).Concat(together.Findings.Select(f => f.Finding)).ToList();
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        var infos = findings.Count(f => f.Severity == Severity.Info);
        var light = errors > 0 ? "red" : warnings > 0 ? "amber" : "green";
        var pageTitle = reports.Count == 1 ? $"{Title}: {reports[0].Document.Source}" : Title;

        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '")
            .Append(HtmlReportAssets.ScriptHash).Append("'\">\n");
        html.Append("<meta name=\"generator\" content=\"FactCheck\">\n");
        html.Append("<title>").Append(Escape(pageTitle)).Append("</title>\n");
        html.Append("<style>\n").Append(HtmlReportAssets.Style).Append("\n</style>\n</head>\n<body>\n");

        html.Append("<header class=\"summary\" data-light=\"").Append(light).Append("\">\n");
        html.Append("<div class=\"lights\" role=\"img\" aria-label=\"").Append(light).Append("\">");
        foreach (var lamp in new[] { "red", "amber", "green" })
        {
            html.Append("<span class=\"lamp ").Append(lamp).Append(lamp == light ? " on" : string.Empty).Append("\"></span>");
        }

        html.Append("</div>\n<div><h1>").Append(Escape(pageTitle)).Append("</h1>\n<p>");
        html.Append("<span class=\"count-error\">").Append(Plural(errors, "error")).Append("</span> · ");
        html.Append("<span class=\"count-warning\">").Append(Plural(warnings, "warning")).Append("</span> · ");
        html.Append("<span class=\"count-info\">").Append(Number(infos)).Append(" info</span> · ");
        html.Append(Plural(reports.Sum(r => r.Claims.Count), "claim")).Append(" · ");
        html.Append(Plural(reports.Sum(r => r.Mentions.Count), "mention")).Append(" · ");
        html.Append(Plural(reports.Count, "document")).Append("</p></div>\n</header>\n<main>\n");

        if (across)
        {
            WriteAcross(html, together);
        }

        for (var i = 0; i < reports.Count; i++)
        {
            var document = reports[i].Document;
            var acrossSpans = together.Findings.SelectMany(f =>
                (ReferenceEquals(f.Document, document) ? f.Finding.Spans : []).Concat(ReferenceEquals(f.OtherDocument, document) ? f.OtherSpans : [])
                .Select(s => (Span: s, f.Finding.Severity))).ToList();
            WriteDocument(html, reports[i], i, acrossSpans);
        }

        html.Append("</main>\n<script>").Append(HtmlReportAssets.Script).Append("</script>\n</body>\n</html>\n");
        writer.Write(html); // in chunks: the page of a long document can be longer than a string may be
    }

    /// <summary>The findings across documents, each with links to its places in both.</summary>
    private void WriteAcross(StringBuilder html, CrossDocumentReport together)
    {
        html.Append("<section class=\"across\" id=\"across\">\n<h2>Across documents</h2>\n");
        if (together.Findings.Count == 0)
        {
            html.Append("<p class=\"none\">No findings across documents: where they state the same figures, they agree.</p>\n</section>\n");
            return;
        }

        html.Append("<ol class=\"findings\">\n");
        for (var n = 0; n < together.Findings.Count; n++)
        {
            var cross = together.Findings[n];
            var finding = cross.Finding;
            var severity = RenderNames.Of(finding.Severity);
            html.Append("<li class=\"finding sev-").Append(severity).Append("\" id=\"").Append(FindingAnchors.Across(n)).Append("\">");
            html.Append("<span class=\"badge\">").Append(severity).Append("</span><span class=\"rule\">").Append(Escape(finding.RuleId)).Append("</span> ");
            html.Append(Escape(finding.RenderMessage(FormatProvider)));
            foreach (var (document, spans) in new[] { (cross.Document, finding.Spans), (cross.OtherDocument, cross.OtherSpans) })
            {
                var index = together.IndexOf(document);
                var id = "d" + Invariant(index);
                var text = SafeText.WellFormed(document.Text);
                html.Append("<div class=\"extra\"><a class=\"side\" href=\"#").Append(id).Append("\">").Append(Escape(document.Source)).Append("</a>");
                WriteSpanLinks(html, spans, text, new LineIndex(text), id, document: id);
                html.Append("</div>");
            }

            WriteArithmetic(html, finding);
            html.Append("</li>\n");
        }

        html.Append("</ol>\n</section>\n");
    }

    private void WriteDocument(StringBuilder html, FactCheckReport report, int index, IReadOnlyList<(TextSpan Span, Severity Severity)> acrossSpans)
    {
        var id = "d" + Invariant(index);
        var document = report.Document;
        var text = SafeText.WellFormed(document.Text);
        var lines = new LineIndex(text);
        var worst = report.HighestSeverity;
        var light = worst == Severity.Error ? "red" : worst == Severity.Warning ? "amber" : "green";

        html.Append("<section class=\"document\" id=\"").Append(id).Append("\">\n");
        html.Append("<h2><span class=\"verdict ").Append(light).Append("\"></span>").Append(Escape(document.Source)).Append("</h2>\n");
        html.Append("<p class=\"meta\">")
            .Append(document.Published is { } published ? "Published " + RenderNames.Date(published) : "No publication date: dates are left unresolved")
            .Append(" · ").Append(Escape(document.Culture?.Name ?? string.Empty))
            .Append(" · ").Append(Plural(report.Findings.Count, "finding"))
            .Append(" · ").Append(Plural(report.Claims.Count, "claim"))
            .Append(" · ").Append(Plural(report.Mentions.Count, "mention")).Append("</p>\n");

        html.Append("<h3>Findings</h3>\n");
        if (report.Findings.Count == 0)
        {
            html.Append("<p class=\"none\">No findings: the figures are consistent with each other.</p>\n");
        }
        else
        {
            html.Append("<ol class=\"findings\">\n");
            for (var f = 0; f < report.Findings.Count; f++)
            {
                WriteFinding(html, report.Findings[f], text, lines, id, FindingAnchors.Of(index, f));
            }

            html.Append("</ol>\n");
        }

        html.Append("<h3>Article</h3>\n<div class=\"legend\">");
        foreach (var kind in Enum.GetValues<MentionKind>())
        {
            var name = RenderNames.Of(kind);
            html.Append("<span class=\"m-").Append(name).Append("\">").Append(name).Append("</span>");
        }

        html.Append("<span class=\"seg claim\">claim</span><span class=\"f-error\">error</span><span class=\"f-warning\">warning</span><span class=\"f-info\">info</span></div>\n");
        html.Append("<div class=\"layout\">\n<article class=\"text\" lang=\"").Append(Escape(document.Culture?.Name ?? string.Empty)).Append("\">");
        WriteText(html, report, text, id, acrossSpans);
        html.Append("</article>\n<aside class=\"details\" aria-live=\"polite\"><p class=\"hint\">Click a highlighted figure to see its claim: subject, time and source.</p>\n");
        for (var c = 0; c < report.Claims.Count; c++)
        {
            WriteClaimCard(html, report.Claims[c], id, c);
        }

        for (var m = 0; m < report.Mentions.Count; m++)
        {
            WriteMentionCard(html, report.Mentions[m], id, m);
        }

        html.Append("</aside>\n</div>\n");
        WriteClaimTable(html, report, lines, id);
        WriteMentionTable(html, report, lines);
        html.Append("</section>\n");
    }

    private void WriteFinding(StringBuilder html, Finding finding, string text, LineIndex lines, string id, string anchor)
    {
        var severity = RenderNames.Of(finding.Severity);
        html.Append("<li class=\"finding sev-").Append(severity).Append("\" id=\"").Append(anchor).Append("\">");
        html.Append("<span class=\"badge\">").Append(severity).Append("</span><span class=\"rule\">").Append(Escape(finding.RuleId)).Append("</span> ");
        html.Append(Escape(finding.RenderMessage(FormatProvider)));
        if (finding.Spans.Count > 0)
        {
            html.Append("<div class=\"extra\">");
            WriteSpanLinks(html, finding.Spans, text, lines, id, document: null);
            html.Append("</div>");
        }

        WriteArithmetic(html, finding);
        if (finding.OtherDocument is { } other)
        {
            html.Append("<div class=\"extra\">Compared with: ").Append(Escape(other)).Append("</div>");
        }

        html.Append("</li>\n");
    }

    /// <summary>
    /// Links to a finding's places in the article of section <paramref name="id"/>; each selects them all. A link outside
    /// that section names it in <paramref name="document"/>.
    /// </summary>
    private static void WriteSpanLinks(StringBuilder html, IReadOnlyList<TextSpan> spans, string text, LineIndex lines, string id, string? document)
    {
        var all = string.Join(' ', spans.Select(s => Invariant(Math.Min(s.Start, text.Length)) + "-" + Invariant(Math.Min(s.End, text.Length))));
        foreach (var span in spans)
        {
            var (line, column) = lines.Locate(span.Start);
            html.Append("<a class=\"span-link\" href=\"#").Append(id).Append("-s").Append(Invariant(Math.Min(span.Start, text.Length)))
                .Append("\" data-spans=\"").Append(all).Append('"');
            if (document is not null)
            {
                html.Append(" data-document=\"").Append(document).Append('"');
            }

            html.Append(" title=\"line ").Append(Invariant(line)).Append(", column ").Append(Invariant(column)).Append("\">")
                .Append(Escape(SafeText.Slice(text, span))).Append("</a> ");
        }
    }

    /// <summary>The computation and the suggestion of a finding, when it has them.</summary>
    private void WriteArithmetic(StringBuilder html, Finding finding)
    {
        if (finding.Computation is { } computation)
        {
            html.Append("<div class=\"extra computation\">").Append(Escape(computation.Formula));
            if (computation.Inputs.Count > 0)
            {
                html.Append(" with ").Append(Escape(string.Join(", ", computation.Inputs.Select(kv => kv.Key + " = " + ValueText.Number(kv.Value, FormatProvider)))));
            }

            if (computation.Result is { } result)
            {
                html.Append(" → ").Append(Escape(ValueText.Number(result, FormatProvider)));
            }

            if (computation.Tolerance is { } tolerance)
            {
                html.Append(" (tolerance ").Append(Escape(ValueText.Number(tolerance, FormatProvider))).Append(')');
            }

            html.Append("</div>");
        }

        if (finding.Suggestion is { } suggestion)
        {
            html.Append("<div class=\"extra suggestion\">Suggestion: ").Append(Escape(suggestion)).Append("</div>");
        }
    }

    /// <summary>
    /// Writes the article cut at every boundary of a mention, claim or finding span, so that each piece knows which
    /// mentions, claims and findings cover it, whatever the overlaps.
    /// </summary>
    private void WriteText(StringBuilder html, FactCheckReport report, string text, string id, IReadOnlyList<(TextSpan Span, Severity Severity)> acrossSpans)
    {
        var boundaries = new SortedSet<int> { 0, text.Length };
        void Add(TextSpan span)
        {
            boundaries.Add(Math.Min(span.Start, text.Length));
            boundaries.Add(Math.Min(span.End, text.Length));
        }

        foreach (var mention in report.Mentions)
        {
            Add(mention.Span);
        }

        foreach (var claim in report.Claims)
        {
            Add(claim.Span);
        }

        var findingSpans = report.Findings.SelectMany(f => f.Spans.Select(s => (Span: s, f.Severity))).Concat(acrossSpans).ToList();
        foreach (var (span, _) in findingSpans)
        {
            Add(span);
        }

        // A span that starts or ends inside a surrogate pair must not cut the character in two.
        var points = boundaries.Where(b => b == 0 || b == text.Length || !(char.IsHighSurrogate(text[b - 1]) && char.IsLowSurrogate(text[b]))).ToArray();
        var mentionSweep = new SpanSweep(report.Mentions.Select(m => m.Span).ToList());
        var claimSweep = new SpanSweep(report.Claims.Select(c => c.Span).ToList());
        var findingSweep = new SpanSweep(findingSpans.Select(f => f.Span).ToList());
        for (var p = 0; p + 1 < points.Length; p++)
        {
            var start = points[p];
            var end = points[p + 1];
            var piece = text[start..end];
            var mentions = mentionSweep.Covering(start, end);
            var claims = claimSweep.Covering(start, end);
            var severities = findingSweep.Covering(start, end).Select(f => findingSpans[f].Severity).ToList();
            if (mentions.Count == 0 && claims.Count == 0 && severities.Count == 0)
            {
                html.Append(Escape(piece));
                continue;
            }

            var classes = new List<string> { "seg" };
            if (mentions.Count > 0)
            {
                classes.Add("mention");
                classes.Add("m-" + RenderNames.Of(report.Mentions[mentions[^1]].Kind));
            }

            if (claims.Count > 0)
            {
                classes.Add("claim");
                classes.Add("c-" + RenderNames.Of(report.Claims[claims[^1]].Kind));
            }

            if (severities.Count > 0)
            {
                classes.Add("f-" + RenderNames.Of(severities.Max()));
            }

            html.Append("<span class=\"").Append(string.Join(' ', classes)).Append("\" id=\"").Append(id).Append("-s").Append(Invariant(start))
                .Append("\" data-start=\"").Append(Invariant(start)).Append("\" data-end=\"").Append(Invariant(end)).Append('"');
            if (claims.Count > 0)
            {
                html.Append(" data-claims=\"").Append(string.Join(' ', claims.Select(Invariant))).Append('"');
            }

            if (mentions.Count > 0)
            {
                html.Append(" data-mentions=\"").Append(string.Join(' ', mentions.Select(Invariant))).Append('"');
            }

            if (mentions.Count > 0 || claims.Count > 0)
            {
                html.Append(" tabindex=\"0\" title=\"").Append(Escape(Tooltip(report, mentions, claims))).Append('"');
            }

            html.Append('>').Append(Escape(piece)).Append("</span>");
        }
    }

    private string Tooltip(FactCheckReport report, List<int> mentions, List<int> claims)
    {
        var lines = new List<string>();
        foreach (var m in mentions)
        {
            var mention = report.Mentions[m];
            lines.Add($"{RenderNames.Of(mention.Kind)} “{mention.Text}” = {ValueText.Mention(mention, FormatProvider)}");
        }

        foreach (var c in claims)
        {
            var claim = report.Claims[c];
            lines.Add($"claim {claim.Id} ({RenderNames.Of(claim.Kind)}): {(claim.Subject.Length > 0 ? claim.Subject : "subject not named")}");
            lines.Add("time: " + (claim.Time is { } time ? TimeText(time) : "not stated"));
            if (claim.Source is { } source)
            {
                lines.Add("source: " + source.Name);
            }
        }

        return string.Join("\n", lines);
    }

    private void WriteClaimCard(StringBuilder html, Claim claim, string id, int index)
    {
        html.Append("<div class=\"card\" hidden id=\"").Append(id).Append("-claim-card-").Append(Invariant(index)).Append("\"><dl>");
        Item(html, "Claim", $"{claim.Id} · {RenderNames.Of(claim.Kind)}");
        Item(html, "Text", claim.Text);
        Item(html, "Value", ClaimValue(claim));
        Item(html, "Subject", claim.Subject.Length > 0 ? claim.Subject : "not named");
        Item(html, "Measure", RenderNames.Of(claim.Measure));
        Item(html, "Time", claim.Time is { } time ? TimeText(time) : "not stated");
        if (claim.EffectiveDate is { } effective)
        {
            Item(html, "Effective", TimeText(effective));
        }

        Item(html, "Source", claim.Source?.Name ?? "not named");
        if (claim.Related.Count > 0)
        {
            Item(html, "Related", string.Join(", ", claim.Related));
        }

        html.Append("</dl></div>\n");
    }

    private void WriteMentionCard(StringBuilder html, Mention mention, string id, int index)
    {
        html.Append("<div class=\"card\" hidden id=\"").Append(id).Append("-mention-card-").Append(Invariant(index)).Append("\"><dl>");
        Item(html, "Mention", $"{RenderNames.Of(mention.Kind)} “{mention.Text}”");
        Item(html, "Value", ValueText.Mention(mention, FormatProvider));
        if (mention.Kind != MentionKind.Date)
        {
            Item(html, "Stands for", ValueText.Interval(mention.Low, mention.High, mention.Unit, FormatProvider));
        }
        else if (mention.Date?.UnresolvedReason is { } reason)
        {
            Item(html, "Unresolved", reason);
        }

        html.Append("</dl></div>\n");
    }

    private void WriteClaimTable(StringBuilder html, FactCheckReport report, LineIndex lines, string id)
    {
        html.Append("<h3>Claims</h3>\n");
        if (report.Claims.Count == 0)
        {
            html.Append("<p class=\"none\">No claims.</p>\n");
            return;
        }

        html.Append("<table class=\"claims\"><thead><tr><th>Id</th><th>Where</th><th>Kind</th><th>Text</th><th>Value</th><th>Subject</th><th>Time</th><th>Source</th></tr></thead><tbody>\n");
        for (var c = 0; c < report.Claims.Count; c++)
        {
            var claim = report.Claims[c];
            var (line, column) = lines.Locate(claim.Span.Start);
            html.Append("<tr id=\"").Append(id).Append("-claim-").Append(Invariant(c)).Append("\"><td>").Append(Escape(claim.Id))
                .Append("</td><td>").Append(Invariant(line)).Append(':').Append(Invariant(column))
                .Append("</td><td>").Append(RenderNames.Of(claim.Kind))
                .Append("</td><td>").Append(Escape(claim.Text))
                .Append("</td><td class=\"num\">").Append(Escape(ClaimValue(claim)))
                .Append("</td><td>").Append(Escape(claim.Subject))
                .Append("</td><td>").Append(Escape(claim.Time is { } time ? TimeText(time) : string.Empty))
                .Append("</td><td>").Append(Escape(claim.Source?.Name ?? string.Empty))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private void WriteMentionTable(StringBuilder html, FactCheckReport report, LineIndex lines)
    {
        html.Append("<h3>Mentions</h3>\n");
        if (report.Mentions.Count == 0)
        {
            html.Append("<p class=\"none\">No figures or dates found.</p>\n");
            return;
        }

        html.Append("<table class=\"mentions\"><thead><tr><th>Where</th><th>Kind</th><th>Text</th><th>Value</th><th>Stands for</th></tr></thead><tbody>\n");
        foreach (var mention in report.Mentions)
        {
            var (line, column) = lines.Locate(mention.Span.Start);
            html.Append("<tr><td>").Append(Invariant(line)).Append(':').Append(Invariant(column))
                .Append("</td><td><span class=\"m-").Append(RenderNames.Of(mention.Kind)).Append("\">").Append(RenderNames.Of(mention.Kind)).Append("</span>")
                .Append("</td><td>").Append(Escape(mention.Text))
                .Append("</td><td class=\"num\">").Append(Escape(ValueText.Mention(mention, FormatProvider)))
                .Append("</td><td class=\"num\">").Append(mention.Kind == MentionKind.Date ? string.Empty : Escape(ValueText.Interval(mention.Low, mention.High, mention.Unit, FormatProvider)))
                .Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private string ClaimValue(Claim claim)
    {
        var value = ValueText.WithUnit(claim.Value, claim.Unit, FormatProvider);
        if (claim.PreviousValue is { } previous)
        {
            value += " (from " + ValueText.WithUnit(previous, claim.Unit, FormatProvider) + ")";
        }

        return claim.Direction == ChangeDirection.None ? value : value + " " + RenderNames.Of(claim.Direction);
    }

    private static string TimeText(ClaimTime time)
    {
        var resolved = time.Date is { } date ? ValueText.Date(date) : "unresolved";
        return time.FromPublicationDate ? resolved + ", from the publication date" : $"“{time.Text}” = {resolved}";
    }

    private static void Item(StringBuilder html, string label, string value) =>
        html.Append("<dt>").Append(label).Append("</dt><dd>").Append(Escape(value)).Append("</dd>");

    private string Number(int value) => value.ToString("#,0", FormatProvider);

    private string Plural(int count, string word) => Number(count) + " " + word + (count == 1 ? string.Empty : "s");

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Escapes text for element content and quoted attribute values alike.</summary>
    internal static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = SafeText.WellFormed(text);
        var builder = new StringBuilder(text.Length + 16);
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
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'':
                    builder.Append("&#39;");
                    break;
                case '\0':
                    builder.Append('\uFFFD');
                    break;
                case '\n' or '\r' or '\t':
                    builder.Append(c);
                    break;
                default:
                    builder.Append(char.IsControl(c) ? '\uFFFD' : c);
                    break;
            }
        }

        return builder.ToString();
    }
}
