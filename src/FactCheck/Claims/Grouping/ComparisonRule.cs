using FactCheck.Languages.English;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// A comparative and "than" after the figure: "faster than the 7% in India" compares it with the figure that
/// follows; "more than expected" makes a comparison with none. A change stays a change unless a figure is
/// compared. A comparison of the anchor itself takes the clause's direction ("grew 7%, faster than ...").
/// </summary>
internal sealed class ComparisonRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        var d = grouping.Draft;
        FindComparison(grouping, d);
        if (d.Kind == ClaimKind.Comparison && d.Direction == ChangeDirection.None && d.MainToken == grouping.Anchor && grouping.WordBefore is not ("to" or "at"))
        {
            d.Direction = grouping.VerbDirection;
        }
    }

    private static void FindComparison(FigureGrouping grouping, ClaimDraft d)
    {
        if (d.Kind is ClaimKind.Range or ClaimKind.FromTo)
        {
            return;
        }

        var t = grouping.Tokens;
        for (var j = d.MainToken + 1; j < t.Count && j <= d.MainToken + 8; j++)
        {
            if (t[j].Kind == ClaimTokenKind.Punctuation && t[j].Text is "." or ";")
            {
                return;
            }

            if (t[j].Kind == ClaimTokenKind.Figure && !grouping.IsUsed(j))
            {
                return; // "$520m in 2004, 40% more than the $400m": the comparative is the other figure's
            }

            if (Lexicon.IsVerb(t, j) && !t[j].Is("than"))
            {
                return; // "lost 464,000 subscribers ... profits were lower than": another clause's comparison
            }

            if (!t[j].Is("than"))
            {
                continue;
            }

            var comparative = j > 0 && t[j - 1].IsWord && EnglishWordClasses.Comparatives.Contains(t[j - 1].Lower);
            if (!comparative)
            {
                return;
            }

            d.Kind = d.Kind == ClaimKind.Change ? ClaimKind.Change : ClaimKind.Comparison;
            for (var k = j + 1; k < t.Count && k <= j + 6; k++)
            {
                if (t[k].Kind == ClaimTokenKind.Figure && !grouping.IsUsed(k) && Figures.Compatible(grouping.Mention(d.MainToken), grouping.Mention(k)))
                {
                    d.ComparedToken = k;
                    d.Kind = ClaimKind.Comparison;
                    grouping.Take(k);
                    return;
                }

                if (t[k].Kind == ClaimTokenKind.Punctuation)
                {
                    return;
                }
            }

            return;
        }
    }
}
