using FactCheck.Reports.Rendering;
using Xunit;

namespace FactCheck.Tests.Reports.Rendering;

public class MarkdownReportRendererTests
{
    [Fact]
    public void Render_SeedReport_MatchesGoldenFile() =>
        Golden.Match("seed.md", new MarkdownReportRenderer().RenderToString(HandBuiltReports.Seed()));

    [Fact]
    public void Render_SeedReport_WritesVerdictSummaryAndOneRowPerFinding()
    {
        var markdown = new MarkdownReportRenderer().RenderToString(HandBuiltReports.Seed());
        var lines = markdown.Split('\n');

        Assert.StartsWith("### 🟡 FactCheck: 0 errors, 1 warning, 1 info in 1 document", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("| 🟡 warning | stale-source |", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| 🔵 info | change-description |", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_PipesAndMarkup_CannotBreakTheTable()
    {
        var markdown = new MarkdownReportRenderer().RenderToString(HandBuiltReports.Hostile());
        var row = markdown.Split('\n').Single(l => l.StartsWith("| 🔴 error", StringComparison.Ordinal));

        // Seven unescaped pipes: the six cells of the findings table.
        var unescaped = row.Where((c, i) => c == '|' && (i == 0 || row[i - 1] != '\\')).Count();
        Assert.Equal(7, unescaped);
        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", row, StringComparison.Ordinal);
        Assert.Contains("rule\\|with&lt;pipes&gt;", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoFindings_SaysSo()
    {
        var markdown = new MarkdownReportRenderer().RenderToString(HandBuiltReports.Empty());

        Assert.StartsWith("### 🟢", markdown, StringComparison.Ordinal);
        Assert.Contains("No findings", markdown, StringComparison.Ordinal);
    }
}
