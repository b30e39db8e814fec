namespace FactCheck.Claims.Grouping;

/// <summary>
/// Two figures of one unit joined by "to" or a dash, with no change stated: "10 to 20 years", "10-20%".
/// Not when the clause states a change, nor right after "to".
/// </summary>
internal sealed class RangeRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        var a = grouping.Anchor;
        if (!grouping.IsUnpaired || (grouping.Next(a, "to") ?? grouping.NextAfterDash(a)) is not int end
            || !Figures.Compatible(grouping.AnchorMention, grouping.Mention(end))
            || grouping.VerbDirection != ChangeDirection.None || grouping.WordBefore == "to")
        {
            return;
        }

        var d = grouping.Draft;
        d.Kind = ClaimKind.Range;
        d.RangeEndToken = end;
        grouping.Take(end);
    }
}
