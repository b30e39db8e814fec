using FactCheck.Languages.English;
using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// An up verb with a sum of money or a count names an amount, not a change of it: "raised $2bn",
/// "added 5,000 jobs". Not with "by" ("raised by $2bn") nor when a level follows ("added $1.89 to $48.62").
/// </summary>
internal sealed class AmountGivenRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        if (grouping.VerbDirection != ChangeDirection.None && grouping.AnchorMention.Kind is MentionKind.Money or MentionKind.Number
            && grouping.WordBefore != "by" && EnglishWordClasses.GivingVerbs.Contains(grouping.Tokens[grouping.Verb].Lower) && !grouping.IsAmountChangeToLevel())
        {
            grouping.VerbDirection = ChangeDirection.None;
        }
    }
}
