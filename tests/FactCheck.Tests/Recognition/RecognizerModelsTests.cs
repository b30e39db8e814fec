using FactCheck.Recognition;
using Xunit;
using static FactCheck.Tests.Recognition.Recognize;

namespace FactCheck.Tests.Recognition;

[Collection(nameof(ModelCallCounting))]
public class RecognizerModelsTests
{
    [Fact]
    public void Calls_CommonAndLongerDateExpressions_NeedNoDateTimeModel()
    {
        const string text = "Profits fell 5% in the last three months of 2004, and sales were weak between October and December. "
            + "Prices have doubled over the past two years and will rise later this year, the firm said on Friday. "
            + "Unemployment is at its lowest level in three years, down from a peak in mid-2003.";
        var before = RecognizerModels.Calls;

        var dates = Mentions(text).Where(m => m.Kind == MentionKind.Date).Select(m => m.Text).ToList();

        Assert.Equal(before.DateTime, RecognizerModels.Calls.DateTime);
        Assert.Equal(
            ["the last three months of 2004", "between October and December", "past two years", "later this year", "Friday", "in three years", "mid-2003"],
            dates);
    }

    [Fact]
    public void Calls_DateOnlyTheModelReads_AreCounted()
    {
        var before = RecognizerModels.Calls;

        var dates = Mentions("The contract was signed on 5/6/2004 in London.").Where(m => m.Kind == MentionKind.Date).ToList();

        Assert.Equal(before.DateTime + 1, RecognizerModels.Calls.DateTime);
        Assert.Equal("5/6/2004", Assert.Single(dates).Text);
    }
}
