using Xunit;
using FactCheck.Recognition;
using static FactCheck.Tests.Recognition.Recognize;

namespace FactCheck.Tests.Recognition;

/// <summary>What the recognition stage records about the role of each figure (<see cref="FigureContextReader"/>).</summary>
public class FigureContextReaderTests
{
    [Theory]
    [InlineData("Sales rose 20% to £5bn from £4bn.", "20%", true)]
    [InlineData("Sales were 24.4% above the year before.", "24.4%", true)]
    [InlineData("Sales rose to £5bn, compared with 12.1% in Germany.", "12.1%", false)]
    public void StatesChange_WordingAroundTheFigure_IsRecorded(string text, string figure, bool statesChange)
    {
        Assert.Equal(statesChange, Figure(text, figure).Cues.HasFlag(FigureCues.StatesChange));
    }

    [Theory]
    [InlineData("Prices are three times higher than in 2010.", true)]
    [InlineData("Prices tripled since 2010.", false)]
    public void TimesMore_TimesHigherAfterTheRatio_IsRecorded(string text, bool timesMore)
    {
        var ratio = Single(text, MentionKind.Multiplier);

        Assert.Equal(timesMore, ratio.Cues.HasFlag(FigureCues.TimesMore));
    }

    [Fact]
    public void PartOfNext_PartOfTheWhole_IsRecordedOnThePart()
    {
        const string text = "The firm cut 300 of its 1,200 jobs (25%) last year.";

        Assert.True(Figure(text, "300").Cues.HasFlag(FigureCues.PartOfNext));
        Assert.True(Figure(text, "1,200").Cues.HasFlag(FigureCues.ShareFollows));
        Assert.False(Figure(text, "1,200").Cues.HasFlag(FigureCues.PartOfNext));
    }

    [Fact]
    public void PartFollowsInBrackets_ShareBeforeItsPart_IsRecordedOnTheShare()
    {
        const string text = "The firm cut 25% (300 of the 1,200 jobs) last year.";

        Assert.True(Figure(text, "25%").Cues.HasFlag(FigureCues.PartFollowsInBrackets));
    }

    [Fact]
    public void Cues_PlainLevel_AreNone()
    {
        Assert.Equal(FigureCues.None, Figure("Unemployment is 4.2% in the region.", "4.2%").Cues);
    }

    private static Mention Figure(string text, string surface) =>
        Assert.Single(Mentions(text), m => m.Text == surface);
}
