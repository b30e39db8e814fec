using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class StatedChangeFromToRuleTests
{
    [Fact]
    public void Apply_RoseByAPercentageFromTo_MakesAPairWithTheStatedChange()
    {
        var sentence = GroupingSentence.Read("Revenue rose 20% from £4bn to £5bn.");
        var grouping = sentence.At("20%");

        new StatedChangeFromToRule().Apply(grouping);

        var draft = grouping.Draft;
        Assert.Equal(ClaimKind.FromTo, draft.Kind);
        Assert.Equal("£5bn", sentence.Text(draft.MainToken));
        Assert.Equal("£4bn", sentence.Text(draft.PreviousToken));
        Assert.Equal("20%", sentence.Text(draft.StatedChangeToken));
    }

    [Fact]
    public void Apply_AmountIsNoChangeUnit_LeavesTheDraft()
    {
        var sentence = GroupingSentence.Read("Revenue rose $1bn from £4bn to £5bn.");
        var grouping = sentence.At("$1bn");

        new StatedChangeFromToRule().Apply(grouping);

        Assert.Equal(ClaimKind.Level, grouping.Draft.Kind);
        Assert.Null(grouping.Draft.StatedChangeToken);
    }
}
