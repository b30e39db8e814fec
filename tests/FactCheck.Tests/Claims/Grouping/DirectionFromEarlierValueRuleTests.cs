using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class DirectionFromEarlierValueRuleTests
{
    [Theory]
    [InlineData("The duty went from 10% to 29%.", "10%", "29%", ChangeDirection.Up)]
    [InlineData("The duty went from 29% to 10%.", "29%", "10%", ChangeDirection.Down)]
    [InlineData("The duty stayed at 10%, the same as 10.0% before.", "10.0%", "10%", ChangeDirection.None)]
    public void Apply_EarlierValue_GoesAsTheValuesDo(string text, string earlier, string later, ChangeDirection expected)
    {
        var sentence = GroupingSentence.Read(text);
        var grouping = sentence.At(later);
        grouping.Draft.PreviousToken = sentence.Token(earlier);

        new DirectionFromEarlierValueRule().Apply(grouping);

        Assert.Equal(expected, grouping.Draft.Direction);
    }
}
