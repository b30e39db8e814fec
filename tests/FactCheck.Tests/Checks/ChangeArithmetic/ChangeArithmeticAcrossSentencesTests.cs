using FactCheck.Checks;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Checks.ChangeArithmetic;

/// <summary>The change-arithmetic and percentage-points rules on changes the claims stage links across clauses and sentences.</summary>
public sealed class ChangeArithmeticAcrossSentencesTests
{
    private static readonly DateOnly Published = new(2025, 4, 5);
    private static readonly FactChecker Checker = new FactCheckerBuilder().Build();

    private static List<Finding> Problems(string text) =>
        Checker.CheckText(text, Published).Findings.Where(f => f.RuleId is "change-arithmetic" or "percentage-points" && f.Severity >= Severity.Warning).ToList();

    [Fact]
    public void Check_WrongIncreaseInTheNextSentence_IsAnErrorWithTheArithmetic()
    {
        var findings = Problems("Sales at Acme rose from £4.0bn in 2003 to £5.0bn in 2004. That is an increase of 40%.");

        var finding = Assert.Single(findings);
        Assert.Equal("change-arithmetic", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("(to - from) / from * 100", finding.Computation!.Formula);
        Assert.Equal(25m, finding.Computation.Result);
        Assert.Equal("should read 25%", finding.Suggestion);
    }

    [Fact]
    public void Check_RightIncreaseInTheNextSentence_IsSilent()
        => Assert.Empty(Problems("Sales at Acme rose from £4.0bn in 2003 to £5.0bn in 2004. That is an increase of 25%."));

    [Fact]
    public void Check_WrongPointsInTheNextSentence_IsAnError()
    {
        var finding = Assert.Single(Problems("The jobless rate in Ruritania rose from 4.0% to 6.0% last year. That represents a rise of 4 points."));

        Assert.Equal("to - from", finding.Computation!.Formula);
        Assert.Equal(2m, finding.Computation.Result);
    }

    [Fact]
    public void Check_PercentAboveTheEarlierRecordInTheNextSentence_IsAnError()
    {
        var finding = Assert.Single(Problems("The trade deficit of Ruritania hit a record $617.7bn in 2004. The shortfall for last year was 18.2% above the previous record - 2003's gap of $496.5bn."));

        Assert.Equal("change-arithmetic", finding.RuleId);
        Assert.Equal("should read 24.4%", finding.Suggestion);
    }

    [Fact]
    public void Check_PercentAboveTheEarlierRecordRight_IsSilent()
        => Assert.Empty(Problems("The trade deficit of Ruritania hit a record $617.7bn in 2004. The shortfall for last year was 24.4% above the previous record - 2003's gap of $496.5bn."));

    [Fact]
    public void Check_PercentMoreThanABaseInTheSameSentence_IsAnError()
    {
        var finding = Assert.Single(Problems("Profit at Acme reached $520m in 2004, 40% more than the $400m of 2003."));

        Assert.Equal("should read 30%", finding.Suggestion);
    }

    [Theory]
    [InlineData("The sales tax in Ruritania will rise from 8% to 20% next year, an increase of 12%.")]
    [InlineData("The sales tax in Ruritania rose from 8% to 20% last year, an increase of 12%.")]
    public void Check_PercentForPointsInALaterClause_IsFoundInEitherTense(string text)
    {
        var finding = Assert.Single(Problems(text));

        Assert.Equal("percentage-points", finding.RuleId);
        Assert.Equal(12m, finding.Computation!.Inputs["points"]);
    }

    [Fact]
    public void Check_WrongIncreaseOfAForecastInALaterClause_IsAnError()
    {
        var finding = Assert.Single(Problems("Sales at Acme will rise from $400m to $500m next year, an increase of 40%."));

        Assert.Equal("change-arithmetic", finding.RuleId);
        Assert.Equal("should read 25%", finding.Suggestion);
    }

    [Theory]
    [InlineData("Ruritania Motors has announced £150m of new investment in its plants. That was 40% above the previous record of £120m.")]
    [InlineData("Shareholders in Globex lost $240bn when the firm collapsed. That was 40% above the previous record of $192bn.")]
    [InlineData("Members of the Acme Building Society will share £60m, with each receiving more than £200. That was 40% above the previous record of £48m.")]
    [InlineData("Globex paid £90m for the site in Lisbon. That was 40% below the previous record of £120m.")]
    public void Check_WrongPercentAgainstABaseAfterTheSentenceWithTheTotal_IsAnError(string text)
    {
        var finding = Assert.Single(Problems(text));

        Assert.Equal("change-arithmetic", finding.RuleId);
        Assert.Equal("should read 25%", finding.Suggestion);
    }

    [Theory]
    [InlineData("Ruritania Motors has announced £150m of new investment in its plants. That was 25% above the previous record of £120m.")]
    [InlineData("Shareholders in Globex lost $240bn when the firm collapsed. That was 25% above the previous record of $192bn.")]
    [InlineData("Members of the Acme Building Society will share £60m, with each receiving more than £200. That was 25% above the previous record of £48m.")]
    [InlineData("Globex paid £90m for the site in Lisbon. That was 25% below the previous record of £120m.")]
    public void Check_RightPercentAgainstABaseAfterTheSentenceWithTheTotal_IsSilent(string text)
        => Assert.Empty(Problems(text));

    [Fact]
    public void Check_TwoTotalsOfOneSizeBeforeAPercentAgainstABase_IsSilent()
        => Assert.Empty(Problems("Exports from Ruritania were $50bn and imports were $60bn. That was 40% above the previous record of $40bn."));

    [Theory]
    [InlineData("Sales at Acme rose from $4bn to $5bn in 2004. Sales at Acme will rise 10%.")]
    [InlineData("Sales at Acme rose from $4bn to $5bn in 2004.\n\nSales at Acme are expected to rise 10%.")]
    public void Check_ForecastChangeAfterAPastPair_IsSilent(string text)
        => Assert.Empty(Problems(text));
}
