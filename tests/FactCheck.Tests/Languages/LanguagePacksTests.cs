using System.Globalization;
using FactCheck.Languages;
using Xunit;

namespace FactCheck.Tests.Languages;

public class LanguagePacksTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("en")]
    [InlineData("")]
    public void For_EnglishOrInvariant_EnglishAndSupported(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        Assert.Same(LanguagePacks.English, LanguagePacks.For(culture));
        Assert.True(LanguagePacks.IsSupported(culture));
    }

    [Fact]
    public void For_OtherLanguage_FallsBackToEnglishAndIsNotSupported()
    {
        var german = CultureInfo.GetCultureInfo("de-DE");
        Assert.Same(LanguagePacks.English, LanguagePacks.For(german));
        Assert.False(LanguagePacks.IsSupported(german));
    }

    [Fact]
    public void English_NumberFormat_CommaThousandsDotDecimals()
    {
        var format = LanguagePacks.English.NumberFormat;
        Assert.Equal(",", format.NumberGroupSeparator);
        Assert.Equal(".", format.NumberDecimalSeparator);
    }

    [Fact]
    public void English_Abbreviations_HoldMonthAbbreviationsBeforeFigures()
    {
        var abbreviations = LanguagePacks.English.Abbreviations;
        Assert.Contains("sept", (IReadOnlySet<string>)abbreviations.BeforeFigure);
        Assert.Contains("dr", (IReadOnlySet<string>)abbreviations.NeverFinal);
        Assert.Contains("inc", (IReadOnlySet<string>)abbreviations.MaybeFinal);
        Assert.Contains("However", (IReadOnlySet<string>)abbreviations.SentenceOpeners);
    }
}
