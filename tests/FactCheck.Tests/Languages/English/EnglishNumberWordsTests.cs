using FactCheck.Languages.English;
using Xunit;

namespace FactCheck.Tests.Languages.English;

public class EnglishNumberWordsTests
{
    public static TheoryData<string> Lists => new()
    {
        EnglishNumberWords.DigitWords,
        EnglishNumberWords.UnitWords,
        EnglishNumberWords.TensWords,
        EnglishNumberWords.ScaleWords,
        EnglishNumberWords.CountingWords,
        EnglishNumberWords.PeriodCount,
        EnglishNumberWords.PointFractions,
        EnglishNumberWords.HalfWholeOpeners,
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Lists_EachWord_AppearsOnce(string list)
    {
        var words = list.Split('|');
        Assert.Equal(words.Length, words.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void UnitWords_PositionIsValue_ZeroToNineteen()
    {
        var units = EnglishNumberWords.UnitWords.Split('|');
        Assert.Equal(20, units.Length);
        Assert.Equal("zero", units[0]);
        Assert.Equal("seven", units[7]);
        Assert.Equal("nineteen", units[19]);
    }

    [Theory]
    [InlineData("fifteen")]
    [InlineData("forty")]
    [InlineData("ninety")]
    public void PeriodCount_TeensAndTens_CountAPeriod(string word)
        => Assert.Contains(word, EnglishNumberWords.PeriodCount.Split('|'));

    [Fact]
    public void TensWords_TwentyToNinety_InOrder()
        => Assert.Equal(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], EnglishNumberWords.TensWords.Split('|'));

    [Fact]
    public void CountingWords_HoldUnitsTensAndPluralScales()
    {
        var counting = EnglishNumberWords.CountingWords.Split('|');
        Assert.Contains("nineteen", counting);
        Assert.Contains("ninety", counting);
        Assert.Contains("millions?", counting);
        Assert.Contains("dozens?", counting);
    }

    [Theory]
    [InlineData("and a half", true)]
    [InlineData("and a quarter", false)]
    public void AndAHalf_MatchesThePhraseOnly(string words, bool expected)
        => Assert.Equal(expected, System.Text.RegularExpressions.Regex.IsMatch(words, "^(?:" + EnglishNumberWords.AndAHalf + ")$", System.Text.RegularExpressions.RegexOptions.IgnorePatternWhitespace));

    [Theory]
    [InlineData("half", "0.5")]
    [InlineData("a quarter", "0.25")]
    [InlineData("three-quarters", "0.75")]
    [InlineData("three quarters", "0.75")]
    public void PointFractionValue_IsTheFraction(string words, string expected)
        => Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), EnglishNumberWords.PointFractionValue(words));
}
