using FactCheck.Languages.English;
using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// An up verb with a sum of money names an amount, not a change of it: "raised $2bn". Not with "by" ("raised by $2bn")
/// nor when a level follows ("added $1.89 to $48.62"). A count after one is a rise in what it counts: "US firms added
/// 146,000 jobs".
/// </summary>
internal sealed class AmountGivenRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        if (grouping.VerbDirection != ChangeDirection.None && grouping.AnchorMention.Kind is MentionKind.Money
            && grouping.WordBefore != "by" && EnglishWordClasses.GivingVerbs.Contains(grouping.Tokens[grouping.Verb].Lower) && !grouping.IsAmountChangeToLevel())
        {
            grouping.VerbDirection = ChangeDirection.None;
        }
    }
}
