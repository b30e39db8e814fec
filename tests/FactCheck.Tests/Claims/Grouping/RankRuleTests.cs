using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class RankRuleTests
{
    [Theory]
    [InlineData("Sales of $5bn made it the third-largest firm.", 3)]
    [InlineData("Sales of $5bn make it the second biggest firm.", 2)]
    public void Apply_OrdinalAndSuperlative_MakesARank(string text, int place)
    {
        var grouping = GroupingSentence.Read(text).At("$5bn");

        new RankRule().Apply(grouping);

        Assert.Equal(ClaimKind.Rank, grouping.Draft.Kind);
        Assert.Equal(place, grouping.Draft.Rank);
    }

    [Fact]
    public void Apply_BareSuperlative_IsAFirstPlaceComparison()
    {
        var grouping = GroupingSentence.Read("Sales of $5bn made it the largest firm.").At("$5bn");

        new RankRule().Apply(grouping);

        Assert.Equal(ClaimKind.Comparison, grouping.Draft.Kind);
        Assert.Equal(1, grouping.Draft.Rank);
    }

    [Fact]
    public void Apply_SuperlativeBeforeTheVerb_GivesNoRank()
    {
        var grouping = GroupingSentence.Read("Japan's biggest steel company lost 2.5% of its value.").At("2.5%");

        new RankRule().Apply(grouping);

        Assert.Null(grouping.Draft.Rank);
        Assert.Equal(ClaimKind.Level, grouping.Draft.Kind);
    }
}
