using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class ComparisonRuleTests
{
    [Fact]
    public void Apply_FasterThanAnotherFigure_ComparesThemAndKeepsTheRise()
    {
        var sentence = GroupingSentence.Read("China grew 9%, faster than the 7% in India.");
        var grouping = sentence.At("9%");

        new ComparisonRule().Apply(grouping);

        Assert.Equal(ClaimKind.Comparison, grouping.Draft.Kind);
        Assert.Equal("7%", sentence.Text(grouping.Draft.ComparedToken));
        Assert.Equal(ChangeDirection.Up, grouping.Draft.Direction);
    }

    [Fact]
    public void Apply_HigherThanWithNoFigure_IsAComparisonWithNothingCompared()
    {
        var grouping = GroupingSentence.Read("Sales were $5bn, higher than expected.").At("$5bn");

        new ComparisonRule().Apply(grouping);

        Assert.Equal(ClaimKind.Comparison, grouping.Draft.Kind);
        Assert.Null(grouping.Draft.ComparedToken);
    }

    [Fact]
    public void Apply_ThanInAnotherClause_LeavesALevel()
    {
        var grouping = GroupingSentence.Read("The firm lost 464,000 subscribers and profits were lower than forecast.").At("464,000");

        new ComparisonRule().Apply(grouping);

        Assert.Equal(ClaimKind.Level, grouping.Draft.Kind);
    }
}
