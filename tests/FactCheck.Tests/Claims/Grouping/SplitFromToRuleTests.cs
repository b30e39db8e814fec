using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class SplitFromToRuleTests
{
    [Fact]
    public void Apply_ValueThatHadBeenEarlier_JoinsTheLaterOneAsItsPreviousValue()
    {
        var sentence = GroupingSentence.Read("The levy, which had been 5% since 2019, was raised to 8%.");
        var drafts = sentence.DraftEachFigure();

        new SplitFromToRule().Apply(sentence.View, sentence.Mentions, drafts);

        var draft = Assert.Single(drafts);
        Assert.Equal(ClaimKind.FromTo, draft.Kind);
        Assert.Equal("8%", sentence.Text(draft.MainToken));
        Assert.Equal("5%", sentence.Text(draft.PreviousToken));
        Assert.Equal(["since 2019"], draft.BaseDateTokens.Select(t => sentence.Text(t)));
        Assert.Equal(ChangeDirection.Up, draft.Direction);
    }

    [Fact]
    public void Apply_PreviouslyThenNow_GivesTheFallFromTheValues()
    {
        var sentence = GroupingSentence.Read("The duty on rice, previously 35%, now stands at 20%.");
        var drafts = sentence.DraftEachFigure();

        new SplitFromToRule().Apply(sentence.View, sentence.Mentions, drafts);

        var draft = Assert.Single(drafts);
        Assert.Equal("35%", sentence.Text(draft.PreviousToken));
        Assert.Equal(ChangeDirection.Down, draft.Direction);
    }

    [Fact]
    public void Apply_NoValueMarkedEarlier_KeepsBothDrafts()
    {
        var sentence = GroupingSentence.Read("The levy on rice is 5%, and the levy on wheat is 8%.");
        var drafts = sentence.DraftEachFigure();

        new SplitFromToRule().Apply(sentence.View, sentence.Mentions, drafts);

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Null(d.PreviousToken));
    }
}
