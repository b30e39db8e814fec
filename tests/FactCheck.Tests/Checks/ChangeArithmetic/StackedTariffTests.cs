using FactCheck.Checks;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Checks.ChangeArithmetic;

/// <summary>The change-arithmetic rule on stacks of tariff rates: the existing and the additional rate must add up to the total stated.</summary>
public sealed class StackedTariffTests
{
    private static readonly FactChecker Checker = new FactCheckerBuilder().ClearChecks().AddChangeArithmeticCheck().Build();

    private static IReadOnlyList<Finding> Findings(string text) => Checker.CheckText(text, new DateOnly(2025, 4, 5)).Findings;

    [Fact]
    public void Check_TotalThatDoesNotAddUp_IsAnErrorWithTheSum()
    {
        const string Text = "The US imposed an additional 10% on top of the existing 25% duty on Chinese steel, bringing the total to 30%.";

        var finding = Assert.Single(Findings(Text));

        Assert.Equal("change-arithmetic", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("existing + additional", finding.Computation!.Formula);
        Assert.Equal(35m, finding.Computation.Result);
        Assert.Equal(30m, finding.Computation.Inputs["stated"]);
        Assert.Equal("should read 35%", finding.Suggestion);
        Assert.Equal(3, finding.Spans.Count);
        Assert.Contains(Text.IndexOf("30%", StringComparison.Ordinal), finding.Spans.Select(s => s.Start));
    }

    [Fact]
    public void Check_FutureStackThatDoesNotAddUp_IsAnError()
        => Assert.Single(Findings("Washington will add a further 10% tariff to the existing 25% duty on Chinese steel, taking the total tariff to 30%."));

    [Fact]
    public void Check_TotalThatAddsUp_IsSilent()
        => Assert.Empty(Findings("The US imposed an additional 10% on top of the existing 25% duty on Chinese steel, bringing the total to 35%."));

    [Fact]
    public void Check_RatesOnDifferentGoods_IsSilent()
        => Assert.Empty(Findings("The US imposed an additional 10% duty on cars on top of the existing 25% duty on steel, bringing the total on steel to 30%."));
}
