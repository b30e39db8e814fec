using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// A range read as one figure ("between 10% and 20%") or as two figures after "between" with "and" between
/// them ("between 10% and 20% of sales", "between $5bn in 2003 and $7bn").
/// </summary>
internal sealed class BetweenRangeRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        if (!grouping.IsUnpaired)
        {
            return;
        }

        var d = grouping.Draft;
        if (grouping.AnchorMention.Qualifier == Qualifier.Between)
        {
            d.Kind = ClaimKind.Range;
        }
        else if (grouping.WordBefore == "between" && grouping.Next(grouping.Anchor, "and") is int upper
            && Figures.Compatible(grouping.AnchorMention, grouping.Mention(upper)))
        {
            d.Kind = ClaimKind.Range;
            d.RangeEndToken = upper;
            grouping.Take(upper);
        }
    }
}
