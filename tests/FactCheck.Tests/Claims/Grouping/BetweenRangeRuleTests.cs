using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class BetweenRangeRuleTests
{
    [Fact]
    public void Apply_RangeReadAsOneFigure_MakesARange()
    {
        var grouping = GroupingSentence.Read("Prices rose between 10% and 20% last year.").At("between 10% and 20%");

        new BetweenRangeRule().Apply(grouping);

        Assert.Equal(ClaimKind.Range, grouping.Draft.Kind);
        Assert.Null(grouping.Draft.RangeEndToken);
    }

    [Fact]
    public void Apply_BetweenTwoFiguresWithADate_TakesTheUpperEnd()
    {
        var sentence = GroupingSentence.Read("Its debt was between $5bn in 2003 and $7bn.");
        var grouping = sentence.At("$5bn");

        new BetweenRangeRule().Apply(grouping);

        Assert.Equal(ClaimKind.Range, grouping.Draft.Kind);
        Assert.Equal("$7bn", sentence.Text(grouping.Draft.RangeEndToken));
        Assert.True(grouping.IsUsed(sentence.Token("$7bn")));
    }

    [Fact]
    public void Apply_AndWithoutBetween_LeavesALevel()
    {
        var sentence = GroupingSentence.Read("Its debt was $5bn and $7bn.");
        var grouping = sentence.At("$5bn");

        new BetweenRangeRule().Apply(grouping);

        Assert.Equal(ClaimKind.Level, grouping.Draft.Kind);
        Assert.Null(grouping.Draft.RangeEndToken);
    }
}
