using FactCheck.Recognition;
using Xunit;
using static FactCheck.Tests.Recognition.Recognize;

namespace FactCheck.Tests.Recognition;

/// <summary>Fractions of a point and of a per cent written in words.</summary>
public sealed class PointFractionReaderTests
{
    [Theory]
    [InlineData("The bank raised rates by half a percentage point.", "half a percentage point", "0.5")]
    [InlineData("The bank raised rates by a quarter of a percentage point.", "a quarter of a percentage point", "0.25")]
    [InlineData("Rates rose by a quarter of a point.", "a quarter of a point", "0.25")]
    [InlineData("Inflation hit 2%, up three quarters of a point.", "three quarters of a point", "0.75")]
    [InlineData("Inflation is 2%. It rose by half a point.", "half a point", "0.5")]
    public void Read_FractionOfAPoint_IsPercentagePoints(string text, string surface, string value)
    {
        var points = Single(text, MentionKind.PercentagePoints);

        Assert.Equal((surface, Dec(value), "pp"), (points.Text, points.Value, points.Unit));
    }

    [Fact]
    public void Read_HalfAPerCent_IsAPercentage()
    {
        var percentage = Single("Inflation was half a per cent.", MentionKind.Percentage);

        Assert.Equal(("half a per cent", 0.5m), (percentage.Text, percentage.Value));
    }

    [Fact]
    public void Read_PointOfAnIndex_IsNoPercentagePoint()
    {
        Assert.DoesNotContain(Mentions("The index fell half a point on Monday."), m => m.Kind == MentionKind.PercentagePoints);
    }

    [Fact]
    public void Read_BasisPoints_ArePercentagePoints()
    {
        var points = Single("The bank raised rates by 25 basis points.", MentionKind.PercentagePoints);

        Assert.Equal(0.25m, points.Value);
    }
}
