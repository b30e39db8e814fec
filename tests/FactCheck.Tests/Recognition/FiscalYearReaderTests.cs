using FactCheck.Recognition;
using Xunit;
using static FactCheck.Tests.Recognition.Recognize;

namespace FactCheck.Tests.Recognition;

/// <summary>Fiscal years: the year is named, the months are not guessed.</summary>
public sealed class FiscalYearReaderTests
{
    [Theory]
    [InlineData("The group reported FY2023 revenue of $3 billion.", "FY2023", 2023)]
    [InlineData("The group reported FY 2022 revenue of $3 billion.", "FY 2022", 2022)]
    [InlineData("The group reported FY21 revenue of $3 billion.", "FY21", 2021)]
    public void Read_FiscalYear_NamesTheYearAndLeavesItsMonthsUnresolved(string text, string surface, int year)
    {
        var date = Single(text, MentionKind.Date);

        Assert.Equal((surface, (decimal)year, "FY" + year), (date.Text, date.Value, date.Date!.Timex));
        Assert.Null(date.Date.Start);
        Assert.Equal(FiscalYearReader.Reason, date.Date.UnresolvedReason);
    }

    [Fact]
    public void Read_FiscalYearAcrossTwoYears_IsNotOneFiscalYear()
    {
        Assert.DoesNotContain(Mentions("Profits rose in FY2023/24."), m => m.Date?.Timex == "FY2023");
    }

    [Theory]
    [InlineData("Revenue for fiscal 2014/15 rose 8%.", "2014/15", 2014)]
    [InlineData("Profit in FY2014/15 was Rs 300 crore.", "FY2014/15", 2014)]
    [InlineData("The 2003-04 season was its best.", "2003-04", 2003)]
    [InlineData("The plan runs from 1999/2000 to 2016/17.", "2016/17", 2016)]
    public void Read_FiscalYearOrSeasonAcrossTwoYears_SpansBothCalendarYears(string text, string surface, int first)
    {
        var date = Mentions(text).Single(m => m.Kind == MentionKind.Date && m.Text == surface);

        Assert.Equal((new DateOnly(first, 1, 1), new DateOnly(first + 1, 12, 31)), (date.Date!.Start, date.Date.End));
    }

    [Fact]
    public void Read_YearAndMonthInIsoForm_IsNoSeason()
    {
        var date = Single("The deal closed on 2004-05-17.", MentionKind.Date);

        Assert.Equal((new DateOnly(2004, 5, 17), new DateOnly(2004, 5, 17)), (date.Date!.Start, date.Date.End));
    }

    [Theory]
    [InlineData("The 2004-06 plan cut costs.", "2004-06", 2004, 2006)]
    [InlineData("Under the 2011-15 plan the plant closed.", "2011-15", 2011, 2015)]
    [InlineData("Output fell in 1997-99 after the crisis.", "1997-99", 1997, 1999)]
    public void Read_RangeOfYearsWithTheLastShort_SpansEveryYearOfIt(string text, string surface, int first, int last)
    {
        var date = Single(text, MentionKind.Date);

        Assert.Equal((surface, new DateOnly(first, 1, 1), new DateOnly(last, 12, 31)), (date.Text, date.Date!.Start, date.Date.End));
    }

    [Fact]
    public void Read_YearAndAPossibleMonthWithoutANounAfter_IsNoRangeOfYears()
        => Assert.DoesNotContain(Mentions("In 2004-06, prices rose."), m => m.Date?.End == new DateOnly(2006, 12, 31));
}
