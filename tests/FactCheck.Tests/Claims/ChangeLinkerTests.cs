using FactCheck.Claims;
using Xunit;

namespace FactCheck.Tests.Claims;

public class ChangeLinkerTests
{
    private static readonly FactChecker Checker = new FactCheckerBuilder().Build();
    private static readonly DateOnly Published = new(2025, 4, 5);

    private static IReadOnlyList<Claim> Claims(string text) => Checker.CheckText(text, Published).Claims;

    [Fact]
    public void Link_ThatIsAnIncreaseInTheNextSentence_GivesThePairItsStatedChange()
    {
        var claims = Claims("Sales at Acme rose from £4.0bn in 2003 to £5.0bn in 2004. That is an increase of 25%.");

        var pair = Assert.Single(claims, c => c.Kind == ClaimKind.FromTo);
        Assert.Equal("25%", pair.StatedChange?.Text);
        Assert.Equal(4_000_000_000m, pair.PreviousValue);
        var change = Assert.Single(claims, c => c.Kind == ClaimKind.Change);
        Assert.Contains(change.Id, pair.Related);
    }

    [Fact]
    public void Link_PercentAboveABaseInTheNextSentence_GivesTheLevelItsEarlierValueAndPeriod()
    {
        var claims = Claims("The trade deficit of Ruritania hit a record $617.7bn in 2004. The shortfall for last year was 24.4% above the previous record - 2003's gap of $496.5bn.");

        var level = Assert.Single(claims, c => c.Value == 617_700_000_000m);
        Assert.Equal(ClaimKind.FromTo, level.Kind);
        Assert.Equal(496_500_000_000m, level.PreviousValue);
        Assert.Equal("24.4%", level.StatedChange?.Text);
        Assert.Equal(ChangeDirection.Up, level.Direction);
        Assert.Equal("2003", level.PreviousTime?.Text);
        var comparison = Assert.Single(claims, c => c.Kind == ClaimKind.Comparison);
        Assert.Equal(496_500_000_000m, comparison.ComparedWith?.Value);
        Assert.Equal("24.4%", comparison.StatedChange?.Text);
    }

    [Fact]
    public void Link_TwoLevelsOfTheBaseUnitBefore_LinksNeither()
    {
        var claims = Claims("Exports reached $50bn and imports reached $80bn in 2004. That was 20% above the $25bn of 2003.");

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.FromTo);
    }

    [Fact]
    public void Link_NoBackReference_LeavesTheChangeAlone()
    {
        var claims = Claims("Sales at Acme rose from £4.0bn to £5.0bn. Profits at Bolt saw an increase of 40%.");

        var pair = Assert.Single(claims, c => c.Kind == ClaimKind.FromTo);
        Assert.Null(pair.StatedChange);
    }
}
