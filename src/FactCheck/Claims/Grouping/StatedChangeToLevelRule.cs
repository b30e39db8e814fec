namespace FactCheck.Claims.Grouping;

/// <summary>
/// A change, then the level it reached: "rose 20% to £5bn", "closed up $2.80 to $51.15"; with "from" after the
/// level, the earlier value too ("rose 20% to £5bn from £4bn"). The change figure becomes the stated change.
/// </summary>
internal sealed class StatedChangeToLevelRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        var a = grouping.Anchor;
        if (!grouping.IsUnpaired || !(Figures.IsChangeUnit(grouping.AnchorMention) || grouping.IsAmountChangeToLevel())
            || !(grouping.VerbDirection != ChangeDirection.None || grouping.WordBefore is "up" or "down") || grouping.Next(a, "to") is not int level)
        {
            return;
        }

        var d = grouping.Draft;
        d.StatedChangeToken = a;
        d.MainToken = level;
        grouping.Take(level);
        grouping.TakeConversions(level);
        if (grouping.Next(level, "from") is int earlier)
        {
            d.PreviousToken = earlier;
            grouping.Take(earlier);
            grouping.TakeConversions(earlier);
            d.Kind = ClaimKind.FromTo;
        }
    }
}
