using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class DirectionFromStatedChangeRuleTests
{
    [Theory]
    [InlineData("Sales were down 5% at £3bn.", "5%", ChangeDirection.Down)]
    [InlineData("Sales doubled to £3bn.", "doubled", ChangeDirection.Up)]
    [InlineData("Sales rose 5% to £3bn.", "5%", ChangeDirection.Up)]
    public void Apply_StatedChange_GivesItsDirection(string text, string change, ChangeDirection expected)
    {
        var sentence = GroupingSentence.Read(text);
        var grouping = sentence.At(change);
        grouping.Draft.StatedChangeToken = grouping.Anchor;
        grouping.Draft.MainToken = sentence.Token("£3bn");

        new DirectionFromStatedChangeRule().Apply(grouping);

        Assert.Equal(expected, grouping.Draft.Direction);
    }

    [Fact]
    public void Apply_DirectionAlreadyRead_KeepsIt()
    {
        var sentence = GroupingSentence.Read("Sales were down 5% at £3bn.");
        var grouping = sentence.At("5%");
        grouping.Draft.StatedChangeToken = grouping.Anchor;
        grouping.Draft.MainToken = sentence.Token("£3bn");
        grouping.Draft.Direction = ChangeDirection.Up;

        new DirectionFromStatedChangeRule().Apply(grouping);

        Assert.Equal(ChangeDirection.Up, grouping.Draft.Direction);
    }
}
