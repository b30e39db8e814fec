using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Recognition;
using FactCheck.Reports;
using FactCheck.Reports.Rendering;
using FactCheck.Text;
using Xunit;

namespace FactCheck.Tests.Reports.Rendering;

/// <summary>
/// Every format stays well-formed for any document text: random texts mixing quotes, backslashes, control
/// characters, markup, line separators, emoji and lone surrogates (a fixed seed, so a failure reproduces).
/// </summary>
public class RendererRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "\"", "\\", "'", "<", ">", "&", "</script>", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
        "|", "`", "*", "$", "\u0000", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\r", "\n", "\r\n", "\t",
        "\u2028", "\u2029", "\uFEFF", "😀", "\uD800", "\uDC00", "\uDBFF", "é", "29%", " ", "word", "{", "}", "[", "]",
    ];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 40; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Render_RandomText_JsonAndSarifParseAndKeepTheText(int seed)
    {
        var (report, expected) = RandomReport(seed);

        var json = JsonDocument.Parse(new JsonReportRenderer().RenderToString(report)).RootElement;
        Assert.Equal(expected, json.GetProperty("mentions")[0].GetProperty("text").GetString());
        Assert.Equal(expected, json.GetProperty("findings")[0].GetProperty("spans")[0].GetProperty("text").GetString());

        var line = Assert.Single(new JsonLinesReportRenderer().RenderToString(report).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(expected, JsonDocument.Parse(line).RootElement.GetProperty("mentions")[0].GetProperty("text").GetString());

        var sarif = JsonDocument.Parse(new SarifReportRenderer().RenderToString(report)).RootElement;
        var region = sarif.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(expected, region.GetProperty("snippet").GetProperty("text").GetString());
        Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Render_RandomText_HtmlShowsTheTextAndOnlyItsOwnScript(int seed)
    {
        var (report, _) = RandomReport(seed);

        var html = new HtmlReportRenderer().RenderToString(report);

        Assert.Equal(1, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        var article = Regex.Match(html, "<article class=\"text\"[^>]*>(.*?)</article>", RegexOptions.Singleline).Groups[1].Value;
        var shown = WebUtility.HtmlDecode(Regex.Replace(article, "<[^>]+>", string.Empty));
        Assert.Equal(Visible(report.Document.Text), shown);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Render_RandomText_MarkdownKeepsOneRowPerFinding(int seed)
    {
        var (report, _) = RandomReport(seed);

        var markdown = new MarkdownReportRenderer().RenderToString(report);

        var rows = markdown.Split('\n').Where(l => l.StartsWith("| 🔴 error", StringComparison.Ordinal)).ToList();
        var row = Assert.Single(rows);
        Assert.Equal(7, row.Where((c, i) => c == '|' && (i == 0 || row[i - 1] != '\\')).Count());
    }

    private static (FactCheckReport Report, string ExpectedMentionText) RandomReport(int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        var count = random.Next(5, 60);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        var text = builder.ToString();
        var start = random.Next(0, text.Length);
        var end = random.Next(start + 1, text.Length + 1);
        var span = new TextSpan(start, end);
        var slice = text[start..end];
        var mention = new Mention(MentionKind.Percentage, span, slice, 29m, "%", 28.5m, 29.5m);
        var finding = new Finding("random-rule", Severity.Error, "Message: " + slice, spans: [span]);
        var document = new Document(text, new DateOnly(2025, 4, 5), CultureInfo.GetCultureInfo("en-US"), "random " + slice);
        return (new FactCheckReport(document, [mention], [], [finding]), WellFormed(slice));
    }

    /// <summary>What a valid string encoder must make of the text: every lone surrogate becomes U+FFFD.</summary>
    private static string WellFormed(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>The article as the page shows it: control characters other than line breaks and tabs as U+FFFD.</summary>
    private static string Visible(string text) =>
        string.Concat(WellFormed(text).Select(c => c is '\n' or '\r' or '\t' || !char.IsControl(c) ? c : '\uFFFD'));
}
