using FactCheck.Claims;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Checks.Plausibility;

public sealed class PlausibilityCheckTests
{
    private static readonly DateOnly Published = new(2025, 4, 5);

    private static IReadOnlyList<Finding> Run(Scenario s, Action<FactCheck.Checks.Plausibility.PlausibilityOptions>? configure = null) =>
        s.Run(new FactCheckerBuilder().ClearChecks().AddPlausibilityCheck(configure));

    [Fact]
    public void Check_ShareAbove100_IsError()
    {
        var s = new Scenario("Some 120% of its exports go to the US.", Published);
        var m = s.Percent("120%", 120);
        s.Claim(ClaimKind.Share, "120% of its exports go to the US", m, subject: "exports", measure: Measure.Share);

        var finding = Assert.Single(Run(s));

        Assert.Equal("plausibility", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(["c1"], finding.ClaimIds);
    }

    [Theory]
    [InlineData("Debt stands at 120% of GDP.")]
    [InlineData("Output reached 120% of its pre-pandemic level.")]
    public void Check_RatiosThatMayExceed100_AreSilent(string text)
    {
        var s = new Scenario(text, Published);
        var m = s.Percent("120%", 120);
        s.Claim(ClaimKind.Share, text.TrimEnd('.'), m, subject: "debt", measure: Measure.Share);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_ShareOf100_IsSilent()
    {
        var s = new Scenario("All 100% of its exports go to the US.", Published);
        var m = s.Percent("100%", 100);
        s.Claim(ClaimKind.Share, "100% of its exports go to the US", m, subject: "exports", measure: Measure.Share);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_NegativeCount_IsError()
    {
        var s = new Scenario("The survey counted -40 households.", Published);
        var m = s.Number("-40", -40m);
        s.Claim(ClaimKind.Level, "The survey counted -40 households", m, subject: "households", measure: Measure.Count);

        Assert.Contains("cannot be negative", Assert.Single(Run(s)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NegativeTariffIsError_ButNegativeInterestRateIsNot()
    {
        var tariff = new Scenario("Cars face a -5% tariff.", Published);
        var m = tariff.Percent("-5%", -5);
        tariff.Claim(ClaimKind.Level, "Cars face a -5% tariff", m, subject: "tariff on cars", measure: Measure.Rate);
        Assert.Single(Run(tariff));

        var interest = new Scenario("The central bank kept its rate at -0.5%.", Published);
        m = interest.Percent("-0.5%", -0.5m, decimals: 1);
        interest.Claim(ClaimKind.Level, "The central bank kept its rate at -0.5%", m, subject: "interest rate", measure: Measure.Rate);
        Assert.Empty(Run(interest));
    }

    [Fact]
    public void Check_PointChangeAbove100_IsError()
    {
        var s = new Scenario("Turnout rose 120 percentage points.", Published);
        s.Points("120 percentage points", 120);

        var finding = Assert.Single(Run(s));
        Assert.Contains("100 percentage points", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PointChangeBelowTheLimit_IsSilent()
    {
        var s = new Scenario("Turnout rose 12 percentage points.", Published);
        s.Points("12 percentage points", 12);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void AddPlausibilityCheck_NegativeLimit_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FactCheckerBuilder().AddPlausibilityCheck(o => o.MaxShare = -1m));

    [Fact]
    public void Check_PointChangeBeyondWhatADecimalCanSquare_IsError()
    {
        var s = new Scenario("Turnout rose 100000000000000000000 percentage points.", Published);
        s.Points("100000000000000000000 percentage points", 100_000_000_000_000_000_000m);

        var finding = Assert.Single(Run(s));
        Assert.Contains("100 percentage points", finding.Message, StringComparison.Ordinal);
    }
}
