using FactCheck.Languages.English;
using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// A change named by a noun, what changed after "in", then the level it reached: "a 26% rise in annual profits to
/// $16.2bn", "an 11% fall in sales for 2004 to £280m ($532m)"; with "from" after the level, the earlier value too. The
/// change figure becomes the stated change, the noun's direction the claim's, and what changed the thing measured.
/// </summary>
internal sealed class ChangeNounToLevelRule : IFigureRule
{
    /// <summary>The most tokens between the change noun's "in" and the "to" of the level.</summary>
    private const int ObjectReach = 8;

    public void Apply(FigureGrouping grouping)
    {
        var a = grouping.Anchor;
        var t = grouping.Tokens;
        var noun = a + 1;
        if (!grouping.IsUnpaired || !Figures.IsChangeUnit(grouping.AnchorMention) || noun + 3 >= t.Count || !t[noun].IsWord || !t[noun + 1].Is("in"))
        {
            return;
        }

        var direction = Lexicon.DirectionOfNoun(t[noun].Lower);
        if (direction == ChangeDirection.None)
        {
            return;
        }

        var to = noun + 2;
        while (to < t.Count && to <= noun + ObjectReach && !t[to].Is("to") && (t[to].IsWord || t[to].Kind is ClaimTokenKind.Date or ClaimTokenKind.Possessive)
            && !Lexicon.IsVerb(t, to))
        {
            to++;
        }

        if (to == noun + 2 || to + 1 >= t.Count || !t[to].Is("to") || t[to + 1].Kind != ClaimTokenKind.Figure || grouping.IsUsed(to + 1)
            || grouping.Mention(to + 1).Kind is MentionKind.Date)
        {
            return;
        }

        // What changed ends before a period named after it: "profits for the year", "sales in 2004".
        var last = to - 1;
        for (var k = noun + 2; k < to; k++)
        {
            if (t[k].Kind == ClaimTokenKind.Date || (t[k].Is("the") && k + 1 < to && t[k + 1].IsWord && EnglishWordClasses.PeriodMonths.ContainsKey(t[k + 1].Lower)))
            {
                last = k > noun + 2 && t[k - 1].IsWord && t[k - 1].IsIn(WordClasses.Preposition) ? k - 2 : k - 1;
                break;
            }
        }

        if (last < noun + 2)
        {
            return;
        }

        grouping.Draft.ChangedObject = (noun + 2, last);
        grouping.VerbDirection = direction;
        grouping.ChangeReaches(a, to + 1);
    }
}
