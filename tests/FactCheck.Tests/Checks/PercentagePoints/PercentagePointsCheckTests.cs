using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Checks.PercentagePoints;

public sealed class PercentagePointsCheckTests
{
    private static readonly DateOnly Published = new(2025, 4, 5);

    private static IReadOnlyList<Finding> Run(Scenario s, Action<FactCheck.Checks.PercentagePoints.PercentagePointsOptions>? configure = null) =>
        s.Run(new FactCheckerBuilder().ClearChecks().AddPercentagePointsCheck(configure));

    private static Scenario Rate(string text, string clause, string toText, decimal to, string byText, decimal by, string fromText, decimal from, ChangeDirection direction, Qualifier qualifier = Qualifier.None, decimal? low = null, decimal? high = null)
    {
        var s = new Scenario(text, Published);
        var t = s.Percent(toText, to, decimals: toText.Contains('.') ? 1 : 0);
        var b = s.Percent(byText, by, decimals: byText.Contains('.') ? 1 : 0, qualifier: qualifier, low: low, high: high);
        var f = s.Percent(fromText, from, decimals: fromText.Contains('.') ? 1 : 0);
        s.Claim(ClaimKind.FromTo, clause, t, [b, f], direction, from, "duty on exports", Measure.Rate);
        return s;
    }

    [Fact]
    public void Check_Up19PercentFor10To29_IsWarningWithPointsAndPercent()
    {
        var s = Rate("Exports now face a 29% duty, up 19% from the earlier 10%.", "Exports now face a 29% duty, up 19% from the earlier 10%", "29%", 29, "19%", 19, "10%", 10, ChangeDirection.Up);

        var finding = Assert.Single(Run(s));

        Assert.Equal("percentage-points", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("should read 19 percentage points, or 190%", finding.Suggestion);
        Assert.Equal(190m, finding.Computation!.Result);
        Assert.Equal(19m, finding.Computation.Inputs["points"]);
        Assert.Equal(["c1"], finding.ClaimIds);
        Assert.Contains(s.Find("19%"), finding.Spans);
    }

    [Fact]
    public void Check_MessageRenderedInGerman_WritesItsOwnNumbersTheGermanWayAndQuotesTheTextAsWritten()
    {
        var s = Rate("The duty rose 1.5% from 10.5% to 12%.", "The duty rose 1.5% from 10.5% to 12%", "12%", 12, "1.5%", 1.5m, "10.5%", 10.5m, ChangeDirection.Up);

        var finding = Assert.Single(Run(s));
        var german = finding.RenderMessage(System.Globalization.CultureInfo.GetCultureInfo("de-DE"));

        Assert.Contains("1,5 percentage points", german, StringComparison.Ordinal);
        Assert.Contains("14,3%", german, StringComparison.Ordinal);
        Assert.Contains("\u201C1.5%\u201D", german, StringComparison.Ordinal);
        Assert.Contains("1.5 percentage points", finding.Message, StringComparison.Ordinal);
        Assert.Contains("14.3%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Fell3PercentFor10To7_IsWarningWithPointsAndPercent()
    {
        var s = Rate("The rate was cut to 7%, having fallen 3% from 10%.", "The rate was cut to 7%, having fallen 3% from 10%", "7%", 7, "3%", 3, "10%", 10, ChangeDirection.Down);

        var finding = Assert.Single(Run(s));

        Assert.Equal("should read 3 percentage points, or 30%", finding.Suggestion);
        Assert.Contains("fall", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The rate rose 190% to 29% from 10%.", "190%", 190)]
    [InlineData("The rate rose 19 points to 29% from 10%.", null, 0)]
    public void Check_CorrectUses_AreSilent(string text, string? byText, double by)
    {
        var s = new Scenario(text, Published);
        var to = s.Percent("29%", 29);
        var from = s.Percent("10%", 10);
        var others = new List<int> { from };
        if (byText is not null)
        {
            others.Add(s.Percent(byText, (decimal)by));
        }
        else
        {
            others.Add(s.Points("19 points", 19));
        }

        s.Claim(ClaimKind.FromTo, text.TrimEnd('.'), to, others.ToArray(), ChangeDirection.Up, 10m, "rate", Measure.Rate);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_RelativeChangeWithinRounding_IsSilent()
    {
        // 4.0% to 4.2% is +5% in relative terms (4.95% to 4.05 → 4.25 gives 3.7% to 6.3%): "rose 5%" is right.
        var s = Rate("Inflation rose 5% to 4.2% from 4.0%.", "Inflation rose 5% to 4.2% from 4.0%", "4.2%", 4.2m, "5%", 5, "4.0%", 4.0m, ChangeDirection.Up);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_PercentThatFitsNeitherReading_IsLeftToChangeArithmetic()
    {
        var s = Rate("Exports now face a 29% duty, up 50% from the earlier 10%.", "Exports now face a 29% duty, up 50% from the earlier 10%", "29%", 29, "50%", 50, "10%", 10, ChangeDirection.Up);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_SeverityOption_IsUsed()
    {
        var s = Rate("Exports now face a 29% duty, up 19% from the earlier 10%.", "Exports now face a 29% duty, up 19% from the earlier 10%", "29%", 29, "19%", 19, "10%", 10, ChangeDirection.Up);

        Assert.Equal(Severity.Error, Assert.Single(Run(s, o => o.Severity = Severity.Error)).Severity);
    }

    [Fact]
    public void Check_ChangeFromATinyToAHugePercentage_IsPassedOverAndTheOthersAreStillChecked()
    {
        // The relative change from 0.000000001% to 100000000000000000000% is beyond what a decimal holds.
        var s = new Scenario("Exports face a 100000000000000000000% duty, up 19% from 0.000000001%. Imports now face a 29% duty, up 19% from the earlier 10%.", Published);
        var huge = s.Percent("100000000000000000000%", 100_000_000_000_000_000_000m);
        var tiny = s.Percent("0.000000001%", 0.000000001m, decimals: 9);
        s.Claim(ClaimKind.FromTo, "Exports face a 100000000000000000000% duty, up 19% from 0.000000001%", huge, [s.Percent("19%", 19), tiny], ChangeDirection.Up, 0.000000001m, "duty on exports", Measure.Rate);
        var to = s.Percent("29%", 29);
        var by = s.Percent("19%", 19, occurrence: 1);
        var from = s.Percent("10%", 10);
        s.Claim(ClaimKind.FromTo, "Imports now face a 29% duty, up 19% from the earlier 10%", to, [by, from], ChangeDirection.Up, 10m, "duty on imports", Measure.Rate);

        var finding = Assert.Single(Run(s));

        Assert.Equal("should read 19 percentage points, or 190%", finding.Suggestion);
    }

    private static IReadOnlyList<Finding> Article(string text) =>
        new FactCheckerBuilder().ClearChecks().AddPercentagePointsCheck().Build()
            .Check(new Document(text, new DateOnly(2005, 3, 10), source: "article.txt")).Findings;

    [Fact]
    public void Check_ChangeInPointsExactlyAsWrittenThoughRoundingLetsItPassAsPercent_IsWarning()
    {
        // "18%" may stand for 17.6%, which is 0.5% above 17.5%; but as written 18% is 0.5 points and 2.9% above 17.5%.
        var finding = Assert.Single(Article("Initech Corp said it increased spending on research by 18% in 2004, up 0.5% from 17.5% in 2003."));

        Assert.Equal("percentage-points", finding.RuleId);
        Assert.Contains("rise of 0.5 percentage points", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2.9%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ChangeInPercentAsWritten_IsSilent()
    {
        Assert.Empty(Article("Initech Corp said it increased spending on research by 18% in 2004, up 2.9% from 17.5% in 2003."));
    }
}
