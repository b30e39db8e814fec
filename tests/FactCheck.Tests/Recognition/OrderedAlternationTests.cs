using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Recognition;
using Xunit;

namespace FactCheck.Tests.Recognition;

/// <summary>Several expressions read in order find what their one alternation finds, which is what the cue scan relies on.</summary>
public sealed class OrderedAlternationTests
{
    private static readonly Regex Year = new(@"\b(?:19|20)[0-9]{2}\b", RegexOptions.CultureInvariant);
    private static readonly Regex Digits = new(@"\b[0-9]+(?:/[0-9]+)?\b", RegexOptions.CultureInvariant);
    private static readonly Regex Words = new(@"\b(?:last\ year|year|two)\b", RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace);

    [Theory]
    [InlineData("Sales rose 12/3 in 2004, two years after last year's 7 and 2003/04.")]
    [InlineData("In 1999 and 2000/1 two men")]
    [InlineData("")]
    [InlineData("no cue here")]
    public void Matches_AsOneAlternation_FindsTheSame(string text)
    {
        var together = new Regex($"(?<e0>{Year})|(?<e1>{Digits})|(?<e2>{Words})", RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace);
        var expected = together.Matches(text).Select(m => (m.Index, m.Length, m.Groups["e0"].Success ? 0 : m.Groups["e1"].Success ? 1 : 2)).ToList();

        var found = new List<(int Start, int Length, int Expression)>();
        OrderedAlternation.Matches(text, [Year, Digits, Words], found);

        Assert.Equal(expected, found);
    }

    [Fact]
    public void Matches_TwoMatchAtOnePlace_TheEarlierExpressionWins()
    {
        var found = new List<(int Start, int Length, int Expression)>();
        OrderedAlternation.Matches("in 2004", [Digits, Year], found);

        Assert.Equal([(3, 4, 0)], found);
    }

    [Fact]
    public void Matches_EnglishCues_ReadAsTheyWereOneExpression()
    {
        var news = LanguagePacks.English.News;
        var found = new List<(int Start, int Length, int Expression)>();
        OrderedAlternation.Matches("In 2004 sales fell two-thirds on 9/11 and in May.", [news.YearCue(), news.CalendarCue(), news.DigitDateCue(), news.NumberWordCue()], found);

        Assert.Equal([(3, 4, 0), (19, 3, 3), (23, 6, 3), (33, 4, 2), (45, 3, 1)], found);
    }
}
