using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class MultiplierVerbRuleTests
{
    [Theory]
    [InlineData("Profits doubled last year.", "doubled", ChangeDirection.Up)]
    [InlineData("Profits halved last year.", "halved", ChangeDirection.Down)]
    public void Apply_MultiplierThatIsTheVerb_StatesItsDirection(string text, string figure, ChangeDirection expected)
    {
        var grouping = GroupingSentence.Read(text).At(figure);

        new MultiplierVerbRule().Apply(grouping);

        Assert.Equal(expected, grouping.VerbDirection);
    }

    [Fact]
    public void Apply_NoMultiplier_LeavesTheDirection()
    {
        var grouping = GroupingSentence.Read("Profits were 5% of sales.").At("5%");

        new MultiplierVerbRule().Apply(grouping);

        Assert.Equal(ChangeDirection.None, grouping.VerbDirection);
    }
}
