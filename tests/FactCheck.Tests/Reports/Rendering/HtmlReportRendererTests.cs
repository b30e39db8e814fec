using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Reports.Rendering;
using Xunit;

namespace FactCheck.Tests.Reports.Rendering;

public class HtmlReportRendererTests
{
    [Fact]
    public void Render_HostileText_EscapesEveryPieceOfDocumentText()
    {
        var html = new HtmlReportRenderer().RenderToString(HandBuiltReports.Hostile());

        // The page's own script is the only <script> element.
        Assert.Equal(1, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;window.__pwned = 1;&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;", html, StringComparison.Ordinal);
        Assert.Contains("hostile &lt;b&gt;&quot;name&quot;&lt;/b&gt;|.txt", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Page_IsSelfContainedAndLocksDownScripts()
    {
        var html = new HtmlReportRenderer().RenderToString(HandBuiltReports.Seed());

        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.Matches("Content-Security-Policy\" content=\"default-src 'none'; [^\"]*script-src 'sha256-[A-Za-z0-9+/=]+'", html);
    }

    [Fact]
    public void Render_SeedReport_HighlightsEveryMentionByKind()
    {
        var report = HandBuiltReports.Seed();
        var html = new HtmlReportRenderer().RenderToString(report);

        foreach (var mention in report.Mentions)
        {
            var kind = mention.Kind switch
            {
                FactCheck.Recognition.MentionKind.Percentage => "percentage",
                FactCheck.Recognition.MentionKind.Money => "money",
                _ => "date",
            };
            Assert.Matches($"<span class=\"seg mention m-{kind}[^\"]*\" id=\"d0-s{mention.Span.Start}\"", html);
        }
    }

    [Fact]
    public void Render_SeedReport_LinksEachFindingToItsSpans()
    {
        var report = HandBuiltReports.Seed();
        var html = new HtmlReportRenderer().RenderToString(report);
        var span = report.Findings[1].Spans[0];

        Assert.Contains($"<a class=\"span-link\" href=\"#d0-s{span.Start}\" data-spans=\"{span.Start}-{span.End}\"", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"finding sev-warning\"", html, StringComparison.Ordinal);
        Assert.Contains("data-light=\"amber\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ClaimDetails_ShowSubjectTimeAndSource()
    {
        var html = new HtmlReportRenderer().RenderToString(HandBuiltReports.Seed());

        Assert.Contains("<dt>Subject</dt><dd>terror attacks in Pakistan</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Time</dt><dd>“In January 2025” = 2025-01-01 to 2025-01-31 (month)</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Source</dt><dd>Pakistan Institute for Conflict and Security Studies (PICSS)</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_GermanCulture_WritesNumbersTheGermanWay()
    {
        var html = new HtmlReportRenderer(CultureInfo.GetCultureInfo("de-DE")).RenderToString(HandBuiltReports.Seed());

        Assert.Contains("USD 7.000.000.000", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoFindings_ShowsGreenLight()
    {
        var html = new HtmlReportRenderer().RenderToString(HandBuiltReports.Empty());

        Assert.Contains("data-light=\"green\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"lamp green on\">", html, StringComparison.Ordinal);
        Assert.Contains("No findings", html, StringComparison.Ordinal);
    }
}
