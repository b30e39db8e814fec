using Xunit;

namespace FactCheck.Tests;

public class FactCheckerCompareTogetherTests
{
    private static readonly FactChecker Checker = new FactCheckerBuilder().Build();

    [Fact]
    public void CompareTogether_ReportsCheckedApart_FindWhatCheckTogetherFinds()
    {
        Document[] documents =
        [
            new("Pakistani goods now face a 29% tariff in the US.", new DateOnly(2025, 4, 5), source: "dawn.txt"),
            new("Pakistani goods now face a 30% tariff in the US.", new DateOnly(2025, 4, 6), source: "nation.txt"),
        ];

        var apart = Checker.CompareTogether(documents.Select(d => Checker.Check(d)).ToList());
        var together = Checker.CheckTogether(documents).Findings;

        var finding = Assert.Single(apart);
        Assert.Equal("cross-document", finding.Finding.RuleId);
        Assert.Equal("nation.txt", finding.Finding.OtherDocument);
        Assert.Equal(together.Select(f => f.Finding.Message), apart.Select(f => f.Finding.Message));
    }

    [Fact]
    public void CompareTogether_NullReport_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Checker.CompareTogether([Checker.CheckText("x"), null!]));
    }
}
