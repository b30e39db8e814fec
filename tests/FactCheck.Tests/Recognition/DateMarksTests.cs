using FactCheck.Languages;
using FactCheck.Recognition;
using FactCheck.Text;
using Xunit;
using static FactCheck.Tests.Recognition.Recognize;

namespace FactCheck.Tests.Recognition;

/// <summary>The periods, day gaps and dated reports the recognition stage records for a document (<see cref="DateMarks"/>).</summary>
public class DateMarksTests
{
    [Theory]
    [InlineData("Output fell from 2018 to 2013, the agency said.", "from 2018 to 2013", 2018, 1, 1, 2013, 12, 31)]
    [InlineData("Output fell over 2018-2013, the agency said.", "2018-2013", 2018, 1, 1, 2013, 12, 31)]
    [InlineData("Output fell in March 2018 - 2013, the agency said.", "March 2018 - 2013", 2018, 3, 1, 2013, 12, 31)]
    [InlineData("Output fell between 2013 and June 2018.", "between 2013 and June 2018", 2013, 1, 1, 2018, 6, 30)]
    public void Periods_OfWrittenYears_HaveBothEnds(string text, string surface, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var period = Assert.Single(Read(text).Periods, p => !p.JoinsTwoDates);

        Assert.Equal(surface, period.Text);
        Assert.Equal(new DateOnly(y1, m1, d1), period.Start);
        Assert.Equal(new DateOnly(y2, m2, d2), period.End);
    }

    [Fact]
    public void Periods_TwoDatesJoinedByTo_AreOnePeriod()
    {
        const string text = "The sale ran from April 9, 2025 to April 2, 2025 in most shops.";
        var sentences = SentenceSegmenter.Split(text);
        var mentions = new List<Mention> { Day(text, "April 9, 2025", 9), Day(text, "April 2, 2025", 2) };
        DateContextReader.Annotate(LanguagePacks.English, text, sentences, mentions);

        var period = Assert.Single(DateMarks.Read(LanguagePacks.English, text, sentences, mentions).Periods);

        Assert.True(period.JoinsTwoDates);
        Assert.Equal("April 9, 2025 to April 2, 2025", period.Text);
        Assert.Equal(new DateOnly(2025, 4, 9), period.Start);
        Assert.Equal(new DateOnly(2025, 4, 2), period.End);
    }

    [Theory]
    [InlineData("The plant shut on 9 April 2025, three days after the strike began on 6 April 2025.", 3, 1, true)]
    [InlineData("The plant shut on 9 April 2025, two weeks before the strike began on 23 April 2025.", 2, 7, false)]
    [InlineData("The plant shut on 9 April 2025, a day after the strike began on 6 April 2025.", 1, 1, true)]
    public void DayGaps_BetweenTwoDaysOfASentence_AreRecorded(string text, int? count, int unitDays, bool isAfter)
    {
        var gap = Assert.Single(Read(text).DayGaps);

        Assert.Equal(count, gap.Count);
        Assert.Equal(unitDays, gap.UnitDays);
        Assert.Equal(isAfter, gap.IsAfter);
        Assert.Equal("9 April 2025", gap.First.Text);
        Assert.True(gap.Second.Span.Start > gap.Span.End);
    }

    [Fact]
    public void DayGaps_WithOneDayInTheSentence_AreNone()
    {
        Assert.Empty(Read("The plant shut on 9 April 2025, three days after the strike began.").DayGaps);
    }

    [Theory]
    [InlineData("A 2019 OECD report found that exports fell in 2022.", "2019 OECD report", 2019, false)]
    [InlineData("A study published in 2019 found that exports fell in 2022.", "study published in 2019", 2019, false)]
    [InlineData("A 2019 report will say that exports fall in 2022.", "2019 report", 2019, true)]
    public void Reports_NamedWithTheirYear_AreRecorded(string text, string surface, int year, bool future)
    {
        var report = Assert.Single(Read(text).Reports);

        Assert.Equal(surface, report.Text);
        Assert.Equal(year, report.Year);
        Assert.Equal(future, report.InFutureSentence);
        Assert.Equal(new TextSpan(0, text.Length), report.Sentence);
    }

    private static Mention Day(string text, string surface, int day)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        var date = new DateOnly(2025, 4, day);
        return new Mention(MentionKind.Date, new TextSpan(start, start + surface.Length), surface, 2025, "date", 2025, 2025, date: new DateValue(DateGrain.Day, date, date, "2025-04-0" + day));
    }

    private static DateMarks Read(string text) => DateMarks.Read(LanguagePacks.English, text, SentenceSegmenter.Split(text), Mentions(text, Published));
}
