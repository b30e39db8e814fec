using FactCheck.Languages;
using Xunit;

namespace FactCheck.Tests.Languages;

public class CalendarWordsTests
{
    private static readonly CalendarWords Calendar = LanguagePacks.English.Calendar;

    [Theory]
    [InlineData("January", 1)]
    [InlineData("Jan.", 1)]
    [InlineData("march", 3)]
    [InlineData("Sept.", 9)]
    [InlineData("Sep", 9)]
    [InlineData("DECEMBER", 12)]
    public void MonthOf_NameOrAbbreviation_Number(string name, int expected) => Assert.Equal(expected, Calendar.MonthOf(name));

    [Theory]
    [InlineData("Ja")]
    [InlineData("Monday")]
    [InlineData("")]
    public void MonthOf_NoMonth_Zero(string name) => Assert.Equal(0, Calendar.MonthOf(name));

    [Theory]
    [InlineData("Monday", DayOfWeek.Monday)]
    [InlineData("sunday", DayOfWeek.Sunday)]
    [InlineData("Thurs", DayOfWeek.Thursday)]
    public void WeekdayOf_Name_Day(string name, DayOfWeek expected) => Assert.Equal(expected, Calendar.WeekdayOf(name));

    [Fact]
    public void WeekdayOf_NoWeekday_Null() => Assert.Null(Calendar.WeekdayOf("April"));

    [Fact]
    public void MonthName_Number_Name() => Assert.Equal("September", Calendar.MonthName(9));

    [Theory]
    [InlineData("twenties", 2)]
    [InlineData("Nineties", 9)]
    [InlineData("noughties", 0)]
    public void DecadeOf_Word_Tens(string word, int expected) => Assert.Equal(expected, Calendar.DecadeOf(word));

    [Fact]
    public void NameLikeDates_HoldWeekdaysAndMonthsThatAreNames()
    {
        Assert.Contains("May", (IReadOnlySet<string>)Calendar.NameLikeDates);
        Assert.Contains("Sunday", (IReadOnlySet<string>)Calendar.NameLikeDates);
        Assert.DoesNotContain("September", (IReadOnlySet<string>)Calendar.NameLikeDates);
    }
}
