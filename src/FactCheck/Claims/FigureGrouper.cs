using System.Collections.Immutable;
using FactCheck.Claims.Grouping;
using FactCheck.Recognition;

namespace FactCheck.Claims;

/// <summary>
/// Groups the figures of one sentence into claim drafts: ranges ("between 10% and 20%", "10-20%"), from/to
/// pairs ("from 10% to 29%", "29%, up from the earlier 10%", "rose 20% to £5bn from £4bn"), changes
/// ("jumped by 42%", "up 5%", "doubled", "fell 3 points"), shares with their whole ("300 of the 1,200 jobs"),
/// comparisons ("faster than the 7% in India", "the largest") and ranks ("the third-largest").
/// </summary>
/// <remarks>
/// Each figure not yet taken by an earlier draft begins a draft, which <see cref="FigureRules"/> shape in turn;
/// then <see cref="SentenceRules"/> join and link the drafts of the sentence. Each rule is one pattern in
/// <c>Claims/Grouping</c>.
/// Spelled-out numbers below ten with no digits ("the two diplomats"), times of day and numbers inside a word or
/// a date begin no draft.
/// </remarks>
internal static class FigureGrouper
{
    /// <summary>
    /// The rules that shape the draft begun at one figure, in the order they run. Conversions are taken first so
    /// that no pattern reads them as another value; the verb rules settle what change the clause states; the
    /// pairing rules (from <see cref="BetweenRangeRule"/> to <see cref="RangeRule"/>) apply only to a draft no
    /// pairing rule has matched, so the first that matches wins; the earlier value, whole and comparison are
    /// looked for after the figure the pair ends on; the change and its direction are read from what the draft
    /// then holds; the rank comes last because it only refines the kind of a plain level.
    /// </summary>
    internal static readonly ImmutableArray<IFigureRule> FigureRules =
    [
        new ConvertedAmountRule(),
        new AmountGivenRule(),
        new MultiplierVerbRule(),
        new ChangedObjectRule(),
        new BetweenRangeRule(),
        new FromToPairRule(),
        new StatedChangeToLevelRule(),
        new StatedChangeFromToRule(),
        new RangeRule(),
        new ChangeAgainstBaseRule(),
        new EarlierValueRule(),
        new ShareOfWholeRule(),
        new ComparisonRule(),
        new ChangeRule(),
        new DirectionFromStatedChangeRule(),
        new DirectionFromEarlierValueRule(),
        new RankRule(),
    ];

    /// <summary>
    /// The rules that join and link the drafts of a sentence, in the order they run: a from/to split across
    /// clauses is joined first, and a level to the percentage that sets it against a base, so that the links below see the
    /// drafts that remain.
    /// </summary>
    internal static readonly ImmutableArray<ISentenceRule> SentenceRules =
    [
        new SplitFromToRule(),
        new LevelAgainstBaseRule(),
        new SameVerbChangeRule(),
        new CoordinatedFigureRule(),
    ];

    public static List<ClaimDraft> Group(SentenceView s, IReadOnlyList<Mention> mentions)
    {
        var drafts = DraftEachFigure(s, mentions);
        foreach (var rule in SentenceRules)
        {
            rule.Apply(s, mentions, drafts);
        }

        return drafts;
    }

    /// <summary>One draft for each figure that begins a claim, shaped by <see cref="FigureRules"/>; the sentence rules not yet applied.</summary>
    internal static List<ClaimDraft> DraftEachFigure(SentenceView s, IReadOnlyList<Mention> mentions)
    {
        var t = s.Tokens;
        var drafts = new List<ClaimDraft>();
        var used = new bool[t.Count];
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Kind != ClaimTokenKind.Figure || used[i] || Figures.IsMinorNumber(mentions[t[i].MentionIndex]) || IsClockTime(t, i)
                || IsPartOfWordOrDate(t, mentions, i))
            {
                continue;
            }

            var grouping = new FigureGrouping(s, mentions, used, i);
            foreach (var rule in FigureRules)
            {
                rule.Apply(grouping);
            }

            drafts.Add(grouping.Draft);
        }

        return drafts;
    }

    // "the 76-year-old owner", "a 12-member eurozone", "February 16 and 17": a number inside a word or a date.
    private static bool IsPartOfWordOrDate(List<ClaimToken> t, IReadOnlyList<Mention> mentions, int i)
    {
        if (mentions[t[i].MentionIndex].Kind != MentionKind.Number)
        {
            return false;
        }

        var compound = i + 2 < t.Count && t[i + 1].Text == "-" && t[i + 1].Start == t[i].End && t[i + 2].IsWord && t[i + 2].Start == t[i + 1].End;
        var dateContinuation = i >= 2 && t[i - 1].IsWord && t[i - 1].Lower is "and" or "to" or "or" && t[i - 2].Kind == ClaimTokenKind.Date;
        return compound || dateContinuation;
    }

    // "by 1200 GMT", "at 9 am": a time of day, not a quantity.
    private static bool IsClockTime(List<ClaimToken> t, int i) =>
        i + 1 < t.Count && t[i + 1].IsWord && t[i + 1].Lower is "gmt" or "bst" or "est" or "et" or "cet" or "utc" or "am" or "pm" or "a.m." or "p.m." or "hours" or "hrs";
}
