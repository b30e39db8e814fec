using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class ChangeRuleTests
{
    [Theory]
    [InlineData("Terror attacks jumped by 42%.", "42%", ChangeDirection.Up)]
    [InlineData("Prices were up 5% in March.", "5%", ChangeDirection.Up)]
    [InlineData("Profits halved last year.", "halved", ChangeDirection.Down)]
    [InlineData("The index fell 3 percentage points.", "3 percentage points", ChangeDirection.Down)]
    public void Apply_ChangeStated_MakesAChange(string text, string figure, ChangeDirection direction)
    {
        var grouping = GroupingSentence.Read(text).At(figure);

        new ChangeRule().Apply(grouping);

        Assert.Equal(ClaimKind.Change, grouping.Draft.Kind);
        Assert.Equal(direction, grouping.Draft.Direction);
    }

    [Fact]
    public void Apply_LevelReachedByARise_StaysALevelThatRose()
    {
        var grouping = GroupingSentence.Read("Rates rose to 5% in March.").At("5%");

        new ChangeRule().Apply(grouping);

        Assert.Equal(ClaimKind.Level, grouping.Draft.Kind);
        Assert.Equal(ChangeDirection.Up, grouping.Draft.Direction);
    }

    [Fact]
    public void Apply_NoChangeWording_LeavesAPlainLevel()
    {
        var grouping = GroupingSentence.Read("Rates were 5% in March.").At("5%");

        new ChangeRule().Apply(grouping);

        Assert.Equal(ClaimKind.Level, grouping.Draft.Kind);
        Assert.Equal(ChangeDirection.None, grouping.Draft.Direction);
    }
}
