using System.Globalization;
using FactCheck.Languages.English;
using Xunit;

namespace FactCheck.Tests.Languages.English;

public class EnglishCalendarWordsTests
{
    public static TheoryData<string> Lists => new()
    {
        EnglishCalendarWords.MonthNames,
        EnglishCalendarWords.MonthAbbreviations,
        EnglishCalendarWords.MonthNamesAlsoWords,
        EnglishCalendarWords.MonthNamesAlsoWordsAsNames,
        EnglishCalendarWords.MonthNamesAlsoNames,
        EnglishCalendarWords.WeekdayNames,
        EnglishCalendarWords.DecadeWords,
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Lists_EachWord_AppearsOnceAndIsPlain(string list)
    {
        var words = list.Split('|');
        Assert.Equal(words.Length, words.Distinct(StringComparer.Ordinal).Count());
        Assert.All(words, word => Assert.Matches("^[A-Za-z]+$", word));
    }

    [Fact]
    public void MonthNames_InCalendarOrder_AreTheMonthsOfTheYear()
    {
        var expected = Enumerable.Range(1, 12).Select(m => new DateOnly(2025, m, 1).ToString("MMMM", CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal(expected, EnglishCalendarWords.MonthNames.Split('|'));
    }

    [Fact]
    public void MonthAbbreviations_LongerFormFirst_SoSeptIsReadWhole()
    {
        var abbreviations = EnglishCalendarWords.MonthAbbreviations.Split('|');
        Assert.True(Array.IndexOf(abbreviations, "Sept") < Array.IndexOf(abbreviations, "Sep"));
        Assert.DoesNotContain("May", abbreviations);
    }

    [Fact]
    public void MonthNamesAlsoWords_AreMonthsAndCommonVerbs()
    {
        var months = EnglishCalendarWords.MonthNames.Split('|');
        Assert.Equal(["March", "May"], EnglishCalendarWords.MonthNamesAlsoWords.Split('|'));
        Assert.All(EnglishCalendarWords.MonthNamesAlsoWordsAsNames.Split('|'), word => Assert.Contains(word, months, StringComparer.OrdinalIgnoreCase));
        Assert.All(EnglishCalendarWords.MonthNamesAlsoNames.Split('|'), word => Assert.Contains(word, months));
    }

    [Fact]
    public void WeekdayNames_MondayFirst_AreTheDaysOfTheWeek()
    {
        var monday = new DateOnly(2025, 4, 7);
        var expected = Enumerable.Range(0, 7).Select(d => monday.AddDays(d).ToString("dddd", CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal(expected, EnglishCalendarWords.WeekdayNames.Split('|'));
    }

    [Theory]
    [InlineData("year")]
    [InlineData("years")]
    [InlineData("decade")]
    [InlineData("season")]
    [InlineData("time")]
    [InlineData("centuries")]
    public void PeriodNouns_MatchEachStretchOfTimeWhole(string noun)
        => Assert.Matches($"^(?:{EnglishCalendarWords.PeriodNouns})$", noun);

    [Fact]
    public void PeriodNouns_EachAlternativeAppearsOnce_AndNoWholeIsAPeriod()
    {
        var alternatives = EnglishCalendarWords.PeriodNouns.Split('|');
        Assert.Equal(alternatives.Length, alternatives.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotMatch($"^(?:{EnglishCalendarWords.PeriodNouns})$", "workforce");
        Assert.DoesNotMatch($"^(?:{EnglishCalendarWords.PeriodNouns})$", "yearly");
    }
}
