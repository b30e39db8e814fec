using System.Text.Json;
using FactCheck.Reports;
using FactCheck.Reports.Rendering;
using FactCheck.Text;
using Xunit;

namespace FactCheck.Tests.Reports.Rendering;

/// <summary>
/// The ClaimReview markup a fact-checker publishes, checked against what search engines ask of it: <c>claimReviewed</c>,
/// <c>reviewRating</c> with <c>alternateName</c> and <c>url</c> are required; <c>author</c>, <c>datePublished</c> and
/// <c>itemReviewed</c> (a <c>Claim</c> with its <c>appearance</c>) are recommended.
/// </summary>
public sealed class ClaimReviewRendererTests
{
    // 10% from $1bn is $1.1bn, not $1.2bn: a wrong change that the change-arithmetic rule reports.
    private const string Text = "Acme's sales rose 10% to $1.2bn in May 2024, from $1bn a year earlier.";
    private const string Source = "https://news.example/business/acme-sales";

    private static readonly ClaimReviewOptions Publisher = new(
        "Example Fact Desk",
        authorUrl: new Uri("https://factdesk.example/"),
        baseUrl: new Uri("https://factdesk.example/checks/acme-sales"),
        datePublished: new DateOnly(2024, 6, 4));

    [Fact]
    public void Render_WrongChange_WritesAReviewWithEveryPropertySearchEnginesRequireAndRecommend()
    {
        var report = new FactCheckerBuilder().Build().Check(new Document(Text, new DateOnly(2024, 6, 3), source: Source));
        var finding = Assert.Single(report.Findings, f => f.RuleId == "change-arithmetic");

        var review = Assert.Single(Render(report, Publisher).EnumerateArray());

        Assert.Equal("https://schema.org", review.GetProperty("@context").GetString());
        Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
        Assert.Contains("10%", review.GetProperty("claimReviewed").GetString(), StringComparison.Ordinal);
        Assert.Equal($"https://factdesk.example/checks/acme-sales#finding-1-{report.Findings.ToList().IndexOf(finding) + 1}", review.GetProperty("url").GetString());
        var rating = review.GetProperty("reviewRating");
        Assert.Equal("Rating", rating.GetProperty("@type").GetString());
        Assert.Equal(ClaimReviewRenderer.Rating(finding.Severity).AlternateName, rating.GetProperty("alternateName").GetString());
        Assert.InRange(rating.GetProperty("ratingValue").GetInt32(), rating.GetProperty("worstRating").GetInt32(), rating.GetProperty("bestRating").GetInt32());
        var author = review.GetProperty("author");
        Assert.Equal("Organization", author.GetProperty("@type").GetString());
        Assert.Equal("Example Fact Desk", author.GetProperty("name").GetString());
        Assert.Equal("https://factdesk.example/", author.GetProperty("url").GetString());
        Assert.Equal("2024-06-04", review.GetProperty("datePublished").GetString());
        var claim = review.GetProperty("itemReviewed");
        Assert.Equal("Claim", claim.GetProperty("@type").GetString());
        Assert.Equal("2024-06-03", claim.GetProperty("datePublished").GetString());
        Assert.Equal(Source, claim.GetProperty("appearance").GetProperty("url").GetString());
        Assert.Equal(Source, claim.GetProperty("firstAppearance").GetProperty("url").GetString());
        Assert.StartsWith(finding.Message, review.GetProperty("reviewBody").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Severity.Error, 1, "Incorrect")]
    [InlineData(Severity.Warning, 2, "Questionable")]
    [InlineData(Severity.Info, 3, "Needs context")]
    public void Rating_Severity_FollowsTheDocumentedMapping(Severity severity, int value, string name)
        => Assert.Equal((value, name), ClaimReviewRenderer.Rating(severity));

    [Fact]
    public void Render_NoBaseUrl_UsesTheDocumentsSourceAndLeavesOutADocumentWithoutAWebAddress()
    {
        var onTheWeb = Report("https://news.example/a", new Finding("restatement", Severity.Error, "Two figures disagree.", spans: [new TextSpan(0, 12)]));
        var onDisk = Report("drafts/b.txt", new Finding("restatement", Severity.Error, "Two figures disagree.", spans: [new TextSpan(0, 12)]));

        var reviews = Render([onTheWeb, onDisk], new ClaimReviewOptions("Desk")).EnumerateArray().ToList();

        var review = Assert.Single(reviews);
        Assert.Equal("https://news.example/a#finding-1-1", review.GetProperty("url").GetString());
        Assert.Equal("Profits rose", review.GetProperty("claimReviewed").GetString());
        Assert.False(review.TryGetProperty("datePublished", out _));
    }

    [Fact]
    public void Render_SeveralFindings_EachUrlPointsAtItsOwnFindingOnTheHtmlPage()
    {
        var first = Report(
            "https://news.example/a",
            new Finding("time-limit", Severity.Error, "Checking stopped at the time limit."),
            new Finding("restatement", Severity.Error, "Profits are given twice, differently.", spans: [new TextSpan(0, 12)]),
            new Finding("change-arithmetic", Severity.Warning, "5% of £10m is not what was added.", spans: [new TextSpan(13, 15)]));
        var second = Report("https://news.example/b", new Finding("restatement", Severity.Error, "Two figures disagree.", spans: [new TextSpan(0, 12)]));
        var options = new ClaimReviewOptions("Desk", baseUrl: new Uri("https://factdesk.example/checks/today#top"));

        var urls = Render([first, second], options).EnumerateArray().Select(r => r.GetProperty("url").GetString()).ToList();

        // The time limit is about the tool and is not reviewed, but it keeps its number: the page shows it too.
        Assert.Equal(
            ["https://factdesk.example/checks/today#finding-1-2", "https://factdesk.example/checks/today#finding-1-3", "https://factdesk.example/checks/today#finding-2-1"],
            urls);
        var page = new HtmlReportRenderer().RenderToString([first, second]);
        foreach (var (id, message) in new[] { ("finding-1-2", "Profits are given twice"), ("finding-1-3", "5% of £10m"), ("finding-2-1", "Two figures disagree") })
        {
            var at = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
            Assert.True(at >= 0, $"The page has no element {id}.");
            Assert.Contains(message, page[at..page.IndexOf("</li>", at, StringComparison.Ordinal)], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_DocumentsCheckedTogether_ReviewsTheFindingAcrossInTheDocumentItIsAbout()
    {
        var together = CrossDocumentReportRendererTests.Disagreeing();
        var options = new ClaimReviewOptions("Desk", baseUrl: new Uri("https://factdesk.example/checks/tariffs"));

        var review = Assert.Single(RenderTogether(together, options).EnumerateArray());

        Assert.Equal("https://factdesk.example/checks/tariffs#finding-across-1", review.GetProperty("url").GetString());
        Assert.Contains("29%", review.GetProperty("claimReviewed").GetString(), StringComparison.Ordinal);
        Assert.Equal("dawn.txt", review.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("name").GetString());
        var body = review.GetProperty("reviewBody").GetString();
        Assert.Contains("nation.txt", body, StringComparison.Ordinal);
        Assert.Contains("30%", body, StringComparison.Ordinal);
        Assert.Equal("Incorrect", review.GetProperty("reviewRating").GetProperty("alternateName").GetString());
    }

    [Fact]
    public void Render_DocumentsCheckedTogether_EachUrlPointsAtItsFindingOnTheHtmlPageOfThemAll()
    {
        var checker = new FactCheckerBuilder().Build();
        var together = checker.CheckTogether(
        [
            new Document("Pakistani goods now face a 29% tariff in the US.", new DateOnly(2025, 4, 5), source: "https://news.example/dawn"),
            new Document(Text, new DateOnly(2024, 6, 3), source: "https://news.example/acme"),
            new Document("Pakistani goods now face a 30% tariff in the US.", new DateOnly(2025, 4, 5), source: "https://news.example/nation"),
        ]);

        var urls = RenderTogether(together, new ClaimReviewOptions("Desk")).EnumerateArray().Select(r => new Uri(r.GetProperty("url").GetString()!)).ToList();

        // Without a page of their own, each review is on its document's page: the wrong change in the second, the
        // disagreement in the first.
        var acme = together.Reports[1].Findings.ToList().FindIndex(f => f.RuleId == "change-arithmetic");
        Assert.Equal(["https://news.example/acme#finding-2-" + (acme + 1), "https://news.example/dawn#finding-across-1"], urls.Select(u => u.AbsoluteUri));
        var page = new HtmlReportRenderer().RenderToString(together);
        Assert.All(urls, url => Assert.Contains($"id=\"{url.Fragment[1..]}\"", page, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_DocumentsCheckedTogetherWithNoWebAddress_WritesNoReview()
        => Assert.Empty(RenderTogether(CrossDocumentReportRendererTests.Disagreeing(), new ClaimReviewOptions("Desk")).EnumerateArray());

    [Fact]
    public void Render_FindingsAboutTheToolOrBelowTheMinimum_AreLeftOut()
    {
        var report = Report(
            "https://news.example/a",
            new Finding("time-limit", Severity.Error, "Checking stopped at the time limit."),
            new Finding("plausibility", Severity.Info, "A large figure.", spans: [new TextSpan(0, 7)]));

        Assert.Empty(Render(report, Publisher).EnumerateArray());
        Assert.Single(Render(report, new ClaimReviewOptions("Desk", minimumSeverity: Severity.Info)).EnumerateArray());
    }

    [Fact]
    public void Render_TextThatClosesAScriptElement_StaysInsideIt()
    {
        var document = new Document("</script><script>alert(1)</script> rose 5%.", source: "https://news.example/x");
        var report = new FactCheckReport(document, [], [], [new Finding("restatement", Severity.Error, "Bad.", spans: [new TextSpan(0, 34)])]);

        var json = new ClaimReviewRenderer(Publisher).RenderToString(report);

        Assert.DoesNotContain("</script>", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("</script><script>alert(1)</script>", JsonDocument.Parse(json).RootElement[0].GetProperty("claimReviewed").GetString());
    }

    [Theory]
    [InlineData("ftp://example.com/")]
    [InlineData("/relative/page")]
    public void Options_AddressNotOnTheWeb_Throws(string address)
        => Assert.Throws<ArgumentException>(() => new ClaimReviewOptions("Desk", baseUrl: new Uri(address, UriKind.RelativeOrAbsolute)));

    [Fact]
    public void Options_EmptyAuthor_Throws()
        => Assert.ThrowsAny<ArgumentException>(() => new ClaimReviewOptions(" "));

    private static FactCheckReport Report(string source, params Finding[] findings)
        => new(new Document("Profits rose 5% to £10m.", new DateOnly(2024, 1, 2), source: source), [], [], findings);

    private static JsonElement Render(FactCheckReport report, ClaimReviewOptions options) => Render([report], options);

    private static JsonElement RenderTogether(CrossDocumentReport together, ClaimReviewOptions options)
        => JsonDocument.Parse(new ClaimReviewRenderer(options).RenderToString(together)).RootElement.Clone();

    private static JsonElement Render(IReadOnlyList<FactCheckReport> reports, ClaimReviewOptions options)
    {
        var writer = new StringWriter();
        new ClaimReviewRenderer(options).Render(reports, writer);
        return JsonDocument.Parse(writer.ToString()).RootElement.Clone();
    }
}
