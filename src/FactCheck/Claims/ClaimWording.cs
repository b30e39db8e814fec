using FactCheck.Languages;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>What the wording of a claim and its sentence says about it, read when the claim is built.</summary>
internal static class ClaimWording
{
    private static readonly NewsLexicon Words = LanguagePacks.English.News;

    /// <summary>
    /// The modality of a claim in <paramref name="sentence"/>: a plan when the sentence speaks of one ("plans",
    /// "target"), the future when it speaks of what will or may be ("will", "expects", "if"), else the present or the past.
    /// </summary>
    public static ClaimModality ModalityOf(string text, TextSpan sentence, bool presentTense) => ModalityOf(SentenceModality(text, sentence), presentTense);

    /// <summary>
    /// The modality the wording of <paramref name="sentence"/> gives every claim in it (<see cref="ClaimModality.Plan"/> or
    /// <see cref="ClaimModality.Future"/>), or <see langword="null"/> when the tense of each claim's clause decides.
    /// </summary>
    public static ClaimModality? SentenceModality(string text, TextSpan sentence)
    {
        var (plan, future) = Words.PlanOrFuture(text.AsSpan(sentence.Start, sentence.Length));
        return plan ? ClaimModality.Plan
            : future ? ClaimModality.Future
            : null;
    }

    /// <summary>
    /// The modality the wording gives a claim whose figure starts at <paramref name="position"/>, in a sentence whose
    /// wording gives <paramref name="sentenceModality"/>: that of the figure's own clause when the clause has plan or future
    /// wording; none (the tense decides) when the clause tells of the past without such wording ("Sales fell 5% in January,
    /// and the slump is expected to continue"); else the sentence's. Clauses are read as the recognition stage reads them
    /// for dates (<see cref="ClauseStarts"/>, read once per sentence into <paramref name="starts"/>).
    /// </summary>
    public static ClaimModality? ClauseModality(string text, TextSpan sentence, int position, ClaimModality? sentenceModality, List<int> starts)
    {
        if (sentenceModality is null)
        {
            return null;
        }

        if (starts.Count == 0)
        {
            return sentenceModality;
        }

        var words = text.AsSpan(sentence.Start, sentence.Length);
        var clause = words[NewsLexicon.ClauseRange(starts, NewsLexicon.ClauseIndex(starts, position - sentence.Start), words.Length)];
        var (plan, future) = Words.PlanOrFuture(clause);
        return plan ? ClaimModality.Plan
            : future ? ClaimModality.Future
            : Words.SpeaksOfPast(clause) ? null
            : sentenceModality;
    }

    /// <summary>Where the clauses of <paramref name="sentence"/> after its first begin (offsets into it), into <paramref name="starts"/>.</summary>
    public static void ClauseStarts(string text, TextSpan sentence, List<int> starts)
    {
        starts.Clear();
        Words.ClauseStarts(text.AsSpan(sentence.Start, sentence.Length), starts);
    }

    /// <summary>The modality of a claim from that of its sentence (<see cref="SentenceModality"/>) and the tense of its clause.</summary>
    public static ClaimModality ModalityOf(ClaimModality? sentenceModality, bool presentTense) =>
        sentenceModality ?? (presentTense ? ClaimModality.Present : ClaimModality.Past);

    /// <summary>What the wording of a claim's clause and subject says about how its figure may be read.</summary>
    public static ClaimCues CuesOf(string clause, string subject)
    {
        var cues = ClaimCues.None;
        var (contrasted, shareOfReference, nonNegativeRate) = Words.ClauseWording(clause);
        if (contrasted)
        {
            cues |= ClaimCues.Contrasted;
        }

        if (shareOfReference)
        {
            cues |= ClaimCues.ShareOfReference;
        }

        // The subject is read apart, as the words of the two cannot run into each other.
        if (nonNegativeRate || Words.NamesNonNegativeRate(subject))
        {
            cues |= ClaimCues.NonNegativeRate;
        }

        return cues;
    }
}
