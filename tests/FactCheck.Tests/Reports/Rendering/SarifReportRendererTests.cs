using System.Globalization;
using System.Text.Json;
using FactCheck.Recognition;
using FactCheck.Reports;
using FactCheck.Reports.Rendering;
using Xunit;

namespace FactCheck.Tests.Reports.Rendering;

public class SarifReportRendererTests
{
    private static JsonElement Render(params FactCheckReport[] reports) =>
        JsonDocument.Parse(new SarifReportRenderer(toolVersion: "1.2.3").RenderToString(reports)).RootElement;

    [Fact]
    public void Render_SeedReport_MatchesGoldenFile() =>
        Golden.Match("seed.sarif", new SarifReportRenderer(toolVersion: "1.2.3").RenderToString(HandBuiltReports.Seed()));

    [Fact]
    public void Render_SeedReport_WritesOneResultPerFindingWithRuleMetadata()
    {
        var root = Render(HandBuiltReports.Seed());

        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["change-description", "stale-source"], rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("warning", rules[1].GetProperty("defaultConfiguration").GetProperty("level").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal("warning", results[0].GetProperty("level").GetString());
        Assert.Equal("note", results[1].GetProperty("level").GetString());
        Assert.Equal(1, results[0].GetProperty("ruleIndex").GetInt32());
        Assert.Equal(HandBuiltReports.SeedPath, results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Render_Spans_BecomeLineAndColumnRegions()
    {
        // "29%" starts at column 9 of line 2 and "10%" at column 8 of line 3 (counted by hand; CRLF ends line 2).
        const string text = "Line one.\nDuty is 29%.\r\nThird: 10%.";
        var document = new Document(text, new DateOnly(2025, 4, 5), CultureInfo.GetCultureInfo("en-US"), "docs/a b.md");
        var finding = new Finding("r", Severity.Error, "m", spans: [HandBuiltReports.Span(text, "29%"), HandBuiltReports.Span(text, "10%")]);
        var report = new FactCheckReport(document, [], [], [finding]);

        var locations = Render(report).GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations");

        var first = locations[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(2, first.GetProperty("startLine").GetInt32());
        Assert.Equal(9, first.GetProperty("startColumn").GetInt32());
        Assert.Equal(2, first.GetProperty("endLine").GetInt32());
        Assert.Equal(12, first.GetProperty("endColumn").GetInt32());
        Assert.Equal("29%", first.GetProperty("snippet").GetProperty("text").GetString());
        var second = locations[1].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(3, second.GetProperty("startLine").GetInt32());
        Assert.Equal(8, second.GetProperty("startColumn").GetInt32());
        Assert.Equal("docs/a%20b.md", locations[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Render_BuiltInAndCustomRules_AreDescribed()
    {
        var document = new Document("Text.", null, null, "a.txt");
        var report = new FactCheckReport(document, [], [], [new Finding("percentage-points", Severity.Warning, "m"), new Finding("house-style", Severity.Info, "m")]);

        var rules = JsonDocument.Parse(new SarifReportRenderer(new Dictionary<string, string> { ["house-style"] = "Our house style." }).RenderToString(report))
            .RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("shortDescription").GetProperty("text").GetString());

        Assert.Equal("A change between two percentages stated in percent where percentage points were meant.", rules["percentage-points"]);
        Assert.Equal("Our house style.", rules["house-style"]);
    }

    [Fact]
    public void Render_CustomRuleThatRan_IsDescribedByItsOwnDescription()
    {
        var checker = new FactCheckerBuilder().ClearChecks().AddCheck(new HouseStyleRule()).Build();
        var report = checker.Check(new Document("Sales rose to 5 million.", new DateOnly(2025, 4, 5), null, "a.txt"));

        var rules = JsonDocument.Parse(new SarifReportRenderer().RenderToString(report))
            .RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("shortDescription").GetProperty("text").GetString());

        Assert.Equal(HouseStyleRule.Description, rules[HouseStyleRule.Id]);
    }

    [Fact]
    public void Render_FindingWithoutSpans_StillNamesTheDocument()
    {
        var document = new Document("Text.", null, null, "a.txt");
        var report = new FactCheckReport(document, [], [], [new Finding("check-failed", Severity.Error, "The check failed.")]);

        var location = Render(report).GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");

        Assert.Equal("a.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.False(location.TryGetProperty("region", out _));
    }

    [Fact]
    public void Render_HostileText_StaysValidJson()
    {
        var root = Render(HandBuiltReports.Hostile(), HandBuiltReports.Empty());

        var result = root.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Contains("<script>window.__pwned=4</script>", result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, root.GetProperty("runs")[0].GetProperty("artifacts").GetArrayLength());
    }

    [Fact]
    public void Render_ClaimsAndArithmetic_AreKeptInProperties()
    {
        var result = Render(HandBuiltReports.Seed()).GetProperty("runs")[0].GetProperty("results")[1];

        var properties = result.GetProperty("properties");
        Assert.Equal("c3", properties.GetProperty("claims")[0].GetString());
        Assert.Equal(190m, properties.GetProperty("computation").GetProperty("result").GetDecimal());
        Assert.StartsWith("Where the rise is stated", properties.GetProperty("suggestion").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ReportWithoutFindings_WritesNoResultsAndNoRules()
    {
        var report = new FactCheckReport(
            new Document("Up 5%.", null, null, "b.txt"),
            [new Mention(MentionKind.Percentage, new FactCheck.Text.TextSpan(3, 5), "5%", 5m, "%", 4.5m, 5.5m)],
            [],
            []);

        var run = Render(report).GetProperty("runs")[0];

        Assert.Equal(0, run.GetProperty("results").GetArrayLength());
        Assert.Equal(0, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }

    private sealed class HouseStyleRule : FactCheck.Checks.IFactCheckRule
    {
        public const string Id = "house-style";

        public const string Description = "Figures written the way our house style asks.";

        string FactCheck.Checks.IFactCheckRule.RuleId => Id;

        string FactCheck.Checks.IFactCheckRule.Description => Description;

        public IEnumerable<Finding> Check(FactCheck.Checks.CheckContext context) => [new Finding(Id, Severity.Info, "Write million as m.")];
    }
}
