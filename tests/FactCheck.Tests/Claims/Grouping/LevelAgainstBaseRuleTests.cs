using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class LevelAgainstBaseRuleTests
{
    [Fact]
    public void Apply_LevelThenPercentAboveABase_MakesTheBaseItsEarlierValue()
    {
        var sentence = GroupingSentence.Read("The deficit reached $671.7bn in 2004, 24.4% above the $496.5bn of 2003.");
        var drafts = sentence.DraftEachFigure();

        new LevelAgainstBaseRule().Apply(sentence.View, sentence.Mentions, drafts);

        var d = Assert.Single(drafts);
        Assert.Equal(ClaimKind.FromTo, d.Kind);
        Assert.Equal("$671.7bn", sentence.Text(d.MainToken));
        Assert.Equal("$496.5bn", sentence.Text(d.PreviousToken));
        Assert.Equal("24.4%", sentence.Text(d.StatedChangeToken));
        Assert.Equal(ChangeDirection.Up, d.Direction);
    }

    [Fact]
    public void Apply_AnotherSubjectBetween_KeepsBothDrafts()
    {
        var sentence = GroupingSentence.Read("Exports were $50bn, imports 20% above 2003's $70bn.");
        var drafts = sentence.DraftEachFigure();

        new LevelAgainstBaseRule().Apply(sentence.View, sentence.Mentions, drafts);

        Assert.Equal(2, drafts.Count);
        Assert.Null(drafts[0].PreviousToken);
    }

    [Fact]
    public void Apply_BaseInAnotherCurrency_KeepsBothDrafts()
    {
        var sentence = GroupingSentence.Read("Profit reached £300m, 20% above $250m.");
        var drafts = sentence.DraftEachFigure();

        new LevelAgainstBaseRule().Apply(sentence.View, sentence.Mentions, drafts);

        Assert.Equal(2, drafts.Count);
    }
}
