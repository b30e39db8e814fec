using System.Globalization;
using FactCheck.Recognition;
using FactCheck.Text;
using Xunit;

namespace FactCheck.Tests.Recognition;

/// <summary>Dates written in digits, in either order, with the culture's preference when both orders are possible.</summary>
public sealed class DigitDateReaderTests
{
    [Theory]
    [InlineData("The meeting was held on 17-05-2016.", "en-US", "17-05-2016", 2016, 5, 17)]
    [InlineData("The meeting was held on 17-05-2016.", "en-GB", "17-05-2016", 2016, 5, 17)]
    [InlineData("The meeting was held on 5/17/2016.", "en-GB", "5/17/2016", 2016, 5, 17)]
    [InlineData("The meeting was held on 5/6/2016.", "en-US", "5/6/2016", 2016, 5, 6)]
    [InlineData("The meeting was held on 5/6/2016.", "en-GB", "5/6/2016", 2016, 6, 5)]
    [InlineData("The meeting was held on 5/6/2016.", "en-AU", "5/6/2016", 2016, 6, 5)]
    [InlineData("The meeting was held on 17.05.2016.", "en-GB", "17.05.2016", 2016, 5, 17)]
    [InlineData("The meeting was held on 2016-05-17.", "en-GB", "2016-05-17", 2016, 5, 17)]
    [InlineData("The vote was on 5/6/98 in the capital.", "en-US", "5/6/98", 1998, 5, 6)]
    public void Read_DigitDate_IsThatDay(string text, string culture, string surface, int year, int month, int day)
    {
        var mentions = Read(text, culture);

        var date = Assert.Single(mentions);
        Assert.Equal(surface, date.Text);
        Assert.Equal((new DateOnly(year, month, day), new DateOnly(year, month, day)), (date.Date!.Start, date.Date.End));
    }

    [Theory]
    [InlineData("The form dated 31/02/2016 was forged.")]
    [InlineData("The lottery numbers were 13/14/2016.")]
    [InlineData("Version 1.2.10 was released.")]
    [InlineData("The team played a 6-4-12 rotation.")]
    public void Read_NoCalendarDay_IsLeftAlone(string text)
    {
        Assert.Empty(Read(text, "en-GB"));
    }

    [Theory]
    [InlineData("en-US", true)]
    [InlineData("en-GB", false)]
    [InlineData("en-IN", false)]
    public void MonthFirst_FollowsTheCulturesShortDate(string culture, bool expected)
    {
        Assert.Equal(expected, DigitDateReader.MonthFirst(CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void Recognize_DashedDate_IsOneDateNotNumbers()
    {
        var mentions = Recognize.Mentions("The meeting was held on 17-05-2016.");

        var date = Assert.Single(mentions);
        Assert.Equal((MentionKind.Date, new DateOnly(2016, 5, 17)), (date.Kind, date.Date!.Start));
    }

    private static List<Mention> Read(string text, string culture)
    {
        var mentions = new List<Mention>();
        DigitDateReader.Read(text, new TextSpan(0, text.Length), CultureInfo.GetCultureInfo(culture), mentions);
        return mentions;
    }
}
