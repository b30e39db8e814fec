using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class CountGoingRuleTests
{
    [Theory]
    [InlineData("Initech said 2,500 jobs are to go.", "2,500")]
    [InlineData("Globex said 200 jobs were to be cut in Sweden.", "200")]
    [InlineData("Globex expects 300 posts will be axed next year.", "300")]
    [InlineData("It wants 1,200 branches to close by June.", "1,200")]
    public void Apply_CountThatGoes_IsAFall(string text, string figure)
    {
        var grouping = GroupingSentence.Read(text).At(figure);

        new CountGoingRule().Apply(grouping);

        Assert.Equal(ClaimKind.Change, grouping.Draft.Kind);
        Assert.Equal(ChangeDirection.Down, grouping.Draft.Direction);
    }

    [Theory]
    [InlineData("Initech employs 2,500 people in Ohio.", "2,500")]
    [InlineData("Organisers said 2,500 fans are to attend the final.", "2,500")]
    public void Apply_CountThatStays_StaysALevel(string text, string figure)
    {
        var grouping = GroupingSentence.Read(text).At(figure);

        new CountGoingRule().Apply(grouping);

        Assert.Equal(ClaimKind.Level, grouping.Draft.Kind);
        Assert.Equal(ChangeDirection.None, grouping.Draft.Direction);
    }
}
