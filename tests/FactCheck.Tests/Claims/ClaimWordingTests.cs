using Xunit;
using FactCheck.Claims;
using FactCheck.Text;

namespace FactCheck.Tests.Claims;

/// <summary>What the claims stage reads from the wording of a claim and its sentence (<see cref="ClaimWording"/>).</summary>
public class ClaimWordingTests
{
    [Theory]
    [InlineData("Exports fell 5% last year.", false, ClaimModality.Past)]
    [InlineData("Unemployment is 4%.", true, ClaimModality.Present)]
    [InlineData("Growth will slow to 1% next year.", false, ClaimModality.Future)]
    [InlineData("Analysts expect profits of $2bn.", false, ClaimModality.Future)]
    [InlineData("The firm plans to cut 300 jobs.", false, ClaimModality.Plan)]
    [InlineData("The bank has a target of 2% inflation.", true, ClaimModality.Plan)]
    public void ModalityOf_WordingOfTheSentence_GivesTheModality(string sentence, bool presentTense, ClaimModality modality)
    {
        Assert.Equal(modality, ClaimWording.ModalityOf(sentence, new TextSpan(0, sentence.Length), presentTense));
    }

    // The figure's own clause decides when it has the wording, or tells of the past without it.
    [Theory]
    [InlineData("Sales at Kestrel fell 5% in January, and the slump is expected to continue.", "5%", null)]
    [InlineData("The firm said profits rose 4% in 2024 and will grow 6% in 2025.", "6%", ClaimModality.Future)]
    [InlineData("The firm said profits rose 4% in 2024 and will grow 6% in 2025.", "4%", null)]
    [InlineData("Kestrel plans to cut 300 jobs, after profits fell 8% last year.", "8%", null)]
    [InlineData("Kestrel plans to cut 300 jobs, after profits fell 8% last year.", "300", ClaimModality.Plan)]
    [InlineData("In March, Kestrel will open 20 stores.", "20", ClaimModality.Future)]
    [InlineData("Kestrel will cut 500 jobs, and a further 200 next year.", "200", ClaimModality.Future)]
    public void ClauseModality_FigureInAClauseOfItsOwn_TakesItsClausesWording(string sentence, string figure, ClaimModality? modality)
    {
        var span = new TextSpan(0, sentence.Length);
        var sentenceModality = ClaimWording.SentenceModality(sentence, span);

        Assert.NotNull(sentenceModality);
        var starts = new List<int>();
        ClaimWording.ClauseStarts(sentence, span, starts);
        Assert.Equal(modality, ClaimWording.ClauseModality(sentence, span, sentence.IndexOf(figure, StringComparison.Ordinal), sentenceModality, starts));
    }

    [Fact]
    public void ModalityOf_WordingOfAnotherSentence_IsNotRead()
    {
        const string text = "Exports fell 5%. The firm plans to cut 300 jobs.";

        Assert.Equal(ClaimModality.Past, ClaimWording.ModalityOf(text, new TextSpan(0, 16), presentTense: false));
    }

    [Theory]
    [InlineData("inflation was 3.1%, compared with 2.9% a year earlier", "inflation", "Contrasted")]
    [InlineData("debt reached 120% of GDP", "debt", "ShareOfReference")]
    [InlineData("the rate was -2%", "tariff on steel", "NonNegativeRate")]
    [InlineData("the share was 40%", "market", "None")]
    [InlineData("its profits rose by more than 44%", "profits", "None")]
    [InlineData("the fines came to less than $9m", "fines", "None")]
    [InlineData("its profits rose by more than the 7% of its rivals", "profits", "Contrasted")]
    [InlineData("its profits rose faster than sales", "profits", "Contrasted")]
    public void CuesOf_WordingOfTheClauseAndSubject_IsRecorded(string clause, string subject, string cues)
    {
        Assert.Equal(Enum.Parse<ClaimCues>(cues), ClaimWording.CuesOf(clause, subject));
    }
}
