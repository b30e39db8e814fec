using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// A draft with a stated change and no direction yet takes the change's: a multiplier's ("doubled"), the "up" or
/// "down" before it, or the clause's ("rose 20% to £5bn").
/// </summary>
internal sealed class DirectionFromStatedChangeRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        var d = grouping.Draft;
        if (d.Direction != ChangeDirection.None || d.StatedChangeToken is not int stated)
        {
            return;
        }

        var t = grouping.Tokens;
        var change = grouping.Mention(stated);
        var before = stated > 0 && t[stated - 1].IsWord ? t[stated - 1].Lower : string.Empty;
        d.Direction = change.Kind == MentionKind.Multiplier ? Figures.DirectionOfMultiplier(change)
            : before == "down" ? ChangeDirection.Down : before == "up" ? ChangeDirection.Up : grouping.VerbDirection;
    }
}
