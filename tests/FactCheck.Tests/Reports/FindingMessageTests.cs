using System.Globalization;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Reports;

public sealed class FindingMessageTests
{
    [Fact]
    public void ToString_GermanCulture_WritesTheArgumentsTheGermanWayAndTheWordsAsTheyAre()
    {
        var message = new FindingMessage("{0} is {1:#,0.##}%, not {2}.", "\u201Cthe rate\u201D", 1234.5m, "12.5%");

        Assert.Equal("\u201Cthe rate\u201D is 1.234,5%, not 12.5%.", message.ToString(CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("\u201Cthe rate\u201D is 1,234.5%, not 12.5%.", message.ToString());
    }

    [Fact]
    public void FromString_TextWithBraces_IsKeptAsWritten()
    {
        FindingMessage message = "A {brace} stays.";

        Assert.Equal("A {brace} stays.", message.ToString());
        Assert.Empty(message.Arguments);
    }

    [Fact]
    public void Constructor_TemplateNamingAMissingArgument_Throws()
        => Assert.Throws<FormatException>(() => new FindingMessage("{0} and {1}", 1m));
}
