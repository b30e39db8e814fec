using System.Globalization;
using FactCheck.Reports;
using FactCheck.Reports.Rendering;
using Xunit;

namespace FactCheck.Tests.Reports.Rendering;

public class TextReportRendererTests
{
    [Fact]
    public void Render_SeedReport_MatchesGoldenFile() =>
        Golden.Match("seed.txt", new TextReportRenderer().RenderToString(HandBuiltReports.Seed()));

    [Fact]
    public void Render_SeedReport_PutsFindingsBeforeClaimsBeforeMentions()
    {
        var text = new TextReportRenderer().RenderToString(HandBuiltReports.Seed());

        var findings = text.IndexOf("Findings (2)", StringComparison.Ordinal);
        var claims = text.IndexOf("Claims (3)", StringComparison.Ordinal);
        var mentions = text.IndexOf("Mentions (9)", StringComparison.Ordinal);
        Assert.True(findings >= 0 && findings < claims && claims < mentions, text);
        Assert.True(text.IndexOf("stale-source", StringComparison.Ordinal) < claims);
    }

    [Fact]
    public void Render_SeedReport_GivesLineAndColumnOfEachFigure()
    {
        var text = new TextReportRenderer().RenderToString(HandBuiltReports.Seed());

        // "29%" is on line 11 of the article: "...now face a 29% duty...".
        var line = text.Split('\n').Single(l => l.Contains("\"29%\"", StringComparison.Ordinal));
        Assert.StartsWith("  11:", line, StringComparison.Ordinal);
        Assert.Contains("= 29%  [28.5% to 29.5%]", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutColor_WritesNoEscapeCodes()
    {
        var text = new TextReportRenderer(useColor: false).RenderToString(HandBuiltReports.Seed());

        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void Render_WithColor_ColoursSeverities()
    {
        var text = new TextReportRenderer(useColor: true).RenderToString(HandBuiltReports.Seed());

        Assert.Contains("\u001b[33mWARNING\u001b[0m", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ControlCharactersInText_AreShownAsEscapesNotSentToTheTerminal()
    {
        var text = new TextReportRenderer(useColor: false).RenderToString(HandBuiltReports.Hostile());

        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.Contains("\\u0007 bell", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_GermanCulture_WritesNumbersTheGermanWay()
    {
        var text = new TextReportRenderer(CultureInfo.GetCultureInfo("de-DE")).RenderToString(HandBuiltReports.Seed());

        Assert.Contains("USD 7.000.000.000", text, StringComparison.Ordinal);
        Assert.Contains("28,5% to 29,5%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_GermanCulture_WritesTheNumbersOfFindingMessagesTheGermanWay()
    {
        var finding = new Finding("house-style", Severity.Info, new FindingMessage("{0} jobs is {1:#,0.##}% of the {2:#,0} staff.", "1,200", 12.5m, 9600m));
        var report = new FactCheckReport(new Document("Text.", null, CultureInfo.GetCultureInfo("de-DE")), [], [], [finding]);

        var text = new TextReportRenderer(CultureInfo.GetCultureInfo("de-DE")).RenderToString(report);

        Assert.Contains("1,200 jobs is 12,5% of the 9.600 staff.", text, StringComparison.Ordinal);
        Assert.Equal("1,200 jobs is 12.5% of the 9,600 staff.", finding.Message);
    }

    [Fact]
    public void Render_InvariantCulture_WritesGroupedNumbers()
    {
        var text = new TextReportRenderer().RenderToString(HandBuiltReports.Seed());

        Assert.Contains("USD 7,000,000,000", text, StringComparison.Ordinal);
    }
}
