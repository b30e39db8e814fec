using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>A multiplier with no verb before it is the verb itself: "doubled" states a rise, "halved" a fall.</summary>
internal sealed class MultiplierVerbRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        if (grouping.AnchorMention.Kind == MentionKind.Multiplier && grouping.Verb < 0)
        {
            grouping.VerbDirection = Figures.DirectionOfMultiplier(grouping.AnchorMention);
        }
    }
}
