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

    [Theory]
    [InlineData("Prices have risen since 2019.", DateBound.Since)]
    [InlineData("Growth will slow by 2030.", DateBound.By)]
    [InlineData("The plant must close by mid-2030.", DateBound.By)]
    [InlineData("The offer runs until 2027.", DateBound.Until)]
    [InlineData("The deal must be signed before 2027.", DateBound.Before)]
    [InlineData("Output recovered after 2009.", DateBound.After)]
    [InlineData("Prices fell in 2019.", DateBound.None)]
    public void Bound_WordBeforeOrAtTheStartOfTheDate_IsRecorded(string text, DateBound bound)
    {
        var mention = Single(text, MentionKind.Date);

        Assert.Equal(bound, mention.Date!.Bound);
    }

    [Theory]
    [InlineData("The new duty takes full effect on April 9.", true)]
    [InlineData("The rules come into force from 1 May 2025.", true)]
    [InlineData("The rules were debated on 1 May 2025.", false)]
    public void TakesEffect_EffectWordingBeforeTheDate_IsRecorded(string text, bool takesEffect)
    {
        var mention = Single(text, MentionKind.Date);

        Assert.Equal(takesEffect, mention.Date!.TakesEffect);
    }

    [Theory]
    [InlineData("The ministry announced the plan on 2 April 2025.", true)]
    [InlineData("The ministry debated the plan on 2 April 2025.", false)]
    public void InAnnouncement_AnnouncingSentence_IsRecorded(string text, bool announcing)
    {
        var mention = Single(text, MentionKind.Date);

        Assert.Equal(announcing, mention.Date!.InAnnouncement);
    }

    [Theory]
    [InlineData("Attacks jumped in January 2026.", true)]
    [InlineData("In January 2026, attacks jumped sharply.", true)]
    [InlineData("The treaty was signed on 2 April 2026.", true)]
    [InlineData("Attacks will jump in January 2026.", false)]
    [InlineData("The firm plans to hire staff in January 2026.", false)]
    [InlineData("Prices rose until January 2026.", false)]
    [InlineData("The tariff took effect on 2 April 2026.", false)]
    public void IsPastEvent_DependsOnTheVerbAndWordingAroundTheDate(string text, bool pastEvent)
    {
        var mention = Single(text, MentionKind.Date);

        Assert.Equal(pastEvent, mention.Date!.IsPastEvent);
    }
}
