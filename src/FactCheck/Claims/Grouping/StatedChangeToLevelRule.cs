using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// A change, then the level it reached: "rose 20% to £5bn", "closed up $2.80 to $51.15", or the level it stands at
/// ("were down 4% at 325.5p", "up 56 pence, or 7.6%, at 797p", "closed 0.7% higher at 11,740"); with "from" after the
/// level, the earlier value too ("rose 20% to £5bn from £4bn"). The change figure becomes the stated change.
/// </summary>
internal sealed class StatedChangeToLevelRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        var a = grouping.Anchor;
        var after = Figures.DirectionAfter(grouping.Tokens, a);
        if (!grouping.IsUnpaired || !(grouping.VerbDirection != ChangeDirection.None || grouping.WordBefore is "up" or "down" || after != ChangeDirection.None))
        {
            return;
        }

        int? level;
        if (after != ChangeDirection.None)
        {
            // "closed 0.5% higher at 4,900 points", "ended 3% lower at 245p": the direction told after the change.
            level = LevelAt(grouping, a + 1);
            if (level is not null)
            {
                grouping.VerbDirection = after;
            }
        }
        else
        {
            level = Figures.IsChangeUnit(grouping.AnchorMention) || grouping.IsAmountChangeToLevel() ? grouping.Next(a, "to") : null;
            level ??= LevelAt(grouping, a);
        }
        if (level is null)
        {
            return;
        }

        grouping.ChangeReaches(a, level.Value);
    }

    // "down 4% at 325.5p", "up 56 pence, or 7.6%, at 797p": the level a price or an index stands at after the change,
    // the change said once more after "or" allowed between. Only an amount of money, or a number with no things counted
    // after it ("at 11,740.60 points"; not "up 3% at 200 stores", where the stores are where the change was seen).
    private static int? LevelAt(FigureGrouping grouping, int change)
    {
        var t = grouping.Tokens;
        var j = change + 1;
        if (j + 1 < t.Count && t[j].IsPunctuation(',') && t[j + 1].Is("or"))
        {
            j++;
        }

        if (j + 1 < t.Count && t[j].Is("or") && t[j + 1].Kind == ClaimTokenKind.Figure && grouping.Mention(j + 1).Kind != grouping.AnchorMention.Kind)
        {
            j += 2;
        }

        if (j < t.Count && t[j].IsPunctuation(','))
        {
            j++;
        }

        if (j + 1 >= t.Count || !t[j].Is("at") || t[j + 1].Kind != ClaimTokenKind.Figure || grouping.IsUsed(j + 1))
        {
            return null;
        }

        var level = grouping.Mention(j + 1);
        var counted = grouping.NounAfter(j + 1);
        var plainNumber = level.Kind == MentionKind.Number && (counted.Length == 0 || counted is "points" || Lexicon.IsFunctionWord(counted));
        var amount = level.Kind == MentionKind.Money && (grouping.AnchorMention.Kind != MentionKind.Money || Figures.Compatible(grouping.AnchorMention, level));
        return plainNumber || amount ? j + 1 : null;
    }
}
