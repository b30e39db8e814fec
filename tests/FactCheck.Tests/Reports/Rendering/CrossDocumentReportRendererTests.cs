using System.Text.Json;
using System.Text.Json.Nodes;
using FactCheck.Reports;
using FactCheck.Reports.Json;
using FactCheck.Reports.Rendering;
using Xunit;

namespace FactCheck.Tests.Reports.Rendering;

/// <summary>
/// Documents checked together, as each renderer that writes them shows them: both documents named, and the finding's
/// places in each (the 29% of one and the 30% of the other).
/// </summary>
public sealed class CrossDocumentReportRendererTests
{
    private static readonly Lazy<CrossDocumentReport> TwoTariffs = new(Disagreeing);

    /// <summary>Two reports of the same tariff, one saying 29% and the other 30%.</summary>
    internal static CrossDocumentReport Disagreeing() => new FactCheckerBuilder().Build().CheckTogether(
    [
        new Document("Pakistani goods now face a 29% tariff in the US.", new DateOnly(2025, 4, 5), source: "dawn.txt"),
        new Document("Pakistani goods now face a 30% tariff in the US.", new DateOnly(2025, 4, 5), source: "nation.txt"),
    ]);

    [Fact]
    public void Json_TwoDocuments_NamesEachDocumentAndItsPlaces()
    {
        var root = JsonDocument.Parse(new JsonReportRenderer(toolVersion: "1.2.3").RenderToString(TwoTariffs.Value)).RootElement;

        Assert.Equal(JsonReport.SchemaUri, root.GetProperty("$schema").GetString());
        Assert.Equal(JsonReport.CurrentSchemaVersion, root.GetProperty("schemaVersion").GetString());
        Assert.Equal("1.2.3", root.GetProperty("toolVersion").GetString());
        Assert.Equal(["dawn.txt", "nation.txt"], root.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("source").GetString()));
        Assert.All(root.GetProperty("documents").EnumerateArray(), d => Assert.Equal("1.2.3", d.GetProperty("toolVersion").GetString()));
        var finding = Assert.Single(root.GetProperty("findings").EnumerateArray());
        Assert.Equal(RuleIds.CrossDocument, finding.GetProperty("ruleId").GetString());
        AssertSide(finding.GetProperty("document"), 0, "dawn.txt", "29%");
        AssertSide(finding.GetProperty("otherDocument"), 1, "nation.txt", "30%");
    }

    [Fact]
    public void Json_TwoDocuments_ReadsBackAndWritesTheSameAgain()
    {
        var json = new JsonReportRenderer(indented: false).RenderToString(TwoTariffs.Value);

        var read = JsonSerializer.Deserialize(json, FactCheckJsonContext.Default.JsonCrossDocumentReport)!;

        Assert.Equal(2, read.Documents.Count);
        Assert.Equal("30%", read.Findings[0].OtherDocument.Spans[0].Text);
        var again = JsonSerializer.Serialize(read, FactCheckJsonContext.Default.JsonCrossDocumentReport);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(again)));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse(json),
            JsonNode.Parse(JsonSerializer.Serialize(JsonCrossDocumentReport.From(TwoTariffs.Value), FactCheckJsonContext.Default.JsonCrossDocumentReport))));
    }

    [Fact]
    public void Text_TwoDocuments_ListsTheFindingAcrossWithItsPlaceInEachDocument()
    {
        var text = new TextReportRenderer().RenderToString(TwoTariffs.Value);

        Assert.Contains("dawn.txt · published 2025-04-05", text, StringComparison.Ordinal);
        Assert.Contains("nation.txt · published 2025-04-05", text, StringComparison.Ordinal);
        var across = text[text.IndexOf("Finding across documents (1)", StringComparison.Ordinal)..];
        Assert.Contains("dawn.txt:1:28 cross-document: ", across, StringComparison.Ordinal);
        Assert.Contains("dawn.txt:1:28 \"29%\"", across, StringComparison.Ordinal);
        Assert.Contains("nation.txt:1:28 \"30%\"", across, StringComparison.Ordinal);
        Assert.Contains("claims: dawn.txt c1, nation.txt c1", across, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_TwoDocuments_LinksTheFindingAcrossToBothArticles()
    {
        var html = new HtmlReportRenderer().RenderToString(TwoTariffs.Value);

        var item = html[html.IndexOf("id=\"finding-across-1\"", StringComparison.Ordinal)..];
        item = item[..item.IndexOf("</li>", StringComparison.Ordinal)];
        Assert.Contains("href=\"#d0-s27\" data-spans=\"27-30\" data-document=\"d0\"", item, StringComparison.Ordinal);
        Assert.Contains("href=\"#d1-s27\" data-spans=\"27-30\" data-document=\"d1\"", item, StringComparison.Ordinal);
        Assert.Contains(">nation.txt</a>", item, StringComparison.Ordinal);
        Assert.Contains("2 documents", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_TwoDocuments_PutsTheOtherDocumentsPlacesInRelatedLocations()
    {
        var run = JsonDocument.Parse(new SarifReportRenderer(toolVersion: "1.2.3").RenderToString(TwoTariffs.Value)).RootElement.GetProperty("runs")[0];

        Assert.Equal(["dawn.txt", "nation.txt"], run.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("location").GetProperty("uri").GetString()));
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal(RuleIds.CrossDocument, result.GetProperty("ruleId").GetString());
        var here = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(0, here.GetProperty("artifactLocation").GetProperty("index").GetInt32());
        Assert.Equal("29%", here.GetProperty("region").GetProperty("snippet").GetProperty("text").GetString());
        var there = Assert.Single(result.GetProperty("relatedLocations").EnumerateArray());
        Assert.Equal("nation.txt", there.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(1, there.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("index").GetInt32());
        Assert.Equal(28, there.GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("30%", there.GetProperty("physicalLocation").GetProperty("region").GetProperty("snippet").GetProperty("text").GetString());
        Assert.Equal(["c1"], result.GetProperty("properties").GetProperty("otherClaims").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void Render_NoFindingsAcross_WritesTheDocumentsAndSaysSo()
    {
        var together = new FactCheckerBuilder().Build().CheckTogether(
        [
            new Document("Pakistani goods now face a 29% tariff in the US.", new DateOnly(2025, 4, 5), source: "dawn.txt"),
            new Document("Pakistani goods now face a 29% tariff in the US.", new DateOnly(2025, 4, 5), source: "nation.txt"),
        ]);

        Assert.Empty(together.Findings);
        Assert.Contains("Findings across documents (0)", new TextReportRenderer().RenderToString(together), StringComparison.Ordinal);
        Assert.Contains("No findings across documents", new HtmlReportRenderer().RenderToString(together), StringComparison.Ordinal);
        Assert.Equal(0, JsonDocument.Parse(new JsonReportRenderer().RenderToString(together)).RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void CrossDocumentReport_FindingAboutADocumentNotReported_Throws()
    {
        var together = TwoTariffs.Value;

        Assert.Throws<ArgumentException>(() => new CrossDocumentReport([together.Reports[0]], together.Findings));
    }

    private static void AssertSide(JsonElement side, int index, string source, string text)
    {
        Assert.Equal(index, side.GetProperty("index").GetInt32());
        Assert.Equal(source, side.GetProperty("source").GetString());
        Assert.Equal(["c1"], side.GetProperty("claims").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(text, Assert.Single(side.GetProperty("spans").EnumerateArray()).GetProperty("text").GetString());
    }
}
