using Xunit;
using FactCheck.Recognition;
using static FactCheck.Tests.Recognition.Recognize;

namespace FactCheck.Tests.Recognition;

/// <summary>Dates of general English news that are read whole, not as numbers or as a shorter date.</summary>
public sealed class DateReaderTests
{
    [Theory]
    [InlineData("Sales in fiscal 2004/05 rose.", "2004/05", "2004-01-01", "2005-12-31")]
    [InlineData("Music of the 80's was better.", "the 80's", "1980-01-01", "1989-12-31")]
    [InlineData("Prices were lower in the two thousands.", "the two thousands", "2000-01-01", "2009-12-31")]
    [InlineData("He was born in nineteen eighty four.", "nineteen eighty four", "1984-01-01", "1984-12-31")]
    [InlineData("Growth in the second quarter of two thousand and twenty was weak.", "the second quarter of two thousand and twenty", "2020-04-01", "2020-06-30")]
    [InlineData("Prices fell in the last week of 2013.", "the last week of 2013", "2013-12-23", "2013-12-29")]
    [InlineData("The law was signed on Jan. 12, 1996 in Washington.", "Jan. 12, 1996", "1996-01-12", "1996-01-12")]
    [InlineData("The church dates from the 14th century.", "14th century", "1300-01-01", "1399-12-31")]
    public void Read_DateForms_AreOneDateWithTheirPeriod(string text, string surface, string start, string end)
    {
        var mentions = Mentions(text);

        var date = Assert.Single(mentions);
        Assert.Equal(MentionKind.Date, date.Kind);
        Assert.Equal((surface, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (date.Text, date.Date!.Start!.Value, date.Date.End!.Value));
    }

    [Fact]
    public void Read_WeekNumber_IsThatWeekNotANumber()
    {
        var date = Assert.Single(Mentions("Sales in week 23 rose."));

        Assert.Equal((MentionKind.Date, "week 23", DayOfWeek.Monday), (date.Kind, date.Text, date.Date!.Start!.Value.DayOfWeek));
    }
}
