namespace FactCheck.Claims.Grouping;

/// <summary>
/// A change, then the pair it went between: "rose 20% from £4bn to £5bn". The change figure becomes the stated
/// change, the "to" figure the claim and the "from" figure its previous value.
/// </summary>
internal sealed class StatedChangeFromToRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        var a = grouping.Anchor;
        if (!grouping.IsUnpaired || !Figures.IsChangeUnit(grouping.AnchorMention)
            || !(grouping.VerbDirection != ChangeDirection.None || grouping.WordBefore is "up" or "down")
            || grouping.Next(a, "from") is not int start || grouping.Next(start, "to") is not int end)
        {
            return;
        }

        var d = grouping.Draft;
        d.StatedChangeToken = a;
        d.PreviousToken = start;
        d.MainToken = end;
        d.Kind = ClaimKind.FromTo;
        grouping.Take(start);
        grouping.TakeConversions(start);
        grouping.Take(end);
        grouping.TakeConversions(end);
    }
}
