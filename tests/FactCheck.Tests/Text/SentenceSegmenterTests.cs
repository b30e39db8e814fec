using Xunit;
using FactCheck.Text;

namespace FactCheck.Tests.Text;

public class SentenceSegmenterTests
{
    private static string[] Sentences(string text) => SentenceSegmenter.Split(text).Select(s => s.Slice(text)).ToArray();

    [Fact]
    public void Split_PlainSentences_SplitsAtFullStops()
    {
        Assert.Equal(["Rubio welcomed the proposal.", "Dar agreed."], Sentences("Rubio welcomed the proposal. Dar agreed."));
    }

    [Fact]
    public void Split_OffsetsPointIntoTheText()
    {
        const string text = "  First one.   Second one!  ";
        var spans = SentenceSegmenter.Split(text);
        Assert.Equal([new TextSpan(2, 12), new TextSpan(15, 26)], spans);
    }

    [Theory]
    [InlineData("Tariffs rose to 3.5% this year. Exports fell.", "Tariffs rose to 3.5% this year.")]
    [InlineData("The deal is worth $7.5bn in total. It was signed.", "The deal is worth $7.5bn in total.")]
    [InlineData("Dr. Smith and Mr. Jones met Gen. Asim Munir. They talked.", "Dr. Smith and Mr. Jones met Gen. Asim Munir.")]
    [InlineData("J. K. Rowling wrote it. Fans cheered.", "J. K. Rowling wrote it.")]
    [InlineData("The U.S. Treasury said so. Markets rose.", "The U.S. Treasury said so.")]
    [InlineData("It fell on Jan. 5 and again. Then it rose.", "It fell on Jan. 5 and again.")]
    [InlineData("He lives at No. 10 Downing Street. He left.", "He lives at No. 10 Downing Street.")]
    public void Split_AbbreviationsAndDecimals_DoNotEndTheSentence(string text, string first)
    {
        var sentences = Sentences(text);
        Assert.Equal(2, sentences.Length);
        Assert.Equal(first, sentences[0]);
    }

    [Fact]
    public void Split_DottedAbbreviationBeforeASentenceOpener_EndsTheSentence()
    {
        Assert.Equal(["Talks were held in the U.S.", "The deal followed."], Sentences("Talks were held in the U.S. The deal followed."));
    }

    [Fact]
    public void Split_QuoteAfterFullStop_StaysWithItsSentence()
    {
        Assert.Equal(
            ["He said: \"It is over.\"", "Then he left."],
            Sentences("He said: \"It is over.\" Then he left."));
        Assert.Equal(
            ["“We agreed,” he said.", "“It was fair.”", "Both left."],
            Sentences("“We agreed,” he said. “It was fair.” Both left."));
    }

    [Fact]
    public void Split_QuestionInsideQuoteFollowedByLowerCase_DoesNotEnd()
    {
        Assert.Single(Sentences("\"Why now?\" he asked."));
    }

    [Fact]
    public void Split_ParagraphBreak_AlwaysEndsASentence()
    {
        Assert.Equal(["Tariffs up 29%", "markets fell"], Sentences("Tariffs up 29%\n\nmarkets fell"));
    }

    [Fact]
    public void Split_LineBreakBeforeCapital_EndsAHeadline()
    {
        Assert.Equal(["Pakistan faces 29% tariff", "Exports from Pakistan now face a duty."], Sentences("Pakistan faces 29% tariff\nExports from Pakistan now face a duty."));
    }

    [Fact]
    public void Split_HardWrappedLine_ContinuesTheSentence()
    {
        Assert.Equal(["Exports from Pakistan to the US\nnow face a 29% duty."], Sentences("Exports from Pakistan to the US\nnow face a 29% duty."));
    }

    [Fact]
    public void Split_WindowsLineEndings_SplitParagraphs()
    {
        Assert.Equal(["One.", "Two."], Sentences("One.\r\n\r\nTwo."));
    }

    [Fact]
    public void Split_Dashes_DoNotEndTheSentence()
    {
        const string text = "ISLAMABAD – In their first call, they agreed to address a key issue—the abandoned equipment. Both spoke.";
        Assert.Equal(
            ["ISLAMABAD – In their first call, they agreed to address a key issue—the abandoned equipment.", "Both spoke."],
            Sentences(text));
    }

    [Fact]
    public void Split_Ellipsis_AndRepeatedMarks_EndOnce()
    {
        Assert.Equal(["Wait...", "What?!", "Yes."], Sentences("Wait... What?! Yes."));
    }

    [Fact]
    public void Split_EmptyOrWhiteSpace_ReturnsNothing()
    {
        Assert.Empty(SentenceSegmenter.Split(""));
        Assert.Empty(SentenceSegmenter.Split(" \n\t "));
    }

    [Fact]
    public void Split_NoFinalPunctuation_KeepsTheLastSentence()
    {
        Assert.Equal(["It rose.", "It fell"], Sentences("It rose. It fell"));
    }
}
