namespace FactCheck.Claims.Grouping;

/// <summary>
/// A figure restated in another unit or form right after the anchor joins its draft: "$512m (£270m)",
/// "30.6bn yen ($291m; £154m)", "rose by £106m or 47.3%".
/// </summary>
internal sealed class ConvertedAmountRule : IFigureRule
{
    public void Apply(FigureGrouping grouping) => grouping.TakeConversions(grouping.Anchor);
}
