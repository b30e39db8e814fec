using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class CoordinatedFigureRuleTests
{
    [Fact]
    public void Apply_TwoFiguresJoinedByAnd_ShareTheSubject()
    {
        var sentence = GroupingSentence.Read("Shares in the two firms fell 29% and 18%.");
        var drafts = sentence.DraftEachFigure();

        new CoordinatedFigureRule().Apply(sentence.View, sentence.Mentions, drafts);

        Assert.Equal(2, drafts.Count);
        Assert.Same(drafts[0], drafts[1].SameSubjectAs);
    }

    [Fact]
    public void Apply_DifferentUnits_KeepTheirOwnSubjects()
    {
        var sentence = GroupingSentence.Read("Shares fell 29% and $18m was lost.");
        var drafts = sentence.DraftEachFigure();

        new CoordinatedFigureRule().Apply(sentence.View, sentence.Mentions, drafts);

        Assert.All(drafts, d => Assert.Null(d.SameSubjectAs));
    }
}
