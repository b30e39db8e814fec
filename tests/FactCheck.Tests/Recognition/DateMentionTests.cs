using System.Globalization;
using Xunit;
using FactCheck.Recognition;
using static FactCheck.Tests.Recognition.Recognize;

namespace FactCheck.Tests.Recognition;

/// <summary>Dates read by <see cref="MentionRecognizer"/>, resolved against a publication date of 2025-04-05.</summary>
public class DateMentionTests
{
    [Theory]
    [InlineData("The tariff takes full effect on April 9.", "April 9", DateGrain.Day, "2025-04-09", "2025-04-09")]
    [InlineData("The tariff will apply from April 9.", "April 9", DateGrain.Day, "2025-04-09", "2025-04-09")]
    [InlineData("Talks were held on April 9.", "April 9", DateGrain.Day, "2024-04-09", "2024-04-09")]
    [InlineData("Talks were held on April 3.", "April 3", DateGrain.Day, "2025-04-03", "2025-04-03")]
    [InlineData("Attacks rose in January 2025.", "January 2025", DateGrain.Month, "2025-01-01", "2025-01-31")]
    [InlineData("They took over in August 2021.", "August 2021", DateGrain.Month, "2021-08-01", "2021-08-31")]
    [InlineData("He praised efforts from 2013 to 2018.", "from 2013 to 2018", DateGrain.Range, "2013-01-01", "2018-12-31")]
    [InlineData("A 2022 report said so.", "2022", DateGrain.Year, "2022-01-01", "2022-12-31")]
    [InlineData("Exports fell last year.", "last year", DateGrain.Year, "2024-01-01", "2024-12-31")]
    [InlineData("Profits fell in Q3.", "Q3", DateGrain.Quarter, "2024-07-01", "2024-09-30")]
    [InlineData("Profits fell in the third quarter of 2024.", "the third quarter of 2024", DateGrain.Quarter, "2024-07-01", "2024-09-30")]
    [InlineData("Profits fell in the fourth quarter of last year.", "the fourth quarter of last year", DateGrain.Quarter, "2024-10-01", "2024-12-31")]
    [InlineData("Sales should rise in the third quarter of this year.", "the third quarter of this year", DateGrain.Quarter, "2025-07-01", "2025-09-30")]
    [InlineData("Sales should rise in the first quarter of next year.", "the first quarter of next year", DateGrain.Quarter, "2026-01-01", "2026-03-31")]
    [InlineData("Sales rose in the first half of 2024.", "the first half of 2024", DateGrain.HalfYear, "2024-01-01", "2024-06-30")]
    [InlineData("Prices soared in the 1990s.", "the 1990s", DateGrain.Decade, "1990-01-01", "1999-12-31")]
    [InlineData("The plant closed three days ago.", "three days ago", DateGrain.Day, "2025-04-02", "2025-04-02")]
    [InlineData("They met yesterday.", "yesterday", DateGrain.Day, "2025-04-04", "2025-04-04")]
    [InlineData("Prices fell in May 2024.", "May 2024", DateGrain.Month, "2024-05-01", "2024-05-31")]
    [InlineData("Profits rose in 2003 and fell since.", "2003", DateGrain.Year, "2003-01-01", "2003-12-31")]
    [InlineData("Prices have risen since 2019.", "since 2019", DateGrain.Year, "2019-01-01", "2019-12-31")]
    [InlineData("Growth will slow by 2030.", "by 2030", DateGrain.Year, "2030-01-01", "2030-12-31")]
    [InlineData("Growth fell from 5% in 2004 to 4.25%.", "2004", DateGrain.Year, "2004-01-01", "2004-12-31")]
    [InlineData("Prices soared at the end of 2024.", "end of 2024", DateGrain.Range, "2024-09-01", "2024-12-31")]
    [InlineData("Prices had tripled 10 years earlier.", "10 years earlier", DateGrain.Day, "2015-04-05", "2015-04-05")]
    [InlineData("Sales fell in April.", "April", DateGrain.Month, "2025-04-01", "2025-04-30")]
    [InlineData("Sales fell in December.", "December", DateGrain.Month, "2024-12-01", "2024-12-31")]
    [InlineData("Sales will rise in December.", "December", DateGrain.Month, "2025-12-01", "2025-12-31")]
    [InlineData("Merck stopped sales on 30 September, a move that hurt.", "30 September", DateGrain.Day, "2024-09-30", "2024-09-30")]
    [InlineData("The law was passed on 9 April 2024.", "9 April 2024", DateGrain.Day, "2024-04-09", "2024-04-09")]
    [InlineData("The law was passed on April 9, 2024.", "April 9, 2024", DateGrain.Day, "2024-04-09", "2024-04-09")]
    [InlineData("The firm reported on Friday.", "Friday", DateGrain.Day, "2025-04-04", "2025-04-04")]
    [InlineData("The deadline was extended until Monday, 14 July 2025.", "until Monday, 14 July 2025", DateGrain.Day, "2025-07-14", "2025-07-14")]
    [InlineData("Talks will go on until Monday.", "until Monday", DateGrain.Day, "2025-04-07", "2025-04-07")]
    [InlineData("The firm will report on Friday.", "Friday", DateGrain.Day, "2025-04-11", "2025-04-11")]
    [InlineData("The firm reported on Saturday.", "Saturday", DateGrain.Day, "2025-04-05", "2025-04-05")]
    [InlineData("Before Wednesday's vote, shares rose.", "Before Wednesday", DateGrain.Day, "2025-04-02", "2025-04-02")]
    [InlineData("On Wednesday's vote, shares rose.", "Wednesday", DateGrain.Day, "2025-04-02", "2025-04-02")]
    [InlineData("Sales rose this year.", "this year", DateGrain.Year, "2025-01-01", "2025-12-31")]
    [InlineData("Sales rose last month.", "last month", DateGrain.Month, "2025-03-01", "2025-03-31")]
    [InlineData("Profits fell in the fourth quarter.", "the fourth quarter", DateGrain.Quarter, "2024-10-01", "2024-12-31")]
    [InlineData("Profits fell in the first quarter.", "the first quarter", DateGrain.Quarter, "2025-01-01", "2025-03-31")]
    [InlineData("Fourth-quarter profits fell.", "Fourth-quarter", DateGrain.Quarter, "2024-10-01", "2024-12-31")]
    [InlineData("Profits fell in Q4 2023.", "Q4 2023", DateGrain.Quarter, "2023-10-01", "2023-12-31")]
    [InlineData("Prices have risen since last August.", "since last August", DateGrain.Month, "2024-08-01", "2024-08-31")]
    [InlineData("Sales rose earlier this year.", "earlier this year", DateGrain.Range, "2025-01-01", "2025-04-04")]
    [InlineData("Sales rose in the first half of 2004, and in recent months.", "the first half of 2004", DateGrain.HalfYear, "2004-01-01", "2004-06-30")]
    [InlineData("Sales rose from January to March 2024.", "from January to March 2024", DateGrain.Range, "2024-01-01", "2024-03-31")]
    [InlineData("The economy stagnated for most of the 1990s.", "the 1990s", DateGrain.Decade, "1990-01-01", "1999-12-31")]
    [InlineData("Prices have not risen so fast since a 1980s boom.", "1980s", DateGrain.Decade, "1980-01-01", "1989-12-31")]
    public void Recognize_Dates_ResolveAgainstThePublicationDate(string text, string surface, DateGrain grain, string start, string end)
    {
        var mention = Single(text, MentionKind.Date);
        Assert.Equal(surface, mention.Text);
        Assert.Equal("date", mention.Unit);
        var date = Assert.IsType<DateValue>(mention.Date);
        Assert.True(date.IsResolved);
        Assert.Equal(grain, date.Grain);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
    }

    // A date that names no year lies ahead only where its own clause speaks of the future, or of no time at all.
    // 2025-04-05 is a Saturday.
    [Theory]
    [InlineData("Sales in January were lower than a year earlier, and the slump is expected to continue.", "January", "2025-01-01", "2025-01-31")]
    [InlineData("The Orlin group said on Tuesday that it will close two plants.", "Tuesday", "2025-04-01", "2025-04-01")]
    [InlineData("Output fell 4% in February, the agency said, adding that it will publish revised figures in May.", "February", "2025-02-01", "2025-02-28")]
    [InlineData("Output fell 4% in February, the agency said, adding that it will publish revised figures in May.", "May", "2025-05-01", "2025-05-31")]
    [InlineData("The levy, which was announced in March, will take effect in June.", "March", "2025-03-01", "2025-03-31")]
    [InlineData("The levy, which was announced in March, will take effect in June.", "June", "2025-06-01", "2025-06-30")]
    [InlineData("Shares in Tamsin rose on Monday, and the firm will report results on Thursday.", "Monday", "2025-03-31", "2025-03-31")]
    [InlineData("Shares in Tamsin rose on Monday, and the firm will report results on Thursday.", "Thursday", "2025-04-10", "2025-04-10")]
    [InlineData("The minister will say on Friday that growth in January was 3%.", "Friday", "2025-04-11", "2025-04-11")]
    [InlineData("The minister will say on Friday that growth in January was 3%.", "January", "2025-01-01", "2025-01-31")]
    [InlineData("Brannock will cut 500 jobs this spring, and a further 200 in December.", "December", "2025-12-01", "2025-12-31")]
    [InlineData("In December, the tax will take effect.", "December", "2025-12-01", "2025-12-31")]
    [InlineData("Shares in Kestrel closed down 19% at 151p on Monday, after it said a partner was set to pull out of a deal.", "Monday", "2025-03-31", "2025-03-31")]
    [InlineData("If sales fall in May, Brannock will cut jobs.", "May", "2025-05-01", "2025-05-31")]
    public void Recognize_DateWithoutYear_TakesTheTenseOfItsClause(string text, string surface, string start, string end)
    {
        var mention = Assert.Single(Mentions(text), m => m.Kind == MentionKind.Date && m.Text == surface);
        var date = Assert.IsType<DateValue>(mention.Date);

        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), date.End);
    }

    // 2025-04-05 is a Saturday; weeks run Monday to Sunday.
    [Theory]
    [InlineData("Shares fell last week.", "last week", "2025-03-24", "2025-03-30", "2025-W13")]
    [InlineData("Shares fell this week.", "this week", "2025-03-31", "2025-04-06", "2025-W14")]
    [InlineData("The two firms may agree as early as next week.", "next week", "2025-04-07", "2025-04-13", "2025-W15")]
    public void Recognize_RelativeWeeks_AreTheCalendarWeek(string text, string surface, string start, string end, string timex)
    {
        var date = Assert.IsType<DateValue>(Single(text, MentionKind.Date).Date);

        Assert.Equal(surface, Single(text, MentionKind.Date).Text);
        Assert.Equal(DateGrain.Week, date.Grain);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
        Assert.Equal(timex, date.Timex);
    }

    [Fact]
    public void Recognize_LastWeekAcrossNewYear_IsTheLastIsoWeekOfTheOldYear()
    {
        // Published Monday 2005-01-03: last week ran from Monday 27 December 2004, ISO week 53 of 2004.
        var date = Assert.IsType<DateValue>(Single("Oil prices rose last week.", MentionKind.Date, new DateOnly(2005, 1, 3)).Date);

        Assert.Equal(new DateOnly(2004, 12, 27), date.Start);
        Assert.Equal(new DateOnly(2005, 1, 2), date.End);
        Assert.Equal("2004-W53", date.Timex);
    }

    // Counted back from the publication date, Saturday 2025-04-05.
    [Theory]
    [InlineData("Prices were lower a year ago.", "a year ago", "2024-04-05")]
    [InlineData("A year earlier the figure was 2%.", "A year earlier", "2024-04-05")]
    [InlineData("The plant opened five years ago.", "five years ago", "2020-04-05")]
    [InlineData("Output was cut a month ago.", "a month ago", "2025-03-05")]
    [InlineData("The deal was signed two days ago.", "two days ago", "2025-04-03")]
    public void Recognize_CountedBack_IsTheDayThatLongBeforePublication(string text, string surface, string day)
    {
        var mention = Single(text, MentionKind.Date);

        Assert.Equal(surface, mention.Text);
        Assert.Equal(DateGrain.Day, mention.Date!.Grain);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), mention.Date.Start);
        Assert.Equal(mention.Date.Start, mention.Date.End);
    }

    [Fact]
    public void Recognize_AgoWithoutPublicationDate_IsUnresolved()
    {
        var mention = Assert.Single(Mentions("Prices were lower a year ago.", published: null), m => m.Kind == MentionKind.Date);

        Assert.False(mention.Date!.IsResolved);
        Assert.Equal("XXXX-XX-XX", mention.Date.Timex);
    }

    [Fact]
    public void Recognize_Decade_NeedsNoPublicationDate()
    {
        var mention = Assert.Single(Mentions("Debt piled up in the 2000s.", published: null), m => m.Kind == MentionKind.Date);

        Assert.Equal("the 2000s", mention.Text);
        Assert.True(mention.Date!.IsResolved);
        Assert.Equal(new DateOnly(2000, 1, 1), mention.Date.Start);
        Assert.Equal(new DateOnly(2009, 12, 31), mention.Date.End);
        Assert.Equal("(2000-01-01,2010-01-01,P10Y)", mention.Date.Timex);
    }

    [Fact]
    public void Recognize_LastWeekWithoutPublicationDate_IsUnresolved()
    {
        var mention = Assert.Single(Mentions("Shares fell last week.", published: null), m => m.Kind == MentionKind.Date);

        Assert.Equal("last week", mention.Text);
        Assert.False(mention.Date!.IsResolved);
        Assert.Equal(DateGrain.Week, mention.Date.Grain);
        Assert.Equal("XXXX-WXX", mention.Date.Timex);
    }

    [Fact]
    public void Recognize_YearsInARange_AreOneRangeNotTwoYears()
    {
        var dates = Mentions("Output grew between 2010 and 2015, and again in 2019.").Where(m => m.Kind == MentionKind.Date).ToList();
        Assert.Equal(2, dates.Count);
        Assert.Equal(DateGrain.Range, dates[0].Date!.Grain);
        Assert.Equal(new DateOnly(2010, 1, 1), dates[0].Date!.Start);
        Assert.Equal(new DateOnly(2015, 12, 31), dates[0].Date!.End);
        Assert.Equal("2019", dates[1].Text);
    }

    [Fact]
    public void Recognize_DateWithoutYearAndNoPublicationDate_StaysUnresolvedWithItsTimex()
    {
        var mention = Mentions("The tariff takes full effect on April 9.", published: null).Single(m => m.Kind == MentionKind.Date);
        var date = mention.Date!;
        Assert.False(date.IsResolved);
        Assert.Equal("XXXX-04-09", date.Timex);
        Assert.Equal(DateGrain.Day, date.Grain);
        Assert.NotNull(date.UnresolvedReason);
    }

    [Fact]
    public void Recognize_RelativeDateAndNoPublicationDate_StaysUnresolved()
    {
        var mention = Mentions("Exports fell last year.", published: null).Single(m => m.Kind == MentionKind.Date);
        Assert.False(mention.Date!.IsResolved);
        Assert.Equal(DateGrain.Year, mention.Date.Grain);
        Assert.Contains("publication date", mention.Date.UnresolvedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_AbsoluteDateAndNoPublicationDate_IsResolved()
    {
        var mention = Mentions("Attacks rose in January 2025.", published: null).Single(m => m.Kind == MentionKind.Date);
        Assert.True(mention.Date!.IsResolved);
        Assert.Equal(new DateOnly(2025, 1, 1), mention.Date.Start);
    }

    [Theory]
    [InlineData("They met at 5pm.")]
    [InlineData("The war lasted 25 years.")]
    [InlineData("Exports now face a duty.")]
    [InlineData("He visits every Monday.")]
    [InlineData("The deficit may widen, and rivals march on.")]
    [InlineData("Prices rose 0.6% to 12.5 in trading.")]
    [InlineData("It was a difficult year for more than a year.")]
    public void Recognize_TimesDurationsAndThePresent_AreNotDates(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Date);
    }

    [Fact]
    public void Recognize_QuarterAfterItsYear_IsThatYearsQuarter()
    {
        var dates = Mentions("Interest costs at Brindle Foods rose in the 2014 third quarter.").Where(m => m.Kind == MentionKind.Date).ToList();

        var quarter = Assert.Single(dates);
        Assert.Equal((new DateOnly(2014, 7, 1), new DateOnly(2014, 9, 30)), (quarter.Date!.Start, quarter.Date.End));
    }

    [Theory]
    [InlineData("Halden Foods opened the Leeds store on Tuesday, March 4, officials said.", "Tuesday, March 4", "2025-03-04", "2025-03-04")]
    [InlineData("The Corvina board met on Monday 3 March to approve the sale.", "Monday 3 March", "2025-03-03", "2025-03-03")]
    [InlineData("The Brindle mill closed on Dec. 31 , 1994 .", "Dec. 31 , 1994", "1994-12-31", "1994-12-31")]
    [InlineData("The Halden board will meet next week on Tuesday.", "next week on Tuesday", "2025-04-08", "2025-04-08")]
    [InlineData("The Halden board will meet on Thursday next week.", "Thursday next week", "2025-04-10", "2025-04-10")]
    [InlineData("The Brindle crew will test the line over the next five days.", "next five days", "2025-04-06", "2025-04-10")]
    [InlineData("The Corvina plant will stay shut for the next forty days.", "next forty days", "2025-04-06", "2025-05-15")]
    [InlineData("The Halden store opened its doors at 8am this morning.", "8am this morning", "2025-04-05", "2025-04-05")]
    [InlineData("The Corvina board met on the 9th of March.", "the 9th of March", "2025-03-09", "2025-03-09")]
    [InlineData("Brindle ran the trial from 2019~2021 in two towns.", "from 2019~2021", "2019-01-01", "2021-12-31")]
    [InlineData("Halden opened a store in Leeds in mid-November.", "mid-November", "2024-11-10", "2024-11-20")]
    [InlineData("The Halden board will meet on Monday of next week.", "Monday of next week", "2025-04-07", "2025-04-07")]
    [InlineData("The Corvina line reopens the week after next.", "the week after next", "2025-04-14", "2025-04-20")]
    [InlineData("Talks with Brindle resume the month after next.", "the month after next", "2025-06-01", "2025-06-30")]
    public void Recognize_DateWithTheWordsAroundIt_IsOneDate(string text, string surface, string start, string end)
    {
        var date = Single(text, MentionKind.Date);

        Assert.Equal((surface, DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture)), (date.Text, date.Date!.Start, date.Date.End));
    }

    [Fact]
    public void Recognize_WeekOfADay_IsLeftToTheModelAsThatWeek()
    {
        var week = Single("Orders for the Corvina line were due the week of March 10.", MentionKind.Date);

        Assert.Equal(("the week of March 10", DayOfWeek.Monday), (week.Text, week.Date!.Start!.Value.DayOfWeek));
        Assert.Equal(week.Date.Start!.Value.AddDays(6), week.Date.End);
    }

    [Fact]
    public void Recognize_DecadeWrittenApartFromItsS_IsTheDecade()
    {
        var decade = Single("The Halden mill was busiest in the 1990 s .", MentionKind.Date);

        Assert.Equal((new DateOnly(1990, 1, 1), new DateOnly(1999, 12, 31)), (decade.Date!.Start, decade.Date.End));
    }
}
