using System.Globalization;
using System.Text.Json;
using FactCheck.Reports;
using FactCheck.Reports.Rendering;
using FactCheck.Text;

namespace FactCheck.Tests.Robustness;

/// <summary>
/// What must hold for any report on any text: every span lies inside the text and its surface text is the slice,
/// intervals are ordered, references resolve, and FactCheck itself did not fail on the text.
/// </summary>
internal static class ReportInvariants
{
    /// <summary>Returns every broken invariant, described; empty when the report is sound.</summary>
    public static IReadOnlyList<string> Violations(FactCheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var problems = new List<string>();
        var text = report.Document.Text;

        for (var i = 0; i < report.Mentions.Count; i++)
        {
            var mention = report.Mentions[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"mention {i} ({mention})");
            CheckSpan(problems, text, mention.Span, mention.Text, where);
            if (mention.Low > mention.High)
            {
                problems.Add($"{where}: low {mention.Low} is above high {mention.High}");
            }

            if (mention.Date is { IsResolved: true } date && date.Start > date.End)
            {
                problems.Add($"{where}: date starts {date.Start} after it ends {date.End}");
            }

            if (i > 0 && report.Mentions[i - 1].Span.Start > mention.Span.Start)
            {
                problems.Add($"{where}: mentions are not in text order");
            }
        }

        var claimIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in report.Claims)
        {
            var where = $"claim {claim.Id}";
            if (!claimIds.Add(claim.Id))
            {
                problems.Add($"{where}: the id is not unique");
            }

            CheckSpan(problems, text, claim.Span, claim.Text, where);
            if (claim.Low > claim.High)
            {
                problems.Add($"{where}: low {claim.Low} is above high {claim.High}");
            }

            foreach (var index in claim.MentionIndices)
            {
                if (index < 0 || index >= report.Mentions.Count)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: mention index {index} is outside the {report.Mentions.Count} mentions"));
                }
            }
        }

        foreach (var claim in report.Claims)
        {
            foreach (var related in claim.Related.Where(r => !claimIds.Contains(r)))
            {
                problems.Add($"claim {claim.Id}: related claim {related} does not exist");
            }
        }

        foreach (var finding in report.Findings)
        {
            var where = $"finding {finding.RuleId}";
            if (finding.RuleId is "internal-error" or "check-failed")
            {
                problems.Add($"{where}: {finding.Message}");
            }

            foreach (var span in finding.Spans)
            {
                CheckSpan(problems, text, span, surface: null, where);
            }

            foreach (var id in finding.ClaimIds.Where(id => !claimIds.Contains(id)))
            {
                problems.Add($"{where}: claim {id} does not exist");
            }
        }

        for (var i = 1; i < report.Findings.Count; i++)
        {
            if (report.Findings[i - 1].Severity < report.Findings[i].Severity)
            {
                problems.Add("findings are not ordered most serious first");
                break;
            }
        }

        CheckRendering(problems, report);
        return problems;
    }

    /// <summary>Fails with every broken invariant and the text that broke them.</summary>
    public static void AssertSound(FactCheckReport report)
    {
        var problems = Violations(report);
        if (problems.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"{problems.Count} invariant(s) broken:\n  {string.Join("\n  ", problems)}\ntext: {Escape(report.Document.Text)}");
        }
    }

    /// <summary>The text with control and non-ASCII characters escaped, shortened, for failure messages.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = text.Length > 2000 ? text[..2000] : text;
        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in shown)
        {
            if (c is >= ' ' and < '\u007F' && c != '"' && c != '\\')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        builder.Append('"');
        if (text.Length > shown.Length)
        {
            builder.Append(CultureInfo.InvariantCulture, $"… ({text.Length} characters)");
        }

        return builder.ToString();
    }

    // JSON and SARIF must parse whatever the text holds (control characters, quotes, broken surrogates); the other
    // formats must render without throwing.
    private static void CheckRendering(List<string> problems, FactCheckReport report)
    {
        foreach (var (name, renderer, isJson) in Renderers)
        {
            try
            {
                if (report.Document.Text.Length > LargeDocument)
                {
                    RenderToFile(renderer, report, isJson);
                    continue;
                }

                var rendered = renderer.RenderToString(report);
                if (isJson)
                {
                    using var parsed = JsonDocument.Parse(rendered);
                }
            }
            catch (Exception ex)
            {
                problems.Add($"rendering {name}: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    // Above this many characters a report is rendered to a file and its JSON read as a stream: the HTML page of a
    // 20 MB document is longer than a string may be.
    private const int LargeDocument = 1_000_000;

    private static void RenderToFile(IReportRenderer renderer, FactCheckReport report, bool isJson)
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)))
            {
                renderer.Render([report], writer);
            }

            if (isJson)
            {
                ReadJson(path);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Reads a JSON file token by token, so a file of any size is checked in little memory; throws if it is not JSON.
    private static void ReadJson(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 20];
        var filled = 0;
        var state = default(JsonReaderState);
        while (true)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), isFinalBlock: read == 0, state);
            while (reader.Read())
            {
            }

            if (read == 0)
            {
                return;
            }

            state = reader.CurrentState;
            var consumed = (int)reader.BytesConsumed;
            Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
            filled -= consumed;
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2); // one token (the document's text) is longer than the buffer
            }
        }
    }

    private static readonly (string Name, IReportRenderer Renderer, bool IsJson)[] Renderers =
    [
        ("json", new JsonReportRenderer(), true),
        ("sarif", new SarifReportRenderer(), true),
        ("text", new TextReportRenderer(CultureInfo.InvariantCulture), false),
        ("markdown", new MarkdownReportRenderer(CultureInfo.InvariantCulture), false),
        ("html", new HtmlReportRenderer(CultureInfo.InvariantCulture), false),
    ];

    private static void CheckSpan(List<string> problems, string text, TextSpan span, string? surface, string where)
    {
        if (span.Start < 0 || span.End > text.Length || span.End < span.Start)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: span [{span.Start},{span.End}) lies outside the text of {text.Length} characters"));
            return;
        }

        if (surface is not null && !string.Equals(surface, text.Substring(span.Start, span.Length), StringComparison.Ordinal))
        {
            problems.Add($"{where}: surface text {Escape(surface)} is not the slice {Escape(text.Substring(span.Start, span.Length))}");
        }
    }
}
