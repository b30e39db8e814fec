using FactCheck.Claims;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Checks.PartTotal;

public sealed class PartTotalCheckTests
{
    private static readonly DateOnly Published = new(2025, 4, 5);

    private static IReadOnlyList<Finding> Run(Scenario s, Action<FactCheck.Checks.PartTotal.PartTotalOptions>? configure = null) =>
        s.Run(new FactCheckerBuilder().ClearChecks().AddPartTotalCheck(configure));

    [Fact]
    public void Check_XOfYWithTheWrongPercent_IsErrorWithTheRightPercent()
    {
        var s = new Scenario("The firm cut 300 of its 1,200 jobs (20%).", Published);
        s.Number("300", 300m);
        s.Number("1,200", 1_200m);
        s.Percent("20%", 20);

        var finding = Assert.Single(Run(s));

        Assert.Equal("part-total", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("should read 25%", finding.Suggestion);
        Assert.Equal(25m, finding.Computation!.Result);
    }

    [Theory]
    [InlineData("The firm cut 300 of its 1,200 jobs (25%).", "25%", 25)]
    [InlineData("The firm cut 300 of its 1,200 jobs, or 25%, last year.", "25%", 25)]
    [InlineData("The firm cut 25% (300 of 1,200) of its jobs.", "25%", 25)]
    [InlineData("The firm cut 300 of its 1,200 jobs, or about a quarter.", null, 0)]
    public void Check_XOfYThatComputes_IsSilent(string text, string? percentText, double percent)
    {
        var s = new Scenario(text, Published);
        if (percentText is not null && text.IndexOf(percentText, StringComparison.Ordinal) < text.IndexOf("300", StringComparison.Ordinal))
        {
            s.Percent(percentText, (decimal)percent);
        }

        s.Number("300", 300m);
        s.Number("1,200", 1_200m);
        if (percentText is not null && text.IndexOf(percentText, StringComparison.Ordinal) > text.IndexOf("300", StringComparison.Ordinal))
        {
            s.Percent(percentText, (decimal)percent);
        }

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_ReversedPercentBeforeXOfY_IsChecked()
    {
        var s = new Scenario("The firm cut 30% (300 of 1,200) of its jobs.", Published);
        s.Percent("30%", 30);
        s.Number("300", 300m);
        s.Number("1,200", 1_200m);

        Assert.Equal("should read 25%", Assert.Single(Run(s)).Suggestion);
    }

    [Fact]
    public void Check_PartLargerThanWhole_IsError()
    {
        var s = new Scenario("Some 1,500 of the 1,200 staff went on strike.", Published);
        s.Number("1,500", 1_500m);
        s.Number("1,200", 1_200m);

        var finding = Assert.Single(Run(s));
        Assert.Contains("larger than its whole", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HedgedPercentWithinTolerance_IsSilent()
    {
        // 310 of 1,200 is 25.8%: "about 25%" (23.75 to 26.25 as recognized) allows it.
        var s = new Scenario("The firm cut 310 of its 1,200 jobs, or about 25%.", Published);
        s.Number("310", 310m);
        s.Number("1,200", 1_200m);
        s.Percent("about 25%", 25, qualifier: FactCheck.Recognition.Qualifier.Approximately, low: 23.75m, high: 26.25m);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_SharesOfOneWholeAbove100_IsWarning()
    {
        var s = new Scenario("Of its exports, 60% went to the US, 30% to the EU and 25% to China.", Published);
        var a = s.Percent("60%", 60);
        var b = s.Percent("30%", 30);
        var c = s.Percent("25%", 25);
        s.Claim(ClaimKind.Share, "60% went to the US", a, subject: "exports", measure: Measure.Share);
        s.Claim(ClaimKind.Share, "30% to the EU", b, subject: "exports", measure: Measure.Share);
        s.Claim(ClaimKind.Share, "25% to China", c, subject: "exports", measure: Measure.Share);

        var finding = Assert.Single(Run(s));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(["c1", "c2", "c3"], finding.ClaimIds);
        Assert.Equal(115m, finding.Computation!.Result);
    }

    [Fact]
    public void Check_SharesOfOneWholeUpTo100WithRounding_AreSilent()
    {
        var s = new Scenario("Of its exports, 34% went to the US, 33% to the EU and 34% to China.", Published);
        var a = s.Percent("34%", 34);
        var b = s.Percent("33%", 33);
        var c = s.Percent("34%", 34, occurrence: 1);
        s.Claim(ClaimKind.Share, "34% went to the US", a, subject: "exports", measure: Measure.Share);
        s.Claim(ClaimKind.Share, "33% to the EU", b, subject: "exports", measure: Measure.Share);
        s.Claim(ClaimKind.Share, "34% to China", c, subject: "exports", measure: Measure.Share, clauseOccurrence: 0);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_CountAndPercentageOfTheSameGroupThatDisagree_IsError()
    {
        var s = new Scenario("Of the 200 staff, 50 were laid off. In all, 40% of staff lost their jobs.", Published);
        var whole = s.Number("200", 200m);
        var part = s.Number("50", 50m);
        var pct = s.Percent("40%", 40);
        s.Claim(ClaimKind.Share, "Of the 200 staff, 50 were laid off", part, [whole], subject: "staff", measure: Measure.Share);
        s.Claim(ClaimKind.Share, "40% of staff lost their jobs", pct, subject: "staff", measure: Measure.Share);

        var finding = Assert.Single(Run(s));

        Assert.Equal(["c1", "c2"], finding.ClaimIds);
        Assert.Equal("should read 25%", finding.Suggestion);
    }

    [Fact]
    public void Check_CountAndPercentageRepeatedManyTimes_EachCountMeetsOnlyNearbyPercentages()
    {
        const int times = 150;
        var counts = new List<Claim>();
        var percentages = new List<Claim>();
        var s = Scenario.Repeated("Of the 200 staff, 50 were laid off. In all, 40% of staff lost their jobs. ", times, Published, (copy, k) =>
        {
            var whole = copy.Number("200", 200m, occurrence: k);
            counts.Add(copy.Claim(ClaimKind.Share, "Of the 200 staff, 50 were laid off", copy.Number("50", 50m, occurrence: k), [whole], subject: "staff", measure: Measure.Share, clauseOccurrence: k));
            percentages.Add(copy.Claim(ClaimKind.Share, "40% of staff lost their jobs", copy.Percent("40%", 40, occurrence: k), subject: "staff", measure: Measure.Share, clauseOccurrence: k));
        });

        var findings = Run(s);

        // Set against every percentage in the text, the findings would number 150 * 150 = 22,500.
        Assert.All(Enumerable.Range(0, times), k => Assert.Contains(findings, f => f.ClaimIds.SequenceEqual([counts[k].Id, percentages[k].Id])));
        Assert.InRange(findings.Count, times, times * 2 * 16); // the 16 nearest claims of the group on each side
    }

    [Fact]
    public void Check_SharesTooLargeToAddUp_AreLeftToThePlausibilityCheck()
    {
        // Their sum is beyond what a decimal holds; each share above 100% is the plausibility check's finding.
        var s = new Scenario("Of sales, 50000000000000000000000000000% went to the US and 50000000000000000000000000000% to the EU.", Published);
        s.Claim(ClaimKind.Share, "50000000000000000000000000000% went to the US", s.Percent("50000000000000000000000000000%", 50_000_000_000_000_000_000_000_000_000m), subject: "sales", measure: Measure.Share);
        s.Claim(ClaimKind.Share, "50000000000000000000000000000% to the EU", s.Percent("50000000000000000000000000000%", 50_000_000_000_000_000_000_000_000_000m, occurrence: 1), subject: "sales", measure: Measure.Share, clauseOccurrence: 0);

        Assert.Empty(Run(s));
        Assert.Equal(2, s.Run(new FactCheckerBuilder().ClearChecks().AddPlausibilityCheck()).Count);
    }
}
