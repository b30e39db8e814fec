using FactCheck.Checks.CrossDocument;
using FactCheck.Claims;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Checks.CrossDocument;

public sealed class CrossDocumentCheckTests
{
    private static FactCheckReport Duty(string source, DateOnly published, string value, decimal number)
    {
        var s = new Scenario($"Pakistani goods now face a {value} tariff in the US.", published, source) { Entity = "Pakistan" };
        var m = s.Percent(value, number);
        s.Claim(ClaimKind.Level, $"Pakistani goods now face a {value} tariff in the US", m, subject: "us tariff on pakistan", measure: Measure.Rate);
        return s.Report();
    }

    private static IReadOnlyList<CrossDocumentFinding> Compare(CrossDocumentOptions options, params FactCheckReport[] reports) =>
        new CrossDocumentCheck(options).Compare(reports, CancellationToken.None);

    [Fact]
    public void Compare_TwoDocumentsWithDifferentRatesForTheSameTime_IsErrorNamingBoth()
    {
        var a = Duty("dawn.txt", new DateOnly(2025, 4, 5), "29%", 29);
        var b = Duty("nation.txt", new DateOnly(2025, 4, 6), "30%", 30);

        var found = Assert.Single(Compare(new CrossDocumentOptions(), a, b));

        Assert.Equal("cross-document", found.Finding.RuleId);
        Assert.Equal(Severity.Error, found.Finding.Severity);
        Assert.Equal("nation.txt", found.Finding.OtherDocument);
        Assert.Same(a.Document, found.Document);
        Assert.Same(b.Document, found.OtherDocument);
        Assert.Equal(["c1"], found.Finding.ClaimIds);
        Assert.Equal(["c1"], found.OtherClaimIds);
        Assert.Contains("dawn.txt", found.Finding.Message, StringComparison.Ordinal);
        Assert.Contains("nation.txt", found.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SameRateInBothDocuments_IsSilent()
    {
        Assert.Empty(Compare(new CrossDocumentOptions(), Duty("a.txt", new DateOnly(2025, 4, 5), "29%", 29), Duty("b.txt", new DateOnly(2025, 4, 6), "29%", 29)));
    }

    [Fact]
    public void Compare_PresentTenseClaimsFarApart_AreAboutDifferentTimes()
    {
        var a = Duty("a.txt", new DateOnly(2025, 4, 5), "29%", 29);
        var b = Duty("b.txt", new DateOnly(2025, 6, 5), "30%", 30);

        Assert.Empty(Compare(new CrossDocumentOptions(), a, b));
        Assert.Single(Compare(new CrossDocumentOptions { PresentTenseWindowDays = 90 }, a, b));
    }

    [Fact]
    public void Compare_DocumentsWithTheSameName_AreNumbered()
    {
        var found = Assert.Single(Compare(new CrossDocumentOptions(), Duty("text", new DateOnly(2025, 4, 5), "29%", 29), Duty("text", new DateOnly(2025, 4, 5), "30%", 30)));

        Assert.Contains("text (document 1)", found.Finding.Message, StringComparison.Ordinal);
        Assert.Equal("text (document 2)", found.Finding.OtherDocument);
    }

    [Fact]
    public void CheckTogether_ReturnsOneReportPerDocumentInOrder()
    {
        var checker = new FactCheckerBuilder().Build();
        var documents = new[] { new Document("First.", source: "one"), new Document("Second.", source: "two"), new Document("Third.", source: "three") };

        var result = checker.CheckTogether(documents);

        Assert.Equal(["one", "two", "three"], result.Reports.Select(r => r.Document.Source).ToArray());
    }

    [Fact]
    public void CheckTogether_NullDocument_Throws()
    {
        var checker = new FactCheckerBuilder().Build();

        Assert.Throws<ArgumentNullException>(() => checker.CheckTogether([new Document("x"), null!]));
    }

    [Fact]
    public void AddCrossDocumentCheck_BadOption_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FactCheckerBuilder().AddCrossDocumentCheck(o => o.PresentTenseWindowDays = -1));
    }

    private const string Story = "Acme Motors profit rises\n\nAcme Motors made a pre-tax profit of $410m in 2004, the carmaker said on Tuesday.\n\nThe firm plans to open a plant in Ruritania.\n";

    private static IReadOnlyList<CrossDocumentFinding> Together(string first, string second) =>
        new FactCheckerBuilder().Build().CheckTogether(
            [new Document(first, new DateOnly(2005, 3, 10), source: "story.txt"), new Document(second, new DateOnly(2005, 3, 10), source: "correction.txt")]).Findings;

    [Fact]
    public void CheckTogether_StoryAndItsCorrectionWithTwoValues_IsErrorNamingBoth()
    {
        var correction = "Acme Motors profit rises\n\n(Corrects profit figure in first paragraph)\n\nAcme Motors made a pre-tax profit of $460m in 2004, the carmaker said on Tuesday.\n";

        var found = Assert.Single(Together(Story, correction));

        Assert.Equal("cross-document", found.Finding.RuleId);
        Assert.Contains("Acme Motors' pre-tax profit", found.Finding.Message, StringComparison.Ordinal);
        Assert.Contains("$410m", found.Finding.Message, StringComparison.Ordinal);
        Assert.Contains("$460m", found.Finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckTogether_CorrectionAboutAnotherYear_IsSilent()
    {
        Assert.Empty(Together(Story, "Acme Motors made a pre-tax profit of $460m in 2003, the carmaker said on Tuesday.\n"));
    }

    [Fact]
    public void CheckTogether_CorrectionAboutAnotherEntity_IsSilent()
    {
        Assert.Empty(Together(Story, "Zenith Motors made a pre-tax profit of $460m in 2004, the carmaker said on Tuesday.\n"));
    }

    private const string ProfitStory = "Globex profit rises\n\nGlobex Corp made a profit of $410m in 2004, the firm said on Tuesday.\n\nThe firm plans to open a plant in Ruritania.\n";

    [Fact]
    public void CheckTogether_CorrectionOfAQuantityNamedInOneWord_IsError()
    {
        // "profit" alone names too little within one article, but a story and its correction name one figure.
        var correction = "Globex profit rises\n\n(Corrects profit figure in first paragraph)\n\nGlobex Corp made a profit of $460m in 2004, the firm said on Tuesday.\n";

        var found = Assert.Single(Together(ProfitStory, correction));

        Assert.Contains("$410m", found.Finding.Message, StringComparison.Ordinal);
        Assert.Contains("$460m", found.Finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Globex Corp made a profit of $460m, the firm said on Tuesday.\n")]
    [InlineData("Globex Corp made an operating profit of $460m in 2004, the firm said on Tuesday.\n")]
    public void CheckTogether_QuantityNamedInOneWordWithoutATimeOrNamedOtherwise_IsSilent(string second)
    {
        Assert.Empty(Together(ProfitStory, second));
    }

    [Fact]
    public void CheckTogether_CorrectionOfTheChangeToALevel_IsErrorOnTheChange()
    {
        var story = "Acme Motors said its operating profit fell 46% to 1.6bn euros in 2004, the carmaker said on Tuesday.\n";
        var correction = "Acme Motors said its operating profit fell 51% to 1.6bn euros in 2004, the carmaker said on Tuesday.\n";

        var found = Assert.Single(Together(story, correction));

        Assert.Equal("story.txt gives the change in Acme Motors' operating profit to 1.6bn euros as 46%; correction.txt gives 51% for the same time. Both cannot be true.", found.Finding.Message);
        Assert.Equal("51%", correction[found.OtherSpans[0].Start..found.OtherSpans[0].End]);
    }

    private const string EarningsStory = "Globex earns more from adverts\n\nGlobex Corp earned $187m in the fourth quarter of 2004, helped by a rise in online advertising.\n\nThe firm plans to hire 500 engineers in Lisbon.\n";

    [Fact]
    public void CheckTogether_CorrectionOfASentenceWithoutANamedQuantity_IsError()
    {
        var correction = "Globex earns more from adverts\n\n(Corrects figure in first paragraph)\n\nGlobex Corp earned $206m in the fourth quarter of 2004, helped by a rise in online advertising.\n\nThe firm plans to hire 500 engineers in Lisbon.\n";

        var found = Assert.Single(Together(EarningsStory, correction));

        Assert.Contains("$187m", found.Finding.Message, StringComparison.Ordinal);
        Assert.Contains("$206m", found.Finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Globex Corp earned $206m in the third quarter of 2004, helped by a rise in online advertising.\n")]
    [InlineData("Analysts had expected Globex Corp to earn $206m in the fourth quarter of 2004.\n")]
    [InlineData("Globex Corp earned $187m in the fourth quarter of 2004, helped by a rise in online advertising.\n")]
    public void CheckTogether_SameWordsForAnotherPeriodOrSetAgainstTheFigureOrTheSameValue_AreSilent(string second)
        => Assert.Empty(Together(EarningsStory, second));
}
