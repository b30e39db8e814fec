using FactCheck.Text;
using Xunit;

namespace FactCheck.Tests.Text;

/// <summary>Runs of text with no sentence end (pasted tables, scraped menus, OCR lines) are cut into bounded pieces.</summary>
public sealed class SentenceSegmenterLongRunTests
{
    [Fact]
    public void Split_RunOfWordsLongerThanTheCap_CutsAtSpacesIntoPiecesWithinTheCap()
    {
        var text = string.Concat(Enumerable.Repeat("exports rose 5 percent and ", 200)).TrimEnd(); // 5,399 characters, no full stop

        var pieces = SentenceSegmenter.Split(text);

        Assert.True(pieces.Count >= 6);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, SentenceSegmenter.MaxSentenceLength));
        Assert.All(pieces.Skip(1), p => Assert.Equal(' ', text[p.Start - 1])); // never inside a word or a number
        Assert.Equal(text.Split(' '), pieces.SelectMany(p => p.Slice(text).Split(' ')));
    }

    [Fact]
    public void Split_LongRunWithClauseMarks_CutsAfterAClauseMarkRatherThanAtAnySpace()
    {
        var text = string.Concat(Enumerable.Repeat("the duty on steel rose from 10% to 29%; ", 60)); // 2,400 characters

        var pieces = SentenceSegmenter.Split(text);

        Assert.All(pieces.Take(pieces.Count - 1), p => Assert.Equal(';', text[p.End - 1]));
        Assert.All(pieces, p => Assert.True(p.Length <= SentenceSegmenter.MaxSentenceLength));
    }

    [Fact]
    public void Split_LongRunOfClausesJoinedByAnd_CutsBeforeAConjunctionNotInsideAPhrase()
    {
        var text = string.Join(" and ", Enumerable.Repeat("from 2013 to 2018 it opened forty-two new stores", 60)) + ".";

        var pieces = SentenceSegmenter.Split(text);

        Assert.True(pieces.Count >= 3);
        Assert.All(pieces.Skip(1), p => Assert.StartsWith("and from 2013 to 2018", p.Slice(text), StringComparison.Ordinal));
    }

    [Fact]
    public void Split_RunWithoutSpacesOfAstralCharacters_NeverCutsASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("📈", 1_500)) + "1"; // 3,001 UTF-16 code units, no space

        var pieces = SentenceSegmenter.Split(text);

        Assert.True(pieces.Count >= 3);
        Assert.All(pieces, p => Assert.False(char.IsLowSurrogate(text[p.Start]), $"A piece starts inside a surrogate pair at {p.Start}."));
        Assert.Equal(text.Length, pieces.Sum(p => p.Length));
    }

    [Fact]
    public void Split_SentenceUnderTheCap_IsLeftWhole()
    {
        var sentence = string.Concat(Enumerable.Repeat("word ", 190)) + "end."; // 954 characters
        var text = sentence + " Next sentence.";

        var pieces = SentenceSegmenter.Split(text);

        Assert.Equal([sentence, "Next sentence."], pieces.Select(p => p.Slice(text)));
    }
}
