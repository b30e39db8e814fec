using FactCheck.Languages;
using Xunit;

namespace FactCheck.Tests.Languages;

public class WordGateTests
{
    private static readonly WordGate Gate = new(["will", "if"], stems: ["expect"], phrases: ["set to", "year-on-year"]);

    [Theory]
    [InlineData("will", true)]
    [InlineData("Will", true)]
    [InlineData("IF", true)]
    [InlineData("expects", true)]
    [InlineData("expectation", true)]
    [InlineData("set", true)]
    [InlineData("year", true)]
    [InlineData("wills", false)]
    [InlineData("expe", false)]
    [InlineData("sets", false)]
    [InlineData("rate", false)]
    [InlineData("the", false)]
    [InlineData("2025", true)]
    [InlineData("\u00E9t\u00E9", true)]
    public void MayMatch_Run_PassesEveryRunThatMayBeListed(string run, bool expected) =>
        Assert.Equal(expected, Gate.MayMatch(run));

    [Fact]
    public void MayMatch_WordNotStartingWithALetter_PassesEveryRun() =>
        Assert.True(new WordGate(["'ll"]).MayMatch("profits"));
}
