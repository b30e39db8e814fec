using System.Globalization;
using FactCheck.Checks;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests;

public sealed class FactCheckerTests
{
    private const string Text = "Sales rose 12% to 56 million in the year to March.";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public void Check_DocumentWithoutCulture_IsReadInTheCulturePassedToWithCulture()
    {
        var checker = new FactCheckerBuilder().WithCulture(French).Build();

        var report = checker.Check(new Document(Text, new DateOnly(2025, 4, 5)));

        Assert.Equal(French, report.Document.Culture);
        Assert.Contains(report.Findings, f => f.RuleId == RuleIds.CultureUnsupported && f.Message.Contains("'fr-FR'", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_DocumentWithItsOwnCulture_KeepsIt()
    {
        var checker = new FactCheckerBuilder().WithCulture(French).Build();

        var report = checker.Check(new Document(Text, new DateOnly(2025, 4, 5), CultureInfo.GetCultureInfo("en-GB")));

        Assert.Equal("en-GB", report.Document.Culture?.Name);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == RuleIds.CultureUnsupported);
    }

    [Fact]
    public void Check_NoCultureAnywhere_ReadsEnUs()
    {
        var report = new FactCheckerBuilder().Build().Check(new Document(Text));

        Assert.Equal("en-US", report.Document.Culture?.Name);
    }
}
