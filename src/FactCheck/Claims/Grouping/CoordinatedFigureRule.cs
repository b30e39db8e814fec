using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// "2% this year and 2.4% next", "29% and 18% lower", "to 1.8% from 2% this year and 1.9% from 2.4% in 2006": a figure
/// right after "and" that follows the previous draft's last figure, or that figure and its period, in the same clause and
/// unit, shares that draft's subject.
/// </summary>
internal sealed class CoordinatedFigureRule : ISentenceRule
{
    public void Apply(SentenceView sentence, IReadOnlyList<Mention> mentions, List<ClaimDraft> drafts)
    {
        var t = sentence.Tokens;
        for (var n = 1; n < drafts.Count; n++)
        {
            var d = drafts[n];
            var previous = drafts[n - 1];
            var at = d.FigureTokens().Min();
            if (at > 0 && t[at - 1].Is("and") && previous.Clause == d.Clause
                && string.Equals(previous.MainMention(mentions, t).Unit, d.MainMention(mentions, t).Unit, StringComparison.Ordinal)
                && (previous.LastFigure() == at - 2 || (previous.LastFigure() == at - 3 && t[at - 2].Kind == ClaimTokenKind.Date)))
            {
                d.SameSubjectAs = previous;
            }
        }
    }
}
