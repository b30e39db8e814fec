using FactCheck.Claims;
using FactCheck.Tests.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims;

public class FigureGrouperTests
{
    [Fact]
    public void Rules_EachListed_Once()
    {
        var figureRules = FigureGrouper.FigureRules.Select(r => r.GetType()).ToList();
        var sentenceRules = FigureGrouper.SentenceRules.Select(r => r.GetType()).ToList();

        Assert.Equal(figureRules.Count, figureRules.Distinct().Count());
        Assert.Equal(sentenceRules.Count, sentenceRules.Distinct().Count());
    }

    [Theory]
    [InlineData("The market opened at 9 am with 40 traders.")]
    [InlineData("The 76-year-old owner sold 40 shops.")]
    [InlineData("The two diplomats met 40 officials.")]
    public void Group_TimeOfDayNumberInAWordOrSmallNumberWord_BeginsNoDraft(string text)
    {
        var sentence = GroupingSentence.Read(text);

        var draft = Assert.Single(FigureGrouper.Group(sentence.View, sentence.Mentions));

        Assert.Equal("40", sentence.Text(draft.MainToken));
    }

    [Fact]
    public void Group_ChangeThenLevelThenEarlierValue_OneDraftHoldsAllThree()
    {
        var sentence = GroupingSentence.Read("Revenue rose 20% (or £1bn) to £5bn from £4bn in 2024.");

        var draft = Assert.Single(FigureGrouper.Group(sentence.View, sentence.Mentions));

        Assert.Equal(ClaimKind.FromTo, draft.Kind);
        Assert.Equal("£5bn", sentence.Text(draft.MainToken));
        Assert.Equal("20%", sentence.Text(draft.StatedChangeToken));
        Assert.Equal("£4bn", sentence.Text(draft.PreviousToken));
        Assert.Equal(ChangeDirection.Up, draft.Direction);
    }

    [Fact]
    public void Group_PercentageChangeThenAmount_KeepsTheSubjectBeforeTheVerb()
    {
        // The draft began at the change, a percentage: "in early trading" after the level is not its subject.
        var report = new FactCheckerBuilder().Build().CheckText("Shares fell 3% to $20.70 in early trading.", new DateOnly(2025, 4, 5));

        var claim = Assert.Single(report.Claims);
        Assert.Equal(20.70m, claim.Value);
        Assert.Equal("Shares", claim.Subject);
    }
}
