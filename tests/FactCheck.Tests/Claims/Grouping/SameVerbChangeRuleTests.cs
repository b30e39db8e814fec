using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class SameVerbChangeRuleTests
{
    [Fact]
    public void Apply_AndByAnotherAmount_IsTheSameChangeForAnotherSubject()
    {
        var sentence = GroupingSentence.Read("Sales rose by 8% globally and by 24% in China.");
        var drafts = sentence.DraftEachFigure();

        new SameVerbChangeRule().Apply(sentence.View, sentence.Mentions, drafts);

        Assert.Equal(2, drafts.Count);
        Assert.Equal(ClaimKind.Change, drafts[1].Kind);
        Assert.Equal(ChangeDirection.Up, drafts[1].Direction);
        Assert.Same(drafts[0], drafts[1].SameSubjectAs);
    }

    [Fact]
    public void Apply_FirstFigureIsNoChange_LeavesTheSecondALevel()
    {
        var sentence = GroupingSentence.Read("Sales were 8% of the total and by 2026 reached 24%.");
        var drafts = sentence.DraftEachFigure();

        new SameVerbChangeRule().Apply(sentence.View, sentence.Mentions, drafts);

        Assert.All(drafts, d => Assert.Null(d.SameSubjectAs));
    }
}
