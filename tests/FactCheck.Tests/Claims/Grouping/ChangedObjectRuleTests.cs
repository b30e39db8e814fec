using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using Xunit;

namespace FactCheck.Tests.Claims.Grouping;

public class ChangedObjectRuleTests
{
    [Fact]
    public void Apply_CutRatesBy_TheRatesAreWhatFell()
    {
        var sentence = GroupingSentence.Read("The central bank cut rates by 50 basis points.");
        var grouping = sentence.At("50 basis points");
        Assert.Equal(-1, grouping.Verb); // no verb right before the figure: "cut" acts on "rates"

        new ChangedObjectRule().Apply(grouping);

        Assert.Equal(ChangeDirection.Down, grouping.VerbDirection);
        Assert.Equal("rates", Words(sentence, grouping.Draft.ChangedObject));
    }

    [Fact]
    public void Apply_RaisedItsKeyRateTo_TheRateIsWhatRose()
    {
        var sentence = GroupingSentence.Read("The bank raised its key rate to 5.25%.");
        var grouping = sentence.At("5.25%");

        new ChangedObjectRule().Apply(grouping);

        Assert.Equal(ChangeDirection.Up, grouping.VerbDirection);
        Assert.Equal("its key rate", Words(sentence, grouping.Draft.ChangedObject));
    }

    [Fact]
    public void Apply_NoByOrToBeforeTheFigure_FindsNoObject()
    {
        var grouping = GroupingSentence.Read("The central bank cut rates, now 5.25%.").At("5.25%");

        new ChangedObjectRule().Apply(grouping);

        Assert.Null(grouping.Draft.ChangedObject);
    }

    private static string? Words(GroupingSentence sentence, (int First, int Last)? phrase) =>
        phrase is { } p ? string.Join(' ', Enumerable.Range(p.First, p.Last - p.First + 1).Select(i => sentence.Text(i))) : null;
}
