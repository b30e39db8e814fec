namespace FactCheck.Claims.Grouping;

/// <summary>
/// With no verb found before the figure, a change verb before the noun phrase that "by" or "to" follows states
/// the change, and that noun phrase is what changed: "cut rates by 50 basis points", "raised its key rate to 5.25%".
/// </summary>
internal sealed class ChangedObjectRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        var t = grouping.Tokens;
        var clauseFirst = grouping.ClauseFirst;
        if (grouping.Verb < 0 && grouping.WordBefore is "by" or "to" && NounPhrases.Left(t, grouping.Anchor - 1, clauseFirst) is { } changed
            && changed.First - 1 >= clauseFirst && Figures.DirectionOf(t[changed.First - 1].Lower) is var direction && direction != ChangeDirection.None)
        {
            grouping.VerbDirection = direction;
            grouping.Draft.ChangedObject = changed;
        }
    }
}
