using Xunit;
using FactCheck.Recognition;
using static FactCheck.Tests.Recognition.Recognize;

namespace FactCheck.Tests.Recognition;

public class MentionIntervalTests
{
    [Theory]
    [InlineData("29", "1", Qualifier.None, "28.5", "29.5")]
    [InlineData("3.5", "0.1", Qualifier.None, "3.45", "3.55")]
    [InlineData("7000000000", "1000000000", Qualifier.None, "6500000000", "7500000000")]
    [InlineData("100", "1", Qualifier.Approximately, "95", "105")]
    [InlineData("2", "1", Qualifier.Approximately, "1.5", "2.5")]
    [InlineData("100", "1", Qualifier.Nearly, "95", "100")]
    [InlineData("40000", "1", Qualifier.MoreThan, "40000", "50000")]
    [InlineData("42000", "1", Qualifier.MoreThan, "42000", "43000")]
    [InlineData("3.5", "0.1", Qualifier.AtLeast, "3.5", "3.6")]
    [InlineData("5", "1", Qualifier.LessThan, "4", "5")]
    [InlineData("1", "1", Qualifier.AtMost, "0", "1")]
    public void For_QualifierAndPrecision_GivesTheDocumentedInterval(string value, string step, Qualifier qualifier, string low, string high)
    {
        var (actualLow, actualHigh) = MentionInterval.For(Dec(value), Dec(step), qualifier);
        Assert.Equal(Dec(low), actualLow);
        Assert.Equal(Dec(high), actualHigh);
    }

    [Fact]
    public void For_ExactValue_IsAPoint()
    {
        Assert.Equal((2m, 2m), MentionInterval.For(2m, 0m, Qualifier.None));
    }

    [Theory]
    [InlineData("40000", "1", "10000")]
    [InlineData("42000", "1", "1000")]
    [InlineData("29", "1", "1")]
    [InlineData("3.5", "0.1", "0.1")]
    [InlineData("7000000000", "1000000000", "1000000000")]
    public void RoundingStep_LastNonZeroDigit_IsTheStep(string value, string step, string expected)
    {
        Assert.Equal(Dec(expected), MentionInterval.RoundingStep(Dec(value), Dec(step)));
    }
}
