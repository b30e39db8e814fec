using FactCheck.Cli;
using Xunit;

namespace FactCheck.Tests.Cli;

public class TextSuppressionsTests
{
    [Fact]
    public void Read_Marker_IsBlankedOutKeepingOffsets()
    {
        const string text = "First line.\n<!-- factcheck-ignore weekday -->\nOn Monday, April 9, 2025, it rose.";

        var (blanked, _) = TextSuppressions.Read(text);

        Assert.Equal(text.Length, blanked.Length);
        Assert.DoesNotContain("factcheck", blanked, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("On Monday", StringComparison.Ordinal), blanked.IndexOf("On Monday", StringComparison.Ordinal));
    }

    [Fact]
    public void Silences_NamedRule_OnTheMarkersLineAndTheNextOnly()
    {
        const string text = "One.\n<!-- factcheck-ignore weekday, date-order -->\nTwo.\nThree.";
        var (_, suppressions) = TextSuppressions.Read(text);

        Assert.True(suppressions.Silences("weekday", text.IndexOf("Two", StringComparison.Ordinal)));
        Assert.True(suppressions.Silences("date-order", text.IndexOf("Two", StringComparison.Ordinal)));
        Assert.False(suppressions.Silences("restatement", text.IndexOf("Two", StringComparison.Ordinal)));
        Assert.False(suppressions.Silences("weekday", text.IndexOf("Three", StringComparison.Ordinal)));
        Assert.False(suppressions.Silences("weekday", text.IndexOf("One", StringComparison.Ordinal)));
    }

    [Fact]
    public void Silences_MarkerWithoutRules_SilencesEveryRule()
    {
        const string text = "A 5% rise. <!-- factcheck-ignore -->";
        var (_, suppressions) = TextSuppressions.Read(text);

        Assert.True(suppressions.Silences("plausibility", 2));
    }

    [Fact]
    public void Silences_FileMarker_SilencesTheRuleEverywhere()
    {
        const string text = "<!-- factcheck-ignore-file weekday -->\nOne.\n\n\nFar below.";
        var (_, suppressions) = TextSuppressions.Read(text);

        Assert.True(suppressions.Silences("weekday", text.IndexOf("Far", StringComparison.Ordinal)));
        Assert.False(suppressions.Silences("restatement", text.IndexOf("Far", StringComparison.Ordinal)));
    }
}
