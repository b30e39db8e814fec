using FactCheck.Claims;
using Xunit;

namespace FactCheck.Tests.Claims;

public class StackedTariffReaderTests
{
    private static readonly FactChecker Checker = new FactCheckerBuilder().Build();

    private static IReadOnlyList<Claim> Claims(string text) => Checker.CheckText(text, new DateOnly(2025, 4, 5)).Claims;

    [Fact]
    public void Read_AdditionalOnTopOfExistingWithTotal_GivesTheTotalItsStack()
    {
        var claims = Claims("The US imposed an additional 10% on top of the existing 25% duty on Chinese steel, bringing the total to 30%.");

        var total = Assert.Single(claims, c => c.Tariff?.TotalRate is not null);
        Assert.Equal(30m, total.Value);
        Assert.Equal(25m, total.Tariff!.ExistingRate!.Value);
        Assert.Equal(10m, total.Tariff.AdditionalRate!.Value);
        Assert.Equal("30%", total.Tariff.TotalRate!.Text);
    }

    [Fact]
    public void Read_FurtherLevyOnTopOfTheCurrentWithACombinedRate_GivesTheStack()
    {
        var claims = Claims("Ruritanian cars face a further 20% levy on top of the current 15%, for a combined rate of 35%.");

        var total = Assert.Single(claims, c => c.Tariff?.TotalRate is not null);
        Assert.Equal((15m, 20m, 35m), (total.Tariff!.ExistingRate!.Value, total.Tariff.AdditionalRate!.Value, total.Value));
    }

    [Fact]
    public void Read_RatesOnDifferentGoods_MakeNoStack()
    {
        var claims = Claims("The US imposed an additional 10% duty on cars on top of the existing 25% duty on steel, bringing the total on steel to 30%.");

        Assert.DoesNotContain(claims, c => c.Tariff?.TotalRate is not null);
    }

    [Fact]
    public void Read_NoTariffNamed_MakesNoStack()
    {
        var claims = Claims("Sales rose an additional 10% on top of the existing 25%, bringing the total to 30%.");

        Assert.DoesNotContain(claims, c => c.Tariff?.TotalRate is not null);
    }

    [Fact]
    public void TariffDetails_TotalWithoutTheAdditionalRate_Throws()
    {
        var total = new ClaimFigure(0, new FactCheck.Text.TextSpan(0, 3), "30%", 30m, "%", 29.5m, 30.5m);

        Assert.Throws<ArgumentException>(() => new TariffDetails(30m, null, null, null, null, isAdditional: false, totalRate: total));
    }
}
