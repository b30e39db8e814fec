using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// "rose by 8% globally and by 24% in China": a level after "and by" or "or by" that follows a change is the same
/// verb's change for another subject. It takes the change's kind and direction and shares its subject.
/// </summary>
internal sealed class SameVerbChangeRule : ISentenceRule
{
    public void Apply(SentenceView sentence, IReadOnlyList<Mention> mentions, List<ClaimDraft> drafts)
    {
        var t = sentence.Tokens;
        for (var n = 1; n < drafts.Count; n++)
        {
            var d = drafts[n];
            var at = d.FigureTokens().Min();
            if (d.Kind == ClaimKind.Level && d.Direction == ChangeDirection.None && at > 1 && t[at - 1].Is("by") && t[at - 2].Lower is "and" or "or"
                && drafts[n - 1].Kind == ClaimKind.Change)
            {
                d.Kind = ClaimKind.Change;
                d.Direction = drafts[n - 1].Direction;
                d.SameSubjectAs = drafts[n - 1];
            }
        }
    }
}
