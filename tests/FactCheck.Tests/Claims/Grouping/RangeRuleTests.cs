using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class RangeRuleTests
{
    [Fact]
    public void Apply_TwoNumbersJoinedByTo_MakesARange()
    {
        var sentence = GroupingSentence.Read("The loan runs for 10 to 20 years.");
        var grouping = sentence.At("10");

        new RangeRule().Apply(grouping);

        Assert.Equal(ClaimKind.Range, grouping.Draft.Kind);
        Assert.Equal("20", sentence.Text(grouping.Draft.RangeEndToken));
    }

    [Fact]
    public void Apply_ChangeVerbBefore_LeavesALevel()
    {
        var grouping = GroupingSentence.Read("The index rose 300 to 6,000.").At("300");

        new RangeRule().Apply(grouping);

        Assert.Equal(ClaimKind.Level, grouping.Draft.Kind);
        Assert.Null(grouping.Draft.RangeEndToken);
    }

    [Fact]
    public void Apply_AfterTo_LeavesALevel()
    {
        var grouping = GroupingSentence.Read("Rates were set from 8% to 5% to 3%.").At("5%");

        new RangeRule().Apply(grouping);

        Assert.Equal(ClaimKind.Level, grouping.Draft.Kind);
    }
}
