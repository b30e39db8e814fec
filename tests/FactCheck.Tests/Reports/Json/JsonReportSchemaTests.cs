using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FactCheck.Reports;
using FactCheck.Reports.Json;
using FactCheck.Reports.Rendering;
using FactCheck.Tests.Reports;
using FactCheck.Tests.Reports.Rendering;
using Xunit;

namespace FactCheck.Tests.Reports.Json;

/// <summary>
/// The published JSON Schema of reports (<c>docs/factcheck-report.schema.json</c>) against what the renderers really
/// write. The schema is strict (no property it does not name), so a property added to the output without the schema
/// fails here: add it to the schema, which is the contract consumers read.
/// </summary>
public sealed class JsonReportSchemaTests
{
    private static readonly PublishedJsonSchema Schema = new("factcheck-report.schema.json", "the JSON");

    private static readonly DateOnly Published = new(2025, 4, 5);

    /// <summary>Documents that between them give every kind of mention, claim and finding property.</summary>
    private static IReadOnlyList<FactCheckReport> RealReports()
    {
        var checker = new FactCheckerBuilder().Build();
        var together = checker.CheckTogether(
        [
            new Document("Acme Motors' pre-tax profits rose to £5.2bn in 2004.", new DateOnly(2005, 1, 10), source: "story.txt"),
            new Document("Acme Motors' pre-tax profits rose to £4.4bn in 2004.", new DateOnly(2005, 1, 12), source: "correction.txt"),
        ]);
        return
        [
            checker.Check(new Document(
                "Exports from Pakistan to the US now face a 29% duty, up 19% from the earlier 10%. " +
                "The increased tariff takes full effect on Monday, April 9, 2025, the ministry said.",
                Published, source: "tariffs.txt")),
            checker.Check(new Document("Acme Air's sales rose 20% to £5bn from £4bn in 2004, according to the company.", Published, source: "acme.txt")),
            checker.Check(new Document("About 300 of its 1,200 jobs (20%) will go by next year, nearly a third more than expected.", published: null, source: "jobs.txt")),
            .. together.Reports.Select(report => WithCrossDocumentFindings(report, together)),
            new FactCheckerBuilder().WithMaxDocumentLength(10).Build().Check(new Document("A text longer than ten characters.", Published)),
            HandBuiltReports.Seed(),
            HandBuiltReports.Hostile(),
            HandBuiltReports.Empty(),
        ];
    }

    private static FactCheckReport WithCrossDocumentFindings(FactCheckReport report, CrossDocumentReport together) => new(
        report.Document,
        report.Mentions,
        report.Claims,
        [.. report.Findings, .. together.Findings.Where(f => ReferenceEquals(f.Document, report.Document)).Select(f => f.Finding)],
        report.RuleDescriptions);

    [Fact]
    public void Json_RealReports_ValidateAgainstTheSchema()
    {
        foreach (var report in RealReports())
        {
            Schema.AssertValid(new JsonReportRenderer().RenderToString(report), report.Document.Source);
        }
    }

    [Fact]
    public void Json_SeveralReports_IsAnArrayThatValidates()
    {
        var json = new JsonReportRenderer().RenderToString(RealReports());

        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(json).RootElement.ValueKind);
        Schema.AssertValid(json, "the array");
    }

    [Fact]
    public void Json_DocumentsCheckedTogether_ValidatesAgainstTheSchema()
    {
        var together = CrossDocumentReportRendererTests.Disagreeing();
        var json = new JsonReportRenderer().RenderToString(together);

        Assert.Single(together.Findings);
        Schema.AssertValid(json, "documents checked together");
        var node = JsonNode.Parse(json)!.AsObject();
        node["findings"]![0]!["otherDocument"]!.AsObject().Remove("index");
        Assert.False(Schema.Evaluate(node.ToJsonString()).IsValid);
    }

    [Fact]
    public void JsonLines_EveryLineValidates()
    {
        var lines = new JsonLinesReportRenderer().RenderToString(RealReports()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(RealReports().Count, lines.Length);
        foreach (var line in lines)
        {
            Schema.AssertValid(line, line[..Math.Min(80, line.Length)]);
        }
    }

    [Fact]
    public void Json_RealReports_CoverTheOptionalProperties()
    {
        // The test is only as good as its documents: make sure they give the properties that are left out when empty.
        var json = new JsonReportRenderer().RenderToString(RealReports());
        foreach (var property in new[] { "\"computation\"", "\"suggestion\"", "\"otherDocument\"", "\"previousValue\"", "\"previousTime\"", "\"sourceSpan\"", "\"qualifier\": \"approximately\"", "\"published\": null", "\"resolvedStart\"" })
        {
            Assert.True(json.Contains(property, StringComparison.Ordinal), $"No document gives {property}.");
        }
    }

    [Fact]
    public void Schema_NamesEveryPropertyOfThePublicTypes()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "factcheck-report.schema.json")));
        var definitions = schema.RootElement.GetProperty("$defs");
        var types = new Dictionary<string, Type>
        {
            ["report"] = typeof(JsonReport),
            ["mention"] = typeof(JsonMention),
            ["claim"] = typeof(JsonClaim),
            ["time"] = typeof(JsonClaimTime),
            ["finding"] = typeof(JsonFinding),
            ["span"] = typeof(JsonSpan),
            ["computation"] = typeof(JsonComputation),
            ["crossDocumentReport"] = typeof(JsonCrossDocumentReport),
            ["crossDocumentFinding"] = typeof(JsonCrossDocumentFinding),
            ["findingDocument"] = typeof(JsonFindingDocument),
        };
        foreach (var (name, type) in types)
        {
            var expected = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))
                .Order(StringComparer.Ordinal);
            var named = definitions.GetProperty(name).GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
            Assert.Equal(expected, named);
        }
    }

    [Fact]
    public void Schema_RejectsADocumentWithAnUnknownPropertyOrAMissingVersion()
    {
        var json = JsonNode.Parse(new JsonReportRenderer().RenderToString(HandBuiltReports.Seed()))!.AsObject();
        json["figuresNobodyDeclared"] = 1;
        Assert.False(Schema.Evaluate(json.ToJsonString()).IsValid);

        json.Remove("figuresNobodyDeclared");
        Assert.True(Schema.Evaluate(json.ToJsonString()).IsValid);
        json.Remove("toolVersion");
        Assert.False(Schema.Evaluate(json.ToJsonString()).IsValid);
    }

    [Fact]
    public void Render_AnyReport_WritesSchemaAndVersions()
    {
        var root = JsonDocument.Parse(new JsonReportRenderer().RenderToString(HandBuiltReports.Seed())).RootElement;

        Assert.Equal(JsonReport.SchemaUri, root.GetProperty("$schema").GetString());
        Assert.Equal("1.1", root.GetProperty("schemaVersion").GetString());
        var library = typeof(FactChecker).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Assert.Equal(library, root.GetProperty("toolVersion").GetString());
        Assert.Equal("9.9.9", JsonDocument.Parse(new JsonLinesReportRenderer("9.9.9").RenderToString(HandBuiltReports.Seed())).RootElement.GetProperty("toolVersion").GetString());
    }

    [Fact]
    public void Deserialize_WithThePublicContext_ReadsBackWhatWasWritten()
    {
        var reports = RealReports();
        var json = new JsonReportRenderer(indented: false).RenderToString(reports);

        var read = JsonSerializer.Deserialize(json, FactCheckJsonContext.Default.IReadOnlyListJsonReport)!;

        Assert.Equal(reports.Count, read.Count);
        var tariffs = read[0];
        Assert.Equal("tariffs.txt", tariffs.Source);
        Assert.Equal("2025-04-05", tariffs.Published);
        var duty = tariffs.Mentions.First(m => m.Text == "29%");
        Assert.Equal(29m, duty.Value);
        Assert.Equal(28.5m, duty.Low);
        Assert.Contains(tariffs.Findings, f => f.RuleId == RuleIds.PercentagePoints && f.Computation is { Inputs.Count: > 0 });
        Assert.Contains(read, r => r.Findings.Any(f => f.OtherDocument is not null));

        // What is read back writes the same JSON again, property for property.
        var again = JsonSerializer.Serialize(read, FactCheckJsonContext.Default.IReadOnlyListJsonReport);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(again)));
    }

    [Fact]
    public void From_Report_IsWhatTheRendererWrites()
    {
        var report = HandBuiltReports.Seed();

        var document = JsonReport.From(report);

        var written = JsonSerializer.Deserialize(new JsonReportRenderer().RenderToString(report), FactCheckJsonContext.Default.JsonReport)!;
        Assert.Equal(written.Mentions.Count, document.Mentions.Count);
        Assert.Equal(written.Claims.Select(c => c.Id), document.Claims.Select(c => c.Id));
        Assert.Equal(written.Findings.Select(f => f.Message), document.Findings.Select(f => f.Message));
        Assert.Equal(JsonReport.CurrentSchemaVersion, document.SchemaVersion);
    }
}
