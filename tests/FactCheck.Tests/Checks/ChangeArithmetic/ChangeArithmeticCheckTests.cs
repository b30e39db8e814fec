using FactCheck.Checks;
using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Checks.ChangeArithmetic;

public sealed class ChangeArithmeticCheckTests
{
    private static readonly DateOnly Published = new(2025, 4, 5);

    private static IReadOnlyList<Finding> Run(Scenario s, Action<FactCheck.Checks.ChangeArithmetic.ChangeArithmeticOptions>? configure = null) =>
        s.Run(new FactCheckerBuilder().ClearChecks().AddChangeArithmeticCheck(configure));

    private static Scenario FromTo(string text, string clause, int to, int from, int change, ChangeDirection direction, Scenario s, decimal previous, ClaimKind kind = ClaimKind.FromTo)
    {
        s.Claim(kind, clause, to, [from, change], direction, previous, "sales", Measure.Amount);
        return s;
    }

    [Fact]
    public void Check_PercentThatDoesNotFollowFromMoney_IsErrorWithTheRightPercent()
    {
        var s = new Scenario("Sales rose 20% to £5bn from £4bn last year.", Published);
        var by = s.Percent("20%", 20);
        var to = s.Money("£5bn", 5_000_000_000m, "GBP");
        var from = s.Money("£4bn", 4_000_000_000m, "GBP");
        FromTo(s.Text, "Sales rose 20% to £5bn from £4bn", to, from, by, ChangeDirection.Up, s, 4_000_000_000m);

        var finding = Assert.Single(Run(s));

        Assert.Equal("change-arithmetic", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("should read 25%", finding.Suggestion);
        Assert.Equal(25m, finding.Computation!.Result);
        Assert.Equal(["c1"], finding.ClaimIds);
        Assert.Contains(s.Find("20%"), finding.Spans);
        Assert.Contains("25%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PercentThatFitsOnlyAtTheEdgesOfRounding_IsWarning()
    {
        // "£5bn" may stand for 4.5bn to 5.5bn and "£4bn" for 3.5bn to 4.5bn: 4.2bn to 5.04bn is +20%, but as written it is +25%.
        var s = new Scenario("Sales rose 20% to £5bn from £4bn last year.", Published);
        var by = s.Percent("20%", 20);
        var to = s.Money("£5bn", 5_000_000_000m, "GBP", low: 4_500_000_000m, high: 5_500_000_000m);
        var from = s.Money("£4bn", 4_000_000_000m, "GBP", low: 3_500_000_000m, high: 4_500_000_000m);
        FromTo(s.Text, "Sales rose 20% to £5bn from £4bn", to, from, by, ChangeDirection.Up, s, 4_000_000_000m);

        var finding = Assert.Single(Run(s));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("should read 25%", finding.Suggestion);
        Assert.Empty(Run(s, o => o.ReportRoundingConflicts = false));
    }

    [Fact]
    public void Check_PercentAboveWithOneDecimal_SuggestsOneDecimal()
    {
        var s = new Scenario("The deficit reached $671.7bn, 24.4% above $496.5bn a year earlier.", Published);
        var to = s.Money("$671.7bn", 671_700_000_000m, "USD");
        var by = s.Percent("24.4%", 24.4m, decimals: 1);
        var from = s.Money("$496.5bn", 496_500_000_000m, "USD");
        FromTo(s.Text, "The deficit reached $671.7bn, 24.4% above $496.5bn", to, from, by, ChangeDirection.Up, s, 496_500_000_000m, ClaimKind.Comparison);

        var finding = Assert.Single(Run(s));

        // 671.7 / 496.5 = 1.3529: 35.3% above, not 24.4%.
        Assert.Equal("should read 35.3%", finding.Suggestion);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Check_CorrectPercentChange_IsSilent()
    {
        var s = new Scenario("Sales rose 25% to £5bn from £4bn last year.", Published);
        var by = s.Percent("25%", 25);
        var to = s.Money("£5bn", 5_000_000_000m, "GBP");
        var from = s.Money("£4bn", 4_000_000_000m, "GBP");
        FromTo(s.Text, "Sales rose 25% to £5bn from £4bn", to, from, by, ChangeDirection.Up, s, 4_000_000_000m);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_HedgedPercentWithinItsInterval_IsSilentButTheBareFigureIsNot()
    {
        // $1bn to $1.29bn is +29%: "almost 30%" allows it, a bare "30%" (29.5 to 30.5) does not.
        var hedged = new Scenario("Revenue rose almost 30% to $1.29bn from $1bn.", Published);
        var by = hedged.Percent("almost 30%", 30, qualifier: Qualifier.Nearly, low: 27m, high: 30m);
        var to = hedged.Money("$1.29bn", 1_290_000_000m, "USD");
        var from = hedged.Money("$1bn", 1_000_000_000m, "USD");
        FromTo(hedged.Text, "Revenue rose almost 30% to $1.29bn from $1bn", to, from, by, ChangeDirection.Up, hedged, 1_000_000_000m);
        Assert.Empty(Run(hedged));

        var bare = new Scenario("Revenue rose 30% to $1.29bn from $1bn.", Published);
        by = bare.Percent("30%", 30);
        to = bare.Money("$1.29bn", 1_290_000_000m, "USD");
        from = bare.Money("$1bn", 1_000_000_000m, "USD");
        FromTo(bare.Text, "Revenue rose 30% to $1.29bn from $1bn", to, from, by, ChangeDirection.Up, bare, 1_000_000_000m);
        Assert.Equal("should read 29%", Assert.Single(Run(bare)).Suggestion);
    }

    [Fact]
    public void Check_PercentToleranceOption_WidensWhatAgrees()
    {
        var s = new Scenario("Revenue rose 30% to $1.29bn from $1bn.", Published);
        var by = s.Percent("30%", 30);
        var to = s.Money("$1.29bn", 1_290_000_000m, "USD");
        var from = s.Money("$1bn", 1_000_000_000m, "USD");
        FromTo(s.Text, "Revenue rose 30% to $1.29bn from $1bn", to, from, by, ChangeDirection.Up, s, 1_000_000_000m);

        Assert.Empty(Run(s, o => o.PercentTolerance = 1m));
    }

    [Fact]
    public void Check_DoubledWhenItRoseTwoAndAHalfTimes_IsError()
    {
        var s = new Scenario("Output doubled from 10 to 25 tonnes.", Published);
        var doubled = s.Multiplier("doubled", 2m);
        var from = s.Number("10", 10m);
        var to = s.Number("25", 25m);
        s.Claim(ClaimKind.FromTo, "Output doubled from 10 to 25 tonnes", to, [from, doubled], ChangeDirection.Up, 10m, "output", Measure.Amount);

        var finding = Assert.Single(Run(s));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("should read 2.5 times", finding.Suggestion);
        Assert.Equal(2.5m, finding.Computation!.Result);
    }

    [Theory]
    [InlineData("Output doubled from 10 to 20 tonnes.", "doubled", 2, "10", 10, "20", 20)]
    [InlineData("Output doubled from 10 to 20.5 tonnes.", "doubled", 2, "10", 10, "20.5", 20.5)]
    [InlineData("The price halved from $8 to $4.", "halved", 0.5, "$8", 8, "$4", 4)]
    [InlineData("Exports grew 2.9 times from 10 to 29 units.", "2.9 times", 2.9, "10", 10, "29", 29)]
    [InlineData("Costs are a third higher at 133 from 100.", "a third higher", 1.3333333333, "100", 100, "133", 133)]
    public void Check_RatioThatFits_IsSilent(string text, string ratioText, double ratio, string fromText, double fromValue, string toText, double toValue)
    {
        var s = new Scenario(text, Published);
        var r = s.Multiplier(ratioText, (decimal)ratio, decimals: ratioText.Contains('.') ? 1 : 0);
        var from = s.Number(fromText, (decimal)fromValue);
        var to = s.Number(toText, (decimal)toValue);
        s.Claim(ClaimKind.FromTo, text.TrimEnd('.'), to, [from, r], ChangeDirection.None, (decimal)fromValue, "output", Measure.Amount);

        Assert.Empty(Run(s));
    }

    [Theory]
    [InlineData("The price halved from $8 to $5.", "halved", 0.5, "$8", 8, "$5", 5, "should read 0.63 times")]
    [InlineData("Exports grew 2.9 times from 10 to 40 units.", "2.9 times", 2.9, "10", 10, "40", 40, "should read 4 times")]
    [InlineData("Costs are a third higher at 150 from 100.", "a third higher", 1.3333333333, "100", 100, "150", 150, "should read 1.5 times")]
    public void Check_RatioThatDoesNotFit_IsError(string text, string ratioText, double ratio, string fromText, double fromValue, string toText, double toValue, string suggestion)
    {
        var s = new Scenario(text, Published);
        var r = s.Multiplier(ratioText, (decimal)ratio, decimals: ratioText.Contains('.') ? 1 : 0);
        var from = s.Number(fromText, (decimal)fromValue);
        var to = s.Number(toText, (decimal)toValue);
        s.Claim(ClaimKind.FromTo, text.TrimEnd('.'), to, [from, r], ChangeDirection.None, (decimal)fromValue, "output", Measure.Amount);

        var finding = Assert.Single(Run(s));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(suggestion, finding.Suggestion);
    }

    [Fact]
    public void Check_LinkedDoubleOfARateThatRoseFrom10To29_IsError()
    {
        var s = new Scenario("Exports now face a 29% duty, up from the earlier 10%. The new duty is double the earlier rate.", Published);
        var to = s.Percent("29%", 29);
        var from = s.Percent("10%", 10);
        var doubled = s.Multiplier("double", 2m);
        var pair = s.Claim(ClaimKind.FromTo, "Exports now face a 29% duty, up from the earlier 10%", to, [from], ChangeDirection.Up, 10m, "duty on exports", Measure.Rate);
        s.Claim(ClaimKind.Comparison, "The new duty is double the earlier rate", doubled, subject: "duty on exports", measure: Measure.Rate, related: [pair.Id]);

        var finding = Assert.Single(Run(s));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(["c1", "c2"], finding.ClaimIds);
        Assert.Equal("should read 2.9 times", finding.Suggestion);
        Assert.Contains(s.Find("double"), finding.Spans);
    }

    [Fact]
    public void Check_LinkedBySubjectKeyAlone_IsFound()
    {
        var s = new Scenario("Exports now face a 29% duty, up from the earlier 10%. The new duty is triple the earlier rate.", Published);
        var to = s.Percent("29%", 29);
        var from = s.Percent("10%", 10);
        var tripled = s.Multiplier("triple", 3m);
        s.Claim(ClaimKind.FromTo, "Exports now face a 29% duty, up from the earlier 10%", to, [from], ChangeDirection.Up, 10m, "duty on exports", Measure.Rate);
        s.Claim(ClaimKind.Comparison, "The new duty is triple the earlier rate", tripled, subject: "duty on exports", measure: Measure.Rate);

        // 28.5/10.5 to 29.5/9.5 is 2.71 to 3.11 times: "triple" (2.85 to 3.15 with the default 5%) fits.
        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_FellWhenTheValueRose_IsError()
    {
        var s = new Scenario("Profits fell to $5m from $4m.", Published);
        var to = s.Money("$5m", 5_000_000m, "USD");
        var from = s.Money("$4m", 4_000_000m, "USD");
        s.Claim(ClaimKind.FromTo, "Profits fell to $5m from $4m", to, [from], ChangeDirection.Down, 4_000_000m, "profits", Measure.Amount);

        var finding = Assert.Single(Run(s));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("rose", finding.Message, StringComparison.Ordinal);
        Assert.Equal("describe it as a rise", finding.Suggestion);
    }

    [Fact]
    public void Check_TimesHigherThatFitsOnlyAsOneMore_IsWarning()
    {
        var s = new Scenario("Sales are three times higher at $40m, from $10m.", Published);
        var times = s.Multiplier("three times higher", 3m);
        var to = s.Money("$40m", 40_000_000m, "USD");
        var from = s.Money("$10m", 10_000_000m, "USD");
        s.Claim(ClaimKind.FromTo, "Sales are three times higher at $40m, from $10m", to, [from, times], ChangeDirection.Up, 10_000_000m, "sales", Measure.Amount);

        var finding = Assert.Single(Run(s));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("should read 4 times the earlier value", finding.Suggestion);
    }

    [Fact]
    public void Check_PercentBetweenPercentagesRightInPoints_IsLeftToThePercentagePointsRule()
    {
        var s = new Scenario("Exports now face a 29% duty, up 19% from the earlier 10%.", Published);
        var to = s.Percent("29%", 29);
        var by = s.Percent("19%", 19);
        var from = s.Percent("10%", 10);
        s.Claim(ClaimKind.FromTo, "Exports now face a 29% duty, up 19% from the earlier 10%", to, [by, from], ChangeDirection.Up, 10m, "duty on exports", Measure.Rate);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_PercentBetweenPercentagesWrongBothWays_IsErrorNamingPointsAndPercent()
    {
        var s = new Scenario("Exports now face a 29% duty, up 50% from the earlier 10%.", Published);
        var to = s.Percent("29%", 29);
        var by = s.Percent("50%", 50);
        var from = s.Percent("10%", 10);
        s.Claim(ClaimKind.FromTo, "Exports now face a 29% duty, up 50% from the earlier 10%", to, [by, from], ChangeDirection.Up, 10m, "duty on exports", Measure.Rate);

        var finding = Assert.Single(Run(s));

        Assert.Equal("should read 19 percentage points, or 190%", finding.Suggestion);
    }

    [Fact]
    public void Check_PointsThatDoNotFit_IsError()
    {
        var s = new Scenario("Unemployment rose 2 percentage points to 7.5% from 4.5%.", Published);
        var by = s.Points("2 percentage points", 2);
        var to = s.Percent("7.5%", 7.5m, decimals: 1);
        var from = s.Percent("4.5%", 4.5m, decimals: 1);
        s.Claim(ClaimKind.FromTo, "Unemployment rose 2 percentage points to 7.5% from 4.5%", to, [by, from], ChangeDirection.Up, 4.5m, "unemployment", Measure.Rate);

        var finding = Assert.Single(Run(s));

        Assert.Equal("should read 3 percentage points", finding.Suggestion);
    }

    [Fact]
    public void Check_AbsoluteChangeThatDoesNotFit_IsError()
    {
        var s = new Scenario("Debt rose by $2bn to $9bn from $8bn.", Published);
        var by = s.Money("$2bn", 2_000_000_000m, "USD");
        var to = s.Money("$9bn", 9_000_000_000m, "USD");
        var from = s.Money("$8bn", 8_000_000_000m, "USD");
        s.Claim(ClaimKind.FromTo, "Debt rose by $2bn to $9bn from $8bn", to, [by, from], ChangeDirection.Up, 8_000_000_000m, "debt", Measure.Amount);

        var finding = Assert.Single(Run(s));

        Assert.Equal("should read USD 1,000,000,000", finding.Suggestion);
    }

    [Fact]
    public void AddChangeArithmeticCheck_NegativeTolerance_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FactCheckerBuilder().AddChangeArithmeticCheck(o => o.PercentTolerance = -1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FactCheckerBuilder().AddChangeArithmeticCheck(o => o.Severity = (Severity)42));
    }

    [Fact]
    public void Check_SeverityOption_IsUsed()
    {
        var s = new Scenario("Output doubled from 10 to 25 tonnes.", Published);
        var doubled = s.Multiplier("doubled", 2m);
        var from = s.Number("10", 10m);
        var to = s.Number("25", 25m);
        s.Claim(ClaimKind.FromTo, "Output doubled from 10 to 25 tonnes", to, [from, doubled], ChangeDirection.Up, 10m, "output", Measure.Amount);

        Assert.Equal(Severity.Warning, Assert.Single(Run(s, o => o.Severity = Severity.Warning)).Severity);
    }

    [Fact]
    public void Check_PairAndItsChangeRepeatedManyTimes_EachPairMeetsOnlyNearbyChanges()
    {
        const int times = 150;
        var pairs = new List<Claim>();
        var doubles = new List<Claim>();
        var s = Scenario.Repeated("Exports now face a 29% duty, up from the earlier 10%. The new duty is double the earlier rate. ", times, Published, (copy, k) =>
        {
            var to = copy.Percent("29%", 29, occurrence: k);
            var from = copy.Percent("10%", 10, occurrence: k);
            pairs.Add(copy.Claim(ClaimKind.FromTo, "Exports now face a 29% duty, up from the earlier 10%", to, [from], ChangeDirection.Up, 10m, "duty on exports", Measure.Rate, clauseOccurrence: k));
            var doubled = copy.Multiplier("double", 2m, occurrence: k);
            doubles.Add(copy.Claim(ClaimKind.Comparison, "The new duty is double the earlier rate", doubled, subject: "duty on exports", measure: Measure.Rate, clauseOccurrence: k));
        });

        var findings = Run(s);

        // Every pair is told that its own "double" is wrong; set against every "double" in the text, the findings
        // would number 150 * 150 = 22,500 and grow with the square of the document.
        Assert.All(Enumerable.Range(0, times), k => Assert.Contains(findings, f => f.ClaimIds.SequenceEqual([pairs[k].Id, doubles[k].Id])));
        Assert.InRange(findings.Count, times, times * 2 * 16); // the 16 nearest claims of the subject on each side
    }

    [Fact]
    public void Check_ChangesBeyondWhatADecimalHolds_ArePassedOverAndTheOthersAreStillChecked()
    {
        // 0.000000001 to 100000000000000000000 is a rise of 10^31 %; -79000000000000000000000000000 to
        // 79000000000000000000000000000 a difference of 1.58 * 10^29: neither fits in a decimal.
        var s = new Scenario(
            "Output rose 5% to 100000000000000000000 from 0.000000001. Stocks fell to 79000000000000000000000000000 from -79000000000000000000000000000. Profits fell to $5m from $4m.",
            Published);
        var huge = s.Number("100000000000000000000", 100_000_000_000_000_000_000m);
        s.Claim(ClaimKind.FromTo, "Output rose 5% to 100000000000000000000 from 0.000000001", huge, [s.Number("0.000000001", 0.000000001m), s.Percent("5%", 5)], ChangeDirection.Up, 0.000000001m, "output", Measure.Amount);
        var top = s.Number("79000000000000000000000000000", 79_000_000_000_000_000_000_000_000_000m);
        s.Claim(ClaimKind.FromTo, "Stocks fell to 79000000000000000000000000000 from -79000000000000000000000000000", top, [s.Number("-79000000000000000000000000000", -79_000_000_000_000_000_000_000_000_000m)], ChangeDirection.Down, -79_000_000_000_000_000_000_000_000_000m, "stocks", Measure.Amount);
        var to = s.Money("$5m", 5_000_000m, "USD");
        s.Claim(ClaimKind.FromTo, "Profits fell to $5m from $4m", to, [s.Money("$4m", 4_000_000m, "USD")], ChangeDirection.Down, 4_000_000m, "profits", Measure.Amount);

        var finding = Assert.Single(Run(s));

        Assert.Equal("describe it as a rise", finding.Suggestion);
        Assert.Contains(s.Find("$5m"), finding.Spans);
    }

    [Fact]
    public void Check_ProfitThatTurnsIntoALoss_IsSilent()
    {
        var checker = new FactCheckerBuilder().ClearChecks().AddChangeArithmeticCheck().Build();

        var report = checker.CheckText("Globex posted a $70m loss for the last three months of 2004, against a $40m profit a year before.", new DateOnly(2005, 3, 1));

        var pair = Assert.Single(report.Claims, c => c.Kind == ClaimKind.FromTo);
        Assert.Equal(ChangeDirection.Down, pair.Direction);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == RuleIds.ChangeArithmetic);
    }
}
