using Xunit;
using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Tests.Claims;

/// <summary>The word classes the tokenizer gives each token (<see cref="Lexicon.ClassesOf"/>), read as the word lists read.</summary>
public class LexiconTests
{
    [Theory]
    [InlineData("the", "OpensNounPhrase, Function")]
    [InlineData("its", "OpensNounPhrase, Function")]
    [InlineData("was", "Auxiliary, Function")]
    [InlineData("said", "ReportingVerb")]
    [InlineData("rose", "ChangeVerb")]
    [InlineData("tariff", "None")]
    [InlineData("also", "Adverb")]
    [InlineData("between", "Preposition, Function")]
    public void ClassesOf_Word_GivesTheListsItIsIn(string word, string classes)
    {
        var expected = Enum.Parse<WordClasses>(classes);
        Assert.Equal(expected, Lexicon.ClassesOf(word) & expected);
        Assert.Equal(Lexicon.IsFunctionWord(word), Lexicon.ClassesOf(word).HasFlag(WordClasses.Function));
        Assert.Equal(Lexicon.OpensNounPhrase(word), Lexicon.ClassesOf(word).HasFlag(WordClasses.OpensNounPhrase));
        Assert.Equal(Lexicon.Adverbs.Contains(word), Lexicon.ClassesOf(word).HasFlag(WordClasses.Adverb));
        Assert.Equal(Lexicon.Prepositions.Contains(word), Lexicon.ClassesOf(word).HasFlag(WordClasses.Preposition));
    }

    [Fact]
    public void ClassesOf_EveryWordOfTheLists_HasItsClass()
    {
        foreach (var word in Lexicon.Auxiliaries.Concat(Lexicon.ReportingVerbs).Concat(Lexicon.LevelVerbs).Concat(Lexicon.UpVerbs).Concat(Lexicon.DownVerbs).Concat(Lexicon.NounsToo))
        {
            var classes = Lexicon.ClassesOf(word);
            Assert.Equal(Lexicon.Auxiliaries.Contains(word), classes.HasFlag(WordClasses.Auxiliary));
            Assert.Equal(Lexicon.ReportingVerbs.Contains(word), classes.HasFlag(WordClasses.ReportingVerb));
            Assert.Equal(Lexicon.LevelVerbs.Contains(word), classes.HasFlag(WordClasses.LevelVerb));
            Assert.Equal(Lexicon.UpVerbs.Contains(word) || Lexicon.DownVerbs.Contains(word), classes.HasFlag(WordClasses.ChangeVerb));
            Assert.Equal(Lexicon.NounsToo.Contains(word), classes.HasFlag(WordClasses.NounToo));
        }
    }

    [Fact]
    public void Tokenize_WordsAndMarks_CarryTheirClasses()
    {
        const string text = "The profits of Globex Ltd rose, its chief said.";
        var tokens = SentenceTokenizer.Tokenize(text, new TextSpan(0, text.Length), Array.Empty<Mention>(), Array.Empty<int>());

        Assert.All(tokens, token => Assert.Equal(Lexicon.ClassesOf(token.Lower), token.Classes));
        Assert.True(tokens[0].IsIn(WordClasses.OpensNounPhrase));
        Assert.True(tokens.Single(t => t.Lower == "rose").IsIn(WordClasses.ChangeVerb));
    }
}
