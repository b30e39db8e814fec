using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class StatedChangeToLevelRuleTests
{
    [Fact]
    public void Apply_RoseByAPercentageToAnAmount_TheAmountIsTheClaimAndThePercentageTheChange()
    {
        var sentence = GroupingSentence.Read("Revenue rose 20% to £5bn.");
        var grouping = sentence.At("20%");

        new StatedChangeToLevelRule().Apply(grouping);

        var draft = grouping.Draft;
        Assert.Equal(ClaimKind.Level, draft.Kind);
        Assert.Equal("£5bn", sentence.Text(draft.MainToken));
        Assert.Equal("20%", sentence.Text(draft.StatedChangeToken));
    }

    [Fact]
    public void Apply_EarlierValueAfterFrom_MakesAFromToPair()
    {
        var sentence = GroupingSentence.Read("Revenue rose 20% to £5bn from £4bn.");
        var grouping = sentence.At("20%");

        new StatedChangeToLevelRule().Apply(grouping);

        Assert.Equal(ClaimKind.FromTo, grouping.Draft.Kind);
        Assert.Equal("£4bn", sentence.Text(grouping.Draft.PreviousToken));
    }

    [Fact]
    public void Apply_AmountChangeThenLevel_TakesTheLevel()
    {
        var sentence = GroupingSentence.Read("Oil closed up $2.80 to $51.15 a barrel.");
        var grouping = sentence.At("$2.80");

        new StatedChangeToLevelRule().Apply(grouping);

        Assert.Equal("$51.15", sentence.Text(grouping.Draft.MainToken));
        Assert.Equal("$2.80", sentence.Text(grouping.Draft.StatedChangeToken));
    }

    [Fact]
    public void Apply_NoChangeStated_LeavesTheDraft()
    {
        var sentence = GroupingSentence.Read("The stake is 20% to £5bn of shares.");
        var grouping = sentence.At("20%");

        new StatedChangeToLevelRule().Apply(grouping);

        Assert.Equal(grouping.Anchor, grouping.Draft.MainToken);
        Assert.Null(grouping.Draft.StatedChangeToken);
    }
}
