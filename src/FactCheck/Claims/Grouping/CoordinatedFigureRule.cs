using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// "2% this year and 2.4% next", "29% and 18% lower": a figure right after "and" that follows the previous
/// draft's last figure, in the same clause and unit, shares that draft's subject.
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
                && previous.LastFigure() == at - 2)
            {
                d.SameSubjectAs = previous;
            }
        }
    }
}
