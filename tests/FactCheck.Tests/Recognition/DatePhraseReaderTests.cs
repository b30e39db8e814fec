using System.Globalization;
using FactCheck.Recognition;
using Xunit;
using static FactCheck.Tests.Recognition.Recognize;

namespace FactCheck.Tests.Recognition;

/// <summary>
/// The longer date expressions FactCheck reads without the date-time model, resolved against a publication date of
/// Saturday 2025-04-05.
/// </summary>
public class DatePhraseReaderTests
{
    [Theory]
    [InlineData("Output fell in the last three months of 2024.", "the last three months of 2024", DateGrain.Quarter, "2024-10-01", "2024-12-31")]
    [InlineData("Sales rose in the second half of 2004.", "the second half of 2004", DateGrain.HalfYear, "2004-07-01", "2004-12-31")]
    [InlineData("Sales rose 1.6% over the whole of 2004.", "whole of 2004", DateGrain.Year, "2004-01-01", "2004-12-31")]
    [InlineData("The plant will close by the end of 2026.", "end of 2026", DateGrain.Range, "2026-09-01", "2026-12-31")]
    [InlineData("Prices were 3% higher than at the start of 2004.", "start of 2004", DateGrain.Range, "2004-01-01", "2004-04-30")]
    [InlineData("Growth was 4% in the last quarter of 2024.", "the last quarter of 2024", DateGrain.Quarter, "2024-10-01", "2024-12-31")]
    [InlineData("Prices peaked in mid-2003.", "mid-2003", DateGrain.Range, "2003-05-01", "2003-08-31")]
    [InlineData("Oil was this dear in early 2001.", "early 2001", DateGrain.Range, "2001-01-01", "2001-04-30")]
    [InlineData("Inflation was high in the late 1970s.", "late 1970s", DateGrain.Range, "1977-01-01", "1979-12-31")]
    [InlineData("Shares fell in late December.", "late December", DateGrain.Range, "2024-12-16", "2024-12-31")]
    [InlineData("Growth slowed between 2001 and 2003.", "between 2001 and 2003", DateGrain.Range, "2001-01-01", "2003-12-31")]
    [InlineData("Sales were weak between October and December.", "between October and December", DateGrain.Range, "2024-10-01", "2024-12-31")]
    [InlineData("Talks will run between June and August.", "between June and August", DateGrain.Range, "2025-06-01", "2025-08-31")]
    [InlineData("Prices rose between November 2003 and August 2004.", "between November 2003 and August 2004", DateGrain.Range, "2003-11-01", "2004-08-31")]
    [InlineData("Output grew in July-September.", "July-September", DateGrain.Quarter, "2024-07-01", "2024-09-30")]
    [InlineData("The rules apply from 2007.", "2007", DateGrain.Year, "2007-01-01", "2007-12-31")]
    [InlineData("Rates have been on hold since October.", "since October", DateGrain.Month, "2024-10-01", "2024-10-31")]
    [InlineData("Prices have risen since May last year.", "since May last year", DateGrain.Month, "2024-05-01", "2024-05-31")]
    [InlineData("Lawyers have until 21 March to appeal.", "until 21 March", DateGrain.Day, "2026-03-21", "2026-03-21")]
    [InlineData("Sales rose last November.", "last November", DateGrain.Month, "2024-11-01", "2024-11-30")]
    [InlineData("Sales fell in October last year.", "October last year", DateGrain.Month, "2024-10-01", "2024-10-31")]
    [InlineData("Sales will be strong in September of this year.", "September of this year", DateGrain.Month, "2025-09-01", "2025-09-30")]
    [InlineData("Sales were strong in September of this year.", "September of this year", DateGrain.Month, "2025-09-01", "2025-09-30")]
    [InlineData("The 19th-century mill was restored.", "19th-century", DateGrain.Range, "1800-01-01", "1899-12-31")]
    [InlineData("Prices peaked in the late '80s.", "late '80s", DateGrain.Range, "1987-01-01", "1989-12-31")]
    [InlineData("Sales fell in the mid-'90s.", "mid-'90s", DateGrain.Range, "1994-01-01", "1996-12-31")]
    [InlineData("Sales grew in the early '10s.", "early '10s", DateGrain.Range, "2010-01-01", "2013-12-31")]
    [InlineData("Talks resume in January next year.", "January next year", DateGrain.Month, "2026-01-01", "2026-01-31")]
    [InlineData("Ministers met over the weekend.", "the weekend", DateGrain.Range, "2025-04-05", "2025-04-06")]
    [InlineData("The network is built for the 21st Century.", "21st Century", DateGrain.Range, "2000-01-01", "2099-12-31")]
    [InlineData("The Halden chapel dates from the 15th  century.", "15th  century", DateGrain.Range, "1400-01-01", "1499-12-31")]
    [InlineData("Sales will rise later this year.", "later this year", DateGrain.Range, "2025-04-06", "2025-12-31")]
    [InlineData("Sales rose earlier this month.", "earlier this month", DateGrain.Range, "2025-04-01", "2025-04-04")]
    [InlineData("Shares fell earlier this week.", "earlier this week", DateGrain.Range, "2025-03-31", "2025-04-04")]
    [InlineData("Profits jumped earlier in 2004.", "earlier in 2004", DateGrain.Year, "2004-01-01", "2004-12-31")]
    [InlineData("Prices have doubled over the past two years.", "past two years", DateGrain.Range, "2023-04-05", "2025-04-04")]
    [InlineData("Rates will rise over the next few months.", "next few months", DateGrain.Range, "2025-04-06", "2025-07-05")]
    [InlineData("A deal is expected within the next three months.", "within the next three months", DateGrain.Range, "2025-04-05", "2025-07-04")]
    [InlineData("Profits rose in the previous quarter.", "previous quarter", DateGrain.Quarter, "2025-01-01", "2025-03-31")]
    [InlineData("Profits fell in the past year.", "past year", DateGrain.Year, "2024-01-01", "2024-12-31")]
    [InlineData("Prices were stable over the past decade.", "the past decade", DateGrain.Decade, "2010-01-01", "2019-12-31")]
    [InlineData("Revenue for the year rose 5%.", "the year", DateGrain.Year, "2025-01-01", "2025-12-31")]
    [InlineData("In the year 2004 profits fell.", "year 2004", DateGrain.Year, "2004-01-01", "2004-12-31")]
    [InlineData("Profit rose 5% in the year to March 2025.", "the year to March 2025", DateGrain.Range, "2024-04-01", "2025-03-31")]
    [InlineData("Output grew 3% in the three months to January.", "the three months to January", DateGrain.Range, "2024-11-01", "2025-01-31")]
    [InlineData("Profits for the 12 months to 31 December rose 20%.", "the 12 months to 31 December", DateGrain.Range, "2024-01-01", "2024-12-31")]
    [InlineData("Sales for the year to March will fall.", "the year to March", DateGrain.Range, "2025-04-01", "2026-03-31")]
    [InlineData("Unemployment fell to its lowest level in three years.", "in three years", DateGrain.Range, "2022-04-05", "2025-04-04")]
    [InlineData("Rates rose for the fourth time in five months.", "in five months", DateGrain.Range, "2024-11-05", "2025-04-04")]
    [InlineData("Inflation should return to target within two years.", "within two years", DateGrain.Range, "2025-04-05", "2027-04-04")]
    public void Recognize_LongerDateExpressions_ResolveAgainstThePublicationDate(string text, string surface, DateGrain grain, string start, string end)
    {
        var mention = Single(text, MentionKind.Date);

        Assert.Equal(surface, mention.Text);
        var date = Assert.IsType<DateValue>(mention.Date);
        Assert.Equal(grain, date.Grain);
        Assert.Equal(Day(start), date.Start);
        Assert.Equal(Day(end), date.End);
    }

    [Theory]
    [InlineData("The dollar will be stronger in five years.", "in five years", "2030-04-05")]
    [InlineData("Retail figures are due in a few weeks and are expected to be weak.", "in a few weeks", "2025-04-26")]
    [InlineData("A day earlier, the bank cut rates.", "A day earlier", "2025-04-04")]
    [InlineData("Five years earlier the figure was 2%.", "Five years earlier", "2020-04-05")]
    [InlineData("Shares closed up 2% on the day.", "the day", "2025-04-05")]
    [InlineData("Trading was brisk over Christmas.", "Christmas", "2024-12-25")]
    [InlineData("The deal closed on Monday morning.", "Monday morning", "2025-03-31")]
    [InlineData("Shares fell late on Monday.", "Monday", "2025-03-31")]
    [InlineData("Profits rose 15% from a year ago.", "a year ago", "2024-04-05")]
    [InlineData("The value tripled from 10 years earlier.", "10 years earlier", "2015-04-05")]
    public void Recognize_DaysCountedFromPublication_AreThatDay(string text, string surface, string day)
    {
        var mention = Single(text, MentionKind.Date);

        Assert.Equal(surface, mention.Text);
        Assert.Equal(DateGrain.Day, mention.Date!.Grain);
        Assert.Equal(Day(day), mention.Date.Start);
        Assert.Equal(Day(day), mention.Date.End);
    }

    [Theory]
    [InlineData("Brindle sold 12,000 cars in the week ended March 14.", "the week ended March 14", "2025-03-08", "2025-03-14")]
    [InlineData("Corvina shares rose 4% in the week ending Jan 10, 2025.", "the week ending Jan 10, 2025", "2025-01-04", "2025-01-10")]
    public void Recognize_WeekEndedOnADay_IsTheSevenDaysToThatDay(string text, string surface, string start, string end)
    {
        var date = Mentions(text).Single(m => m.Kind == MentionKind.Date);

        Assert.Equal(surface, date.Text);
        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), date.Date!.Start);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), date.Date.End);
    }

    [Theory]
    [InlineData("The Brindle treaty was signed in nineteen ninety-six.", "nineteen ninety-six", 1996)]
    [InlineData("The Marlow bridge opened in nineteen sixty eight.", "nineteen sixty eight", 1968)]
    [InlineData("The Halden mill was built in eighteen twelve.", "eighteen twelve", 1812)]
    [InlineData("The Corvina line closed in nineteen oh five.", "nineteen oh five", 1905)]
    public void Recognize_YearInWords_IsThatYear(string text, string surface, int year)
    {
        var date = Mentions(text).Single(m => m.Kind == MentionKind.Date);

        Assert.Equal(surface, date.Text);
        Assert.Equal(new DateOnly(year, 1, 1), date.Date!.Start);
        Assert.Equal(new DateOnly(year, 12, 31), date.Date.End);
    }

    [Theory]
    [InlineData("The Kestrel festival runs from June 3 to June 5 this year.", "from June 3 to June 5", "2025-06-03", "2025-06-05")]
    [InlineData("The Kestrel festival ran from June 3 to June 5 last year.", "from June 3 to June 5", "2024-06-03", "2024-06-05")]
    [InlineData("The Kestrel festival ran from March 3 to March 5 this year.", "from March 3 to March 5", "2025-03-03", "2025-03-05")]
    public void Recognize_RangeBeforeARelativeYear_IsInThatYear(string text, string surface, string start, string end)
    {
        var range = Mentions(text).Single(m => m.Kind == MentionKind.Date && m.Text == surface);

        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), range.Date!.Start);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), range.Date.End);
    }

    [Theory]
    [InlineData("The Halden board meets on Monday of the following week.", "following week")]
    [InlineData("The Corvina fair opens on independence day of this year.", "this year")]
    [InlineData("The Brindle loan falls due in two days from today.", "in two days")]
    public void Recognize_PeriodInsideALongerExpression_IsNotReadAlone(string text, string part)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Date && m.Text == part);
    }

    [Fact]
    public void Recognize_DecadeInWords_IsThatDecadeOfTheLastCentury()
    {
        var mention = Single("The brand was a hit in the seventies.", MentionKind.Date);

        Assert.Equal("the seventies", mention.Text);
        Assert.Equal(DateGrain.Decade, mention.Date!.Grain);
        Assert.Equal(new DateOnly(1970, 1, 1), mention.Date.Start);
        Assert.Equal(new DateOnly(1979, 12, 31), mention.Date.End);
    }

    [Fact]
    public void Recognize_MonthAfterIn_IsAMonthEvenWhenItIsAlsoAVerb()
    {
        var mention = Single("Sales fell in May.", MentionKind.Date);

        Assert.Equal("May", mention.Text);
        Assert.Equal(new DateOnly(2024, 5, 1), mention.Date!.Start);
        Assert.Equal(new DateOnly(2024, 5, 31), mention.Date.End);
    }

    [Fact]
    public void Recognize_TwoMonthsJoinedByAnd_AreTwoMonths()
    {
        var dates = Mentions("Pumps made in December and January were recalled.").Where(m => m.Kind == MentionKind.Date).ToList();

        Assert.Equal(["December", "January"], dates.Select(d => d.Text));
        Assert.Equal([new DateOnly(2024, 12, 1), new DateOnly(2025, 1, 1)], dates.Select(d => d.Date!.Start!.Value));
    }

    [Theory]
    [InlineData("Brussels will act in January to shake up the market.", "January", "2026-01-01", "2026-01-31")]
    [InlineData("Fares rose from April.", "April", "2025-04-01", "2025-04-30")]
    public void Recognize_MonthBeforeAWordThatIsNoDate_IsTheMonth(string text, string surface, string start, string end)
    {
        var mention = Single(text, MentionKind.Date);

        Assert.Equal(surface, mention.Text);
        Assert.Equal(Day(start), mention.Date!.Start);
        Assert.Equal(Day(end), mention.Date.End);
    }

    [Fact]
    public void Recognize_TwoWeekdaysJoinedByAnd_AreTwoDays()
    {
        var dates = Mentions("Talks took place on Friday and Saturday.").Where(m => m.Kind == MentionKind.Date).ToList();

        Assert.Equal(["Friday", "Saturday"], dates.Select(d => d.Text));
        Assert.Equal([new DateOnly(2025, 4, 4), new DateOnly(2025, 4, 5)], dates.Select(d => d.Date!.Start!.Value));
    }

    [Fact]
    public void Recognize_RelativeYearAfterAnd_IsThatYear()
    {
        var mention = Single("The firm holds a stake in Wembley and last year came close to buying it.", MentionKind.Date);

        Assert.Equal("last year", mention.Text);
        Assert.Equal(new DateOnly(2024, 1, 1), mention.Date!.Start);
    }

    [Fact]
    public void Recognize_TwoYearsJoinedByAnd_AreTwoYears()
    {
        var dates = Mentions("Growth will be 2% in both 2025 and 2026.").Where(m => m.Kind == MentionKind.Date).ToList();

        Assert.Equal(["2025", "2026"], dates.Select(d => d.Text));
        Assert.All(dates, d => Assert.Equal(DateGrain.Year, d.Date!.Grain));
    }

    [Fact]
    public void Recognize_YearPossessive_IsTheYear()
    {
        var mention = Single("Prices are now well above 2004's average.", MentionKind.Date);

        Assert.Equal("2004", mention.Text);
        Assert.Equal(DateGrain.Year, mention.Date!.Grain);
    }

    [Theory]
    [InlineData("The shares lost 18% in one day.")]
    [InlineData("Results for the full year were weak.")]
    [InlineData("Turnover for the quarter was up 4.3%.")]
    [InlineData("It is the year-on-year comparison that matters.")]
    [InlineData("Jobless numbers rose for the second month in a row.")]
    [InlineData("The trial is now into its third week.")]
    [InlineData("The market has cooled in recent months after several years of growth.")]
    [InlineData("During the same quarter, the rival earned $187m.")]
    [InlineData("Profits rose in the same year.")]
    [InlineData("The plant will be finished in about three years.")]
    [InlineData("The deal will close in two months after approval by regulators.")]
    public void Recognize_LengthsAndUnnamedPeriods_AreNotDates(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Date);
    }

    [Theory]
    [InlineData("Sales will rise later this year.")]
    [InlineData("Prices have doubled over the past two years.")]
    [InlineData("Sales were weak between October and December.")]
    [InlineData("Unemployment fell to its lowest level in three years.")]
    public void Recognize_RelativeExpressionWithoutPublicationDate_IsUnresolved(string text)
    {
        var mention = Assert.Single(Mentions(text, published: null), m => m.Kind == MentionKind.Date);

        Assert.False(mention.Date!.IsResolved);
        Assert.Contains("publication date", mention.Date.UnresolvedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Recognize_NamedYearsWithoutPublicationDate_AreResolved()
    {
        var mention = Assert.Single(Mentions("Growth slowed between 2001 and 2003.", published: null), m => m.Kind == MentionKind.Date);

        Assert.Equal(new DateOnly(2001, 1, 1), mention.Date!.Start);
        Assert.Equal(new DateOnly(2003, 12, 31), mention.Date.End);
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Owners must register within 28 days or face fines.", "within 28 days")]
    [InlineData("Firms must repay within two years or risk losing the licence.", "within two years")]
    public void Recognize_DeadlineBeforeAPenalty_IsNotCountedFromThePublicationDate(string text, string surface)
    {
        var mention = Single(text, MentionKind.Date);

        Assert.Equal((surface, null, null), (mention.Text, mention.Date!.Start, mention.Date.End));
        Assert.NotNull(mention.Date.UnresolvedReason);
    }
}
