using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class ChangeAgainstBaseRuleTests
{
    [Fact]
    public void Apply_PercentAboveARecordAfterADash_ComparesWithTheBaseAndItsYear()
    {
        var sentence = GroupingSentence.Read("The shortfall for last year was 18.2% above the previous record - 2002's gap of $310.4bn.");
        var grouping = sentence.At("18.2%");

        new ChangeAgainstBaseRule().Apply(grouping);

        var d = grouping.Draft;
        Assert.Equal(ClaimKind.Comparison, d.Kind);
        Assert.Equal("18.2%", sentence.Text(d.StatedChangeToken));
        Assert.Equal("$310.4bn", sentence.Text(d.ComparedToken));
        Assert.Equal(ChangeDirection.Up, d.Direction);
        Assert.Equal(["2002"], d.BaseDateTokens.Select(t => sentence.Text(t)));
    }

    [Fact]
    public void Apply_PercentLessThanASum_IsAFallFromIt()
    {
        var sentence = GroupingSentence.Read("That was 12% less than the $41m it made a year before.");
        var grouping = sentence.At("12%");

        new ChangeAgainstBaseRule().Apply(grouping);

        Assert.Equal("$41m", sentence.Text(grouping.Draft.ComparedToken));
        Assert.Equal(ChangeDirection.Down, grouping.Draft.Direction);
    }

    [Theory]
    [InlineData("Inflation was 0.5% above the 2% target.", "0.5%")] // a percentage against a percentage may be points
    [InlineData("The shares gained 5% over the year to $10.", "5%")] // "over the year", then the level reached
    [InlineData("Sales were 30% above forecasts, and profit reached $5bn.", "30%")] // the sum belongs to another clause
    public void Apply_NoBaseOfItsOwn_LeavesTheDraftALevel(string text, string figure)
    {
        var sentence = GroupingSentence.Read(text);
        var grouping = sentence.At(figure);

        new ChangeAgainstBaseRule().Apply(grouping);

        Assert.Equal(ClaimKind.Level, grouping.Draft.Kind);
        Assert.Null(grouping.Draft.ComparedToken);
    }
}
