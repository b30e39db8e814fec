using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class ShareOfWholeRuleTests
{
    [Fact]
    public void Apply_PartOfItsWhole_MakesAShare()
    {
        var sentence = GroupingSentence.Read("The firm will cut 300 of its 1,200 jobs.");
        var grouping = sentence.At("300");

        new ShareOfWholeRule().Apply(grouping);

        Assert.Equal(ClaimKind.Share, grouping.Draft.Kind);
        Assert.Equal("1,200", sentence.Text(grouping.Draft.WholeToken));
    }

    [Fact]
    public void Apply_OfFollowedByWords_LeavesALevel()
    {
        var grouping = GroupingSentence.Read("The firm will cut 300 of its staff in 2026.").At("300");

        new ShareOfWholeRule().Apply(grouping);

        Assert.Equal(ClaimKind.Level, grouping.Draft.Kind);
        Assert.Null(grouping.Draft.WholeToken);
    }
}
