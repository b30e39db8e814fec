using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>What the wording of a claim and its sentence says about it, read when the claim is built.</summary>
internal static class ClaimWording
{
    /// <summary>
    /// The modality of a claim in <paramref name="sentence"/>: a plan when the sentence speaks of one ("plans",
    /// "target"), the future when it speaks of what will or may be ("will", "expects", "if"), else the present or the past.
    /// </summary>
    public static ClaimModality ModalityOf(string text, TextSpan sentence, bool presentTense)
    {
        var words = text.AsSpan(sentence.Start, sentence.Length);
        return EnglishNewsLexicon.PlanWording().IsMatch(words) ? ClaimModality.Plan
            : EnglishNewsLexicon.FutureWording().IsMatch(words) ? ClaimModality.Future
            : presentTense ? ClaimModality.Present
            : ClaimModality.Past;
    }

    /// <summary>What the wording of a claim's clause and subject says about how its figure may be read.</summary>
    public static ClaimCues CuesOf(string clause, string subject)
    {
        var cues = ClaimCues.None;
        if (EnglishNewsLexicon.ContrastWording().IsMatch(clause))
        {
            cues |= ClaimCues.Contrasted;
        }

        if (EnglishNewsLexicon.ShareOfReference().IsMatch(clause))
        {
            cues |= ClaimCues.ShareOfReference;
        }

        if (EnglishNewsLexicon.NonNegativeRate().IsMatch(subject + " " + clause))
        {
            cues |= ClaimCues.NonNegativeRate;
        }

        return cues;
    }
}
