using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class ConvertedAmountRuleTests
{
    [Fact]
    public void Apply_AmountInBracketsAfterTheFigure_TakesItAsAConversion()
    {
        var sentence = GroupingSentence.Read("The company paid $512m (£270m) for the site.");
        var grouping = sentence.At("$512m");

        new ConvertedAmountRule().Apply(grouping);

        Assert.Equal(["£270m"], grouping.Draft.ConversionTokens.Select(t => sentence.Text(t)));
        Assert.True(grouping.IsUsed(sentence.Token("£270m")));
    }

    [Fact]
    public void Apply_SameChangeSaidAgainAfterOr_TakesItAsAConversion()
    {
        var sentence = GroupingSentence.Read("Sales rose by £106m or 47.3% last year.");
        var grouping = sentence.At("£106m");

        new ConvertedAmountRule().Apply(grouping);

        Assert.Equal(["47.3%"], grouping.Draft.ConversionTokens.Select(t => sentence.Text(t)));
    }

    [Fact]
    public void Apply_AmountAfterACommaAndWords_TakesNothing()
    {
        var sentence = GroupingSentence.Read("The company paid $512m, then £270m more for the site.");
        var grouping = sentence.At("$512m");

        new ConvertedAmountRule().Apply(grouping);

        Assert.Empty(grouping.Draft.ConversionTokens);
        Assert.False(grouping.IsUsed(sentence.Token("£270m")));
    }
}
