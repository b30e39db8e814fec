using Xunit;
using FactCheck.Recognition;
using static FactCheck.Tests.Recognition.Recognize;

namespace FactCheck.Tests.Recognition;

/// <summary>What the recognition stage records about the words in and around a date (<see cref="DateContextReader"/>).</summary>
public class DateContextReaderTests
{
    [Theory]
    [InlineData("The vote was held on Tuesday, April 8, 2025.", DayOfWeek.Tuesday, "Tuesday")]
    [InlineData("The vote was held on Monday, April 8, 2025.", DayOfWeek.Monday, "Monday")]
    [InlineData("The vote was held on April 8, 2025 (Friday).", DayOfWeek.Friday, "Friday")]
    [InlineData("The vote was held on Friday the 8th of April 2025.", DayOfWeek.Friday, "Friday")]
    public void Weekday_WrittenBesideTheDay_IsRecordedAsWritten(string text, DayOfWeek day, string name)
    {
        var mention = DayWithDigits(text);

        var weekday = Assert.IsType<NamedWeekday>(mention.Date!.Weekday);
        Assert.Equal(day, weekday.Day);
        Assert.Equal(name, weekday.Text);
        Assert.Equal(name, weekday.Span.Slice(text));
    }

    [Theory]
    [InlineData("The firm reported on Friday.")]
    [InlineData("The vote was held on April 8, 2025.")]
    [InlineData("Sales fell on April 8, 2025, and on Monday they rose.")]
    public void Weekday_NoWeekdaySetBesideADay_IsNull(string text)
    {
        var mention = Mentions(text).First(m => m.Kind == MentionKind.Date);

        Assert.Null(mention.Date!.Weekday);
    }

    [Theory]
    [InlineData("The law was passed on April 9, 2024.", true)]
    [InlineData("Attacks rose in January 2025.", true)]
    [InlineData("Talks were held on April 3.", false)]
    [InlineData("Exports fell last year.", false)]
    public void ShowsYear_DependsOnWhetherTheYearIsWritten(string text, bool shown)
    {
        var mention = Single(text, MentionKind.Date);

        Assert.Equal(shown, mention.Date!.ShowsYear);
    }

    private static Mention DayWithDigits(string text) =>
        Assert.Single(Mentions(text), m => m.Kind == MentionKind.Date && m.Text.Any(char.IsAsciiDigit));
}
