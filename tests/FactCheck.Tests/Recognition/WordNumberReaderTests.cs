using FactCheck.Languages;
using FactCheck.Recognition;
using FactCheck.Text;
using Xunit;
using static FactCheck.Tests.Recognition.Recognize;

namespace FactCheck.Tests.Recognition;

public class WordNumberReaderTests
{
    private static (bool Read, List<NumberToken> Tokens) Read(string text)
    {
        var tokens = new List<NumberToken>();
        var read = WordNumberReader.TryRead(LanguagePacks.English, text, new TextSpan(0, text.Length), tokens);
        return (read, tokens);
    }

    [Theory]
    [InlineData("The firm has two plants.", "two", "2", "1")]
    [InlineData("Seventeen banks took part.", "Seventeen", "17", "1")]
    [InlineData("It employs twenty-five people.", "twenty-five", "25", "1")]
    [InlineData("Some three million people were affected.", "three million", "3000000", "1000000")]
    [InlineData("It cut nine hundred jobs.", "nine hundred", "900", "100")]
    [InlineData("The bank said forty billion had gone.", "forty billion", "40000000000", "1000000000")]
    public void TryRead_PlainNumberWords_ReadsSpanAndValue(string text, string surface, string value, string step)
    {
        var (read, tokens) = Read(text);

        Assert.True(read);
        var token = Assert.Single(tokens);
        Assert.Equal(surface, text[token.Start..token.End]);
        Assert.Equal(Dec(value), token.Value);
        Assert.Equal(Dec(step), token.Step);
        Assert.True(token.InWords);
    }

    [Fact]
    public void TryRead_SeveralWords_ReadsEachInOrder()
    {
        var (read, tokens) = Read("Two firms cut five plants and hired one adviser.");

        Assert.True(read);
        Assert.Equal([2m, 5m, 1m], tokens.Select(t => t.Value));
    }

    [Theory]
    [InlineData("Profit rose in the third quarter.")]
    [InlineData("Sales fell in the fourth-quarter results.")]
    [InlineData("Growth slowed in the last quarter.")]
    [InlineData("It is the tenth straight month of falls.")]
    [InlineData("Thousands of jobs went.")]
    [InlineData("It would cost millions.")]
    [InlineData("Barclays, the UK's third-biggest bank, gained.")]
    [InlineData("It is the fifth billion-dollar deal since October.")]
    [InlineData("She steered multi-billion dollar contracts to Boeing.")]
    [InlineData("It was a one-off gain.")]
    [InlineData("The role is similar to the one he played.")]
    [InlineData("No one knows what he will do.")]
    [InlineData("Charges will fall in the first half.")]
    [InlineData("The other side offered less than half that.")]
    [InlineData("It grew for a third straight year.")]
    [InlineData("Rates rose for a sixth straight session.")]
    [InlineData("The author is writing a third novel, due out next spring.")]
    [InlineData("Voters gave the mayor a fifth term in office.")]
    [InlineData("The band won for a third time.")]
    public void TryRead_OrdinalsAndVagueAmounts_ReadNoNumber(string text)
    {
        var (read, tokens) = Read(text);

        Assert.True(read);
        Assert.Empty(tokens);
    }

    [Theory]
    [InlineData("Nearly a quarter of workers left.", "a quarter", "0.25")]
    [InlineData("Rates rose by a quarter of a point.", "a quarter", "0.25")]
    [InlineData("An eighth of the fleet is idle.", "An eighth", "0.125")]
    [InlineData("Two thirds of the world's people.", "Two thirds", "0.666666666666667")]
    [InlineData("Nearly two-thirds of all firms polled.", "two-thirds", "0.666666666666667")]
    [InlineData("It sold one-third of its shares.", "one-third", "0.333333333333333")]
    [InlineData("Three quarters of the votes were cast.", "Three quarters", "0.75")]
    [InlineData("Close to half a trillion dollars.", "half a trillion", "500000000000")]
    [InlineData("Sales of consoles dropped by a third.", "a third", "0.333333333333333")]
    [InlineData("Traffic had risen by a quarter over the period.", "a quarter", "0.25")]
    [InlineData("Sales at Pellow dropped by nearly a quarter from the year before.", "a quarter", "0.25")]
    [InlineData("Output at Renwick fell by more than a third over the year.", "a third", "0.333333333333333")]
    [InlineData("The Fed voted for a quarter point rise.", "a quarter", "0.25")]
    [InlineData("The bank voted for a quarter-point cut.", "a quarter", "0.25")]
    [InlineData("It raised its key rate by a quarter percentage point.", "a quarter", "0.25")]
    public void TryRead_FractionOfAWhole_ReadsItExactly(string text, string surface, string value)
    {
        var (read, tokens) = Read(text);

        Assert.True(read);
        var token = Assert.Single(tokens);
        Assert.Equal(surface, text[token.Start..token.End]);
        Assert.Equal(Dec(value), token.Value);
        Assert.Equal(0m, token.Step);
        Assert.True(token.InWords);
    }

    [Theory]
    [InlineData("One in six cars sold was a Mini.", "One in six", "0.166666666666667")]
    [InlineData("It won four out of five cases.", "four out of five", "0.8")]
    [InlineData("About one in twelve workers at Dorran is idle.", "one in twelve", "0.0833333333333333")]
    [InlineData("Three in seven firms cut jobs.", "Three in seven", "0.428571428571429")]
    [InlineData("One in twenty-five homes is for sale.", "One in twenty-five", "0.04")]
    public void TryRead_ShareWrittenAsCounts_ReadsItAsTheModelDoes(string text, string surface, string value)
    {
        var (read, tokens) = Read(text);

        Assert.True(read);
        var token = Assert.Single(tokens);
        Assert.Equal(surface, text[token.Start..token.End]);
        Assert.Equal(Dec(value), token.Value);
        Assert.Equal(0m, token.Step);
    }

    [Theory]
    [InlineData("Only one in 13 cards at Belmar is in default.")]
    [InlineData("Prices fell in seven out of 10 regions.")]
    public void TryRead_ShareOfDigits_LeavesTheNumberToTheDigits(string text)
    {
        var (read, tokens) = Read(text);

        Assert.True(read);
        Assert.Empty(tokens);
    }

    [Theory]
    [InlineData("Profit was lower than in the preceding three quarters.")]
    [InlineData("Output grew in each of the past two quarters.")]
    [InlineData("The (January to March) quarter of this year is the best time.")]
    [InlineData("Sales in the quarter of 2004 that ended in June rose.")]
    public void TryRead_QuartersAsStretchesOfTime_ReadNoNumber(string text)
    {
        var (read, tokens) = Read(text);

        Assert.True(read);
        Assert.Empty(tokens);
    }

    [Fact]
    public void TryRead_NumberWordBeforeAndAnotherWord_IsPlain()
    {
        var (read, tokens) = Read("Food for children under five and pregnant women.");

        Assert.True(read);
        Assert.Equal([5m], tokens.Select(t => t.Value));
    }

    [Theory]
    [InlineData("The other two-thirds was sold.")]
    [InlineData("It took two and a half years.")]
    [InlineData("Between two and three firms.")]
    [InlineData("Nobody said one in five years was enough.")]
    [InlineData("One in five million tickets wins.")]
    [InlineData("Five in one shampoo sold well.")]
    [InlineData("A two-and-a-half year high.")]
    [InlineData("Two hundred and fifty jobs went.")]
    [InlineData("A million people marched.")]
    [InlineData("Shares lost a third overnight.")]
    [InlineData("The fund took a third stake in the mill.")]
    [InlineData("Shares lost a fifth in a day.")]
    public void TryRead_FormsTheModelReads_LeavesTheSentenceToIt(string text)
    {
        var (read, tokens) = Read(text);

        Assert.False(read);
        Assert.Empty(tokens);
    }

    [Fact]
    public void TryRead_ScaleWordOfADigitNumber_IsLeftToTheDigits()
    {
        const string text = "It raised 5 million euros and two million dollars.";
        var digits = new NumberToken(10, 19, 5_000_000m, 1_000_000m, 0, 1_000_000m, InWords: false);
        var tokens = new List<NumberToken> { digits };

        Assert.True(WordNumberReader.TryRead(LanguagePacks.English, text, new TextSpan(0, text.Length), tokens));

        Assert.Equal(2, tokens.Count);
        Assert.Equal("two million", text[tokens[1].Start..tokens[1].End]);
        Assert.Equal(2_000_000m, tokens[1].Value);
    }

    [Theory]
    [InlineData("The company will shed three million jobs.", "three million", "3000000")]
    [InlineData("Support fell by two percentage points.", "two percentage points", "2")]
    public void Recognize_PlainNumberWords_AreTheSameMentionsAsBefore(string text, string surface, string value)
    {
        var mention = Assert.Single(Mentions(text), m => m.Text == surface);
        Assert.Equal(Dec(value), mention.Value);
    }
}
