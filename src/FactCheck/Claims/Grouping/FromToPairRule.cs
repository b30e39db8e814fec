namespace FactCheck.Claims.Grouping;

/// <summary>
/// "from 10% to 29%": the later figure is the claim, the earlier its previous value, and a date after the earlier
/// one names the base period ("from £180,126 in November to £178,906").
/// </summary>
internal sealed class FromToPairRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        var a = grouping.Anchor;
        if (!grouping.IsUnpaired || grouping.WordBefore != "from" || grouping.Next(a, "to") is not int newer
            || !Figures.Compatible(grouping.AnchorMention, grouping.Mention(newer)))
        {
            return;
        }

        var d = grouping.Draft;
        d.Kind = ClaimKind.FromTo;
        d.PreviousToken = a;
        d.MainToken = newer;
        grouping.Take(newer);
        grouping.TakeConversions(newer);
        if (grouping.DateAfter(a) is int startDate)
        {
            d.BaseDateTokens.Add(startDate);
        }
    }
}
