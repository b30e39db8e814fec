using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class EarlierValueRuleTests
{
    [Fact]
    public void Apply_UpFromTheEarlier_TakesTheEarlierValueAndTheDirection()
    {
        var sentence = GroupingSentence.Read("Exports now face a 29% duty, up from the earlier 10%.");
        var grouping = sentence.At("29%");

        new EarlierValueRule().Apply(grouping);

        var draft = grouping.Draft;
        Assert.Equal(ClaimKind.FromTo, draft.Kind);
        Assert.Equal("10%", sentence.Text(draft.PreviousToken));
        Assert.Equal(ChangeDirection.Up, draft.Direction);
    }

    [Fact]
    public void Apply_ComparedWithAYearEarlier_TheDateIsTheBasePeriod()
    {
        var sentence = GroupingSentence.Read("Pre-tax profit was £5bn, compared with £4bn a year earlier.");
        var grouping = sentence.At("£5bn");

        new EarlierValueRule().Apply(grouping);

        Assert.Equal("£4bn", sentence.Text(grouping.Draft.PreviousToken));
        Assert.Equal(["a year earlier"], grouping.Draft.BaseDateTokens.Select(t => sentence.Text(t)));
    }

    [Fact]
    public void Apply_UpByAPercentageFromAPeriod_TakesTheStatedChange()
    {
        var sentence = GroupingSentence.Read("Profit reached $2bn, up 27% from its 2003 performance.");
        var grouping = sentence.At("$2bn");

        new EarlierValueRule().Apply(grouping);

        var draft = grouping.Draft;
        Assert.Equal(ClaimKind.Level, draft.Kind);
        Assert.Null(draft.PreviousToken);
        Assert.Equal("27%", sentence.Text(draft.StatedChangeToken));
        Assert.Equal(ChangeDirection.Up, draft.Direction);
        Assert.Equal(["2003"], draft.BaseDateTokens.Select(t => sentence.Text(t)));
    }

    [Fact]
    public void Apply_ComparedToAnotherOwnersFigure_MakesAComparison()
    {
        var sentence = GroupingSentence.Read("Revenue was $20bn, compared to Rival's $17.8bn.");
        var grouping = sentence.At("$20bn");

        new EarlierValueRule().Apply(grouping);

        Assert.Equal(ClaimKind.Comparison, grouping.Draft.Kind);
        Assert.Equal("$17.8bn", sentence.Text(grouping.Draft.ComparedToken));
        Assert.Null(grouping.Draft.PreviousToken);
    }

    [Fact]
    public void Apply_AnotherFigureWithNoMarker_TakesNothing()
    {
        var sentence = GroupingSentence.Read("Revenue was $20bn, and costs were $17.8bn.");
        var grouping = sentence.At("$20bn");

        new EarlierValueRule().Apply(grouping);

        Assert.Equal(ClaimKind.Level, grouping.Draft.Kind);
        Assert.Null(grouping.Draft.PreviousToken);
        Assert.False(grouping.IsUsed(sentence.Token("$17.8bn")));
    }
}
