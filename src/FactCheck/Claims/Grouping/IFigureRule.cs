namespace FactCheck.Claims.Grouping;

/// <summary>
/// One pattern that shapes the claim draft begun at a figure: pairs it with a range end, an earlier value or a
/// whole, reads its change or rank. Each rule looks at the draft as the rules before it left it and leaves it
/// alone when its pattern is not there; the order they run in is listed once, in <see cref="FigureGrouper"/>.
/// </summary>
internal interface IFigureRule
{
    void Apply(FigureGrouping grouping);
}
