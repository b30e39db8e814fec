using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Checks.Weekday;

public sealed class WeekdayCheckTests
{
    private static IReadOnlyList<Finding> Run(Scenario s) => s.Run(new FactCheckerBuilder().ClearChecks().AddWeekdayCheck());

    [Fact]
    public void Check_MondayApril9_2025_IsErrorNamingWednesday()
    {
        var s = new Scenario("The tariff takes effect on Monday, April 9, 2025.", new DateOnly(2025, 4, 5));
        s.Day("April 9, 2025", 2025, 4, 9);

        var finding = Assert.Single(Run(s));

        Assert.Equal("weekday", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("should read Wednesday", finding.Suggestion);
        Assert.Contains(s.Find("Monday"), finding.Spans);
        Assert.DoesNotContain("inferred", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WeekdayInsideTheMentionAndYearInferred_SaysSo()
    {
        var s = new Scenario("The increased tariff takes full effect on Monday, April 9.", new DateOnly(2025, 4, 5));
        s.Day("Monday, April 9", 2025, 4, 9);

        var finding = Assert.Single(Run(s));

        Assert.Contains("inferred", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Wednesday", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The tariff takes effect on Wednesday, April 9, 2025.", "April 9, 2025")]
    [InlineData("The tariff takes effect on April 9, 2025 (Wednesday).", "April 9, 2025")]
    [InlineData("The tariff takes effect on April 9, 2025.", "April 9, 2025")]
    public void Check_RightOrNoWeekday_IsSilent(string text, string date)
    {
        var s = new Scenario(text, new DateOnly(2025, 4, 5));
        s.Day(date, 2025, 4, 9);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_WeekdayOfADateAfterItsBound_IsChecked()
    {
        // 15 July 2025 is a Tuesday.
        var report = new FactCheckerBuilder().Build().Check(new Document("The regulator extended the deadline until Monday, 15 July 2025.", new DateOnly(2025, 4, 5)));

        Assert.Equal("should read Tuesday", Assert.Single(report.Findings, f => f.RuleId == "weekday").Suggestion);
    }

    [Fact]
    public void Check_WeekdayInBracketsAfterTheDate_IsChecked()
    {
        var s = new Scenario("The vote is on April 9, 2025 (Friday).", new DateOnly(2025, 4, 5));
        s.Day("April 9, 2025", 2025, 4, 9);

        Assert.Equal("should read Wednesday", Assert.Single(Run(s)).Suggestion);
    }

    [Fact]
    public void Check_WeekdayOfAnotherDateInTheSentence_IsNotTakenForThisOne()
    {
        var s = new Scenario("Talks began on Monday. A deal is due by April 9, 2025.", new DateOnly(2025, 4, 5));
        s.Day("April 9, 2025", 2025, 4, 9);

        Assert.Empty(Run(s));
    }
}
