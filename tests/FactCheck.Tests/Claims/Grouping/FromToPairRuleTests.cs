using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class FromToPairRuleTests
{
    [Fact]
    public void Apply_FromThenTo_TheLaterFigureIsTheClaimAndTheDateItsBase()
    {
        var sentence = GroupingSentence.Read("The rate went from 10% in 2023 to 29%.");
        var grouping = sentence.At("10%");

        new FromToPairRule().Apply(grouping);

        var draft = grouping.Draft;
        Assert.Equal(ClaimKind.FromTo, draft.Kind);
        Assert.Equal("29%", sentence.Text(draft.MainToken));
        Assert.Equal("10%", sentence.Text(draft.PreviousToken));
        Assert.Equal(["2023"], draft.BaseDateTokens.Select(t => sentence.Text(t)));
    }

    [Fact]
    public void Apply_ConversionAfterTheLaterFigure_TakesIt()
    {
        var sentence = GroupingSentence.Read("The price went from $10 to $12 (£9) a share.");
        var grouping = sentence.At("$10");

        new FromToPairRule().Apply(grouping);

        Assert.Equal("$12", sentence.Text(grouping.Draft.MainToken));
        Assert.Equal(["£9"], grouping.Draft.ConversionTokens.Select(t => sentence.Text(t)));
    }

    [Fact]
    public void Apply_DifferentUnits_LeavesALevel()
    {
        var sentence = GroupingSentence.Read("The stake went from 10% to $29m.");
        var grouping = sentence.At("10%");

        new FromToPairRule().Apply(grouping);

        Assert.Equal(ClaimKind.Level, grouping.Draft.Kind);
        Assert.Null(grouping.Draft.PreviousToken);
    }
}
