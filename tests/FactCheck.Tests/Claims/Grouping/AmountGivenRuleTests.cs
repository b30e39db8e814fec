using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class AmountGivenRuleTests
{
    [Fact]
    public void Apply_RaisedASumOfMoney_StatesNoChange()
    {
        var grouping = GroupingSentence.Read("The firm raised $2bn from investors.").At("$2bn");
        Assert.Equal(ChangeDirection.Up, grouping.VerbDirection);

        new AmountGivenRule().Apply(grouping);

        Assert.Equal(ChangeDirection.None, grouping.VerbDirection);
    }

    [Fact]
    public void Apply_RaisedBy_KeepsTheRise()
    {
        var grouping = GroupingSentence.Read("The price of a share was raised by $2 on Monday.").At("$2");

        new AmountGivenRule().Apply(grouping);

        Assert.Equal(ChangeDirection.Up, grouping.VerbDirection);
    }

    [Fact]
    public void Apply_AddedThenTheLevelReached_KeepsTheRise()
    {
        var grouping = GroupingSentence.Read("Shares added $1.89 to $48.62 on Monday.").At("$1.89");

        new AmountGivenRule().Apply(grouping);

        Assert.Equal(ChangeDirection.Up, grouping.VerbDirection);
    }

    [Fact]
    public void Apply_CountAdded_KeepsTheRise()
    {
        var grouping = GroupingSentence.Read("Firms added 146,000 jobs in January.").At("146,000");

        new AmountGivenRule().Apply(grouping);

        Assert.Equal(ChangeDirection.Up, grouping.VerbDirection);
    }
}
