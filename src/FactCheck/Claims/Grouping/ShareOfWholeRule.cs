namespace FactCheck.Claims.Grouping;

/// <summary>A part with its whole after "of": "300 of the 1,200 jobs", "5% of its total 40m shares".</summary>
internal sealed class ShareOfWholeRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        var d = grouping.Draft;
        var t = grouping.Tokens;
        if (d.Kind != ClaimKind.Level || d.MainToken + 1 >= t.Count || !t[d.MainToken + 1].Is("of"))
        {
            return;
        }

        var j = d.MainToken + 2;
        while (j < t.Count && t[j].IsWord && t[j].Lower is "the" or "its" or "their" or "a" or "total" or "all" or "some")
        {
            j++;
        }

        if (j < t.Count && t[j].Kind == ClaimTokenKind.Figure && !grouping.IsUsed(j))
        {
            d.Kind = ClaimKind.Share;
            d.WholeToken = j;
            grouping.Take(j);
        }
    }
}
