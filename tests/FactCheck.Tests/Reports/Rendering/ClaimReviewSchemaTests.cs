using System.Text.Json.Nodes;
using FactCheck.Reference;
using FactCheck.Reports;
using FactCheck.Reports.Rendering;
using FactCheck.Tests.Reports;
using Xunit;

namespace FactCheck.Tests.Reports.Rendering;

/// <summary>
/// The published JSON Schema of the ClaimReview markup (<c>docs/claimreview.schema.json</c>) against what
/// <see cref="ClaimReviewRenderer"/> really writes. The schema requires what search engines require of a ClaimReview
/// (<c>claimReviewed</c>, <c>url</c>, <c>reviewRating</c> with <c>alternateName</c>) and what FactCheck always writes of
/// what they recommend (<c>author</c>, <c>itemReviewed</c> with <c>appearance</c>), and it is strict, so a property added
/// to the markup without the schema fails here.
/// </summary>
public sealed class ClaimReviewSchemaTests
{
    private static readonly PublishedJsonSchema Schema = new("claimreview.schema.json", "the markup");

    private static readonly ClaimReviewOptions FullPublisher = new(
        "Example Fact Desk",
        authorUrl: new Uri("https://factdesk.example/"),
        baseUrl: new Uri("https://factdesk.example/checks/today"),
        datePublished: new DateOnly(2025, 4, 6),
        minimumSeverity: Severity.Info);

    /// <summary>Texts with an error, a warning and a fact confirmed (info), on the web and on disk, dated and not.</summary>
    private static IReadOnlyList<FactCheckReport> RealReports()
    {
        var facts = ReferenceFacts.ParseCsv(
            new StringReader("subject,measure,value,unit,valid_from,valid_to,source,tolerance\nduty on exports from Pakistan to the US,rate,29,%,2025-04-01,,US tariff schedule,\n"),
            "tariffs.csv").GetFactsOrThrow();
        var checker = new FactCheckerBuilder().AddReferenceCheck(facts).Build();
        return
        [
            checker.Check(new Document("Acme's sales rose 10% to $1.2bn in May 2024, from $1bn a year earlier.", new DateOnly(2024, 6, 3), source: "https://news.example/acme")),
            checker.Check(new Document("Exports from Pakistan to the US now face a 29% duty, up 19% from the earlier 10%.", new DateOnly(2025, 4, 5), source: "tariffs.txt")),
            checker.Check(new Document("The new duty takes effect on Monday, April 9, 2025.", published: null, source: "https://news.example/duty")),
        ];
    }

    [Fact]
    public void Render_RealReports_ValidateAgainstTheSchema()
    {
        var reports = RealReports();

        var full = new ClaimReviewRenderer(FullPublisher).RenderToString(reports);
        var bare = new ClaimReviewRenderer(new ClaimReviewOptions("Desk")).RenderToString(reports);

        Schema.AssertValid(full, "with every option");
        Schema.AssertValid(bare, "with the author only");
        // The test is only as good as its output: every rating, and the properties written only sometimes.
        foreach (var expected in new[] { "\"Incorrect\"", "\"Questionable\"", "\"Needs context\"", "\"datePublished\"", "\"name\": \"tariffs.txt\"" })
        {
            Assert.True(full.Contains(expected, StringComparison.Ordinal), $"No review gives {expected}.");
        }

        Assert.True(JsonNode.Parse(bare)!.AsArray().Count > 0, "With each document's own page, some review is written.");
    }

    [Fact]
    public void Render_DocumentsCheckedTogether_ValidatesAgainstTheSchema()
    {
        var json = new ClaimReviewRenderer(FullPublisher).RenderToString(CrossDocumentReportRendererTests.Disagreeing());

        Assert.Contains("#finding-across-1", json, StringComparison.Ordinal);
        Schema.AssertValid(json, "documents checked together");
    }

    [Theory]
    [InlineData("claimReviewed")]
    [InlineData("url")]
    [InlineData("author")]
    [InlineData("itemReviewed")]
    public void Schema_ReviewWithoutARequiredProperty_IsInvalid(string property)
    {
        var reviews = JsonNode.Parse(new ClaimReviewRenderer(FullPublisher).RenderToString(RealReports()))!.AsArray();
        reviews[0]!.AsObject().Remove(property);

        Assert.False(Schema.Evaluate(reviews.ToJsonString()).IsValid);
    }

    [Fact]
    public void Schema_RatingWithoutItsNameOrAReviewWithAnUnknownProperty_IsInvalid()
    {
        var reviews = JsonNode.Parse(new ClaimReviewRenderer(FullPublisher).RenderToString(RealReports()))!.AsArray();
        Assert.True(Schema.Evaluate(reviews.ToJsonString()).IsValid);

        reviews[0]!["reviewRating"]!.AsObject().Remove("alternateName");
        Assert.False(Schema.Evaluate(reviews.ToJsonString()).IsValid);

        reviews = JsonNode.Parse(new ClaimReviewRenderer(FullPublisher).RenderToString(RealReports()))!.AsArray();
        reviews[0]!["reviewCount"] = 1;
        Assert.False(Schema.Evaluate(reviews.ToJsonString()).IsValid);

        reviews = JsonNode.Parse(new ClaimReviewRenderer(FullPublisher).RenderToString(RealReports()))!.AsArray();
        reviews[0]!["itemReviewed"]!.AsObject().Remove("appearance");
        Assert.False(Schema.Evaluate(reviews.ToJsonString()).IsValid);
    }
}
