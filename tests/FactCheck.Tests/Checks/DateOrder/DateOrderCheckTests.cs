using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Checks.DateOrder;

public sealed class DateOrderCheckTests
{
    private static readonly DateOnly Published = new(2025, 4, 5);

    private static IReadOnlyList<Finding> Run(Scenario s, Action<FactCheck.Checks.DateOrder.DateOrderOptions>? configure = null) =>
        s.Run(new FactCheckerBuilder().ClearChecks().AddDateOrderCheck(configure));

    [Theory]
    [InlineData("He highlighted Pakistan's military efforts from 2018 to 2013.", "from 2018 to 2013")]
    [InlineData("Output fell between March 2021 and January 2021.", "between March 2021 and January 2021")]
    [InlineData("The 2019-2016 programme cost $4bn.", "2019-2016")]
    [InlineData("Sales slumped in the December 2021 \u2013 March 2021 period.", "December 2021 \u2013 March 2021")]
    [InlineData("Sales slumped in the March 2021 \u2013 2020 period.", "March 2021 \u2013 2020")]
    [InlineData("The plan ran Sept. 2021\u20132019 in the north.", "Sept. 2021\u20132019")]
    public void Check_PeriodThatEndsBeforeItStarts_IsError(string text, string period)
    {
        var s = new Scenario(text, Published);

        var finding = Assert.Single(Run(s));

        Assert.Equal("date-order", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal([s.Find(period)], finding.Spans);
        Assert.Equal("swap the two ends of the period", finding.Suggestion);
    }

    [Theory]
    [InlineData("He highlighted Pakistan's military efforts from 2013 to 2018.")]
    [InlineData("Output fell between January 2021 and March 2021.")]
    [InlineData("The 2016-2019 programme cost $4bn.")]
    [InlineData("The 2018-19 season was its best.")]
    [InlineData("Sales slumped in the March 2021 \u2013 December 2021 period.")]
    [InlineData("Sales slumped in the December 2020 \u2013 2021 period.")]
    [InlineData("Call 0800-2013-2018 for details.")]
    public void Check_PeriodInOrder_IsSilent(string text)
    {
        Assert.Empty(Run(new Scenario(text, Published)));
    }

    [Fact]
    public void Check_ReversedPeriodFromTwoRecognizedDays_IsError()
    {
        var s = new Scenario("The offer ran from April 9, 2025 to April 2, 2025.", Published);
        s.Day("April 9, 2025", 2025, 4, 9);
        s.Day("April 2, 2025", 2025, 4, 2);

        var finding = Assert.Single(Run(s));
        Assert.Equal([new FactCheck.Text.TextSpan(s.Find("April 9, 2025").Start, s.Find("April 2, 2025").End)], finding.Spans);
    }

    [Fact]
    public void Check_DaysAfterContradictedByTheDates_IsError()
    {
        var s = new Scenario("The deal was signed on April 2, 2025, three days after the talks ended on April 3, 2025.", Published);
        s.Day("April 2, 2025", 2025, 4, 2);
        s.Day("April 3, 2025", 2025, 4, 3);

        var finding = Assert.Single(Run(s));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains(s.Find("three days after"), finding.Spans);
        Assert.Equal("should read 1 day before", finding.Suggestion);
    }

    [Fact]
    public void Check_DaysAfterWithTheWrongCount_IsError()
    {
        var s = new Scenario("The deal was signed on April 12, 2025, two days after the talks ended on April 5, 2025.", new DateOnly(2025, 4, 20));
        s.Day("April 12, 2025", 2025, 4, 12);
        s.Day("April 5, 2025", 2025, 4, 5);

        Assert.Equal("should read 7 days after", Assert.Single(Run(s)).Suggestion);
    }

    [Theory]
    [InlineData("The deal was signed on April 8, 2025, three days after the talks ended on April 5, 2025.")]
    [InlineData("The deal was signed on April 2, 2025, three days before the talks ended on April 5, 2025.")]
    [InlineData("The deal was signed on April 8, 2025, days after the talks ended on April 5, 2025.")]
    public void Check_DaysAfterThatFits_IsSilent(string text)
    {
        var s = new Scenario(text, new DateOnly(2025, 4, 20));
        var first = text.Contains("April 8", StringComparison.Ordinal) ? "April 8, 2025" : "April 2, 2025";
        s.Day(first, 2025, 4, first.Contains('8', StringComparison.Ordinal) ? 8 : 2);
        s.Day("April 5, 2025", 2025, 4, 5);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_EffectiveDateBeforeTheAnnouncement_IsWarning()
    {
        var s = new Scenario("Trump announced the tariffs on April 2, 2025. The increased tariff takes full effect on March 9, 2025.", Published);
        s.Day("April 2, 2025", 2025, 4, 2);
        s.Day("March 9, 2025", 2025, 3, 9);

        var finding = Assert.Single(Run(s));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("retroactive", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EffectiveDateAfterTheAnnouncement_IsSilent()
    {
        var s = new Scenario("Trump announced the tariffs on April 2, 2025. The increased tariff takes full effect on April 9, 2025.", Published);
        s.Day("April 2, 2025", 2025, 4, 2);
        s.Day("April 9, 2025", 2025, 4, 9);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_PastEventDatedAfterPublication_IsError()
    {
        var s = new Scenario("In January 2026, terror attacks in Pakistan jumped by 42%.", Published);
        s.Date("January 2026", DateGrain.Month, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));

        var finding = Assert.Single(Run(s));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("2025-04-05", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Run(s, o => o.CheckEventsAfterPublication = false));
    }

    [Theory]
    [InlineData("In January 2026, attacks are expected to rise.", "January 2026")]
    [InlineData("The tariff will rise in January 2026.", "January 2026")]
    [InlineData("The firm said it would hit the target by January 2026.", "January 2026")]
    [InlineData("In January 2025, terror attacks in Pakistan jumped by 42%.", "January 2025")]
    public void Check_FutureOrPastEventsDatedRightly_AreSilent(string text, string date)
    {
        var s = new Scenario(text, Published);
        var year = date.EndsWith("2026", StringComparison.Ordinal) ? 2026 : 2025;
        s.Date(date, DateGrain.Month, new DateOnly(year, 1, 1), new DateOnly(year, 1, 31));

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_ReportDatedBeforeWhatItReports_IsError()
    {
        var s = new Scenario("A 2022 US Defence Department report revealed that attacks rose in 2024.", Published);
        s.Year("2022", 2022);
        s.Year("2024", 2024);

        var finding = Assert.Single(Run(s));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains(s.Find("2024"), finding.Spans);
    }

    [Fact]
    public void Check_ReportDatedBeforeItsClaimTime_ByClaimSource_IsError()
    {
        var s = new Scenario("Attacks reached 300 in 2024, the agency's annual review says.", Published);
        var year = s.Year("2024", 2024);
        var count = s.Number("300", 300m);
        var source = new ClaimSource("the agency's annual review", s.Find("the agency's annual review"), new DateValue(DateGrain.Year, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), "2022"));
        s.Claim(ClaimKind.Level, "Attacks reached 300 in 2024", count, subject: "attacks", measure: Measure.Count, time: s.TimeOf(year), source: source);

        Assert.Single(Run(s));
    }

    [Fact]
    public void Check_ReportAboutPlansAfterPublication_IsSilent()
    {
        var s = new Scenario("A 2022 Treasury report set out spending in 2030.", Published);
        s.Year("2022", 2022);
        s.Year("2030", 2030);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_ReportAboutEarlierTimes_IsSilent()
    {
        var s = new Scenario("A 2022 US Defence Department report revealed that equipment worth $7 billion was left in August 2021.", Published);
        s.Year("2022", 2022);
        s.Date("August 2021", DateGrain.Month, new DateOnly(2021, 8, 1), new DateOnly(2021, 8, 31));

        Assert.Empty(Run(s));
    }
}
