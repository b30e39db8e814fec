using System.Collections.Immutable;
using FactCheck.Claims.Grouping;
using FactCheck.Languages.English;
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
/// Spelled-out numbers below ten with no digits that neither count new things ("the two diplomats", "four years into
/// the plan") nor are a share of a whole ("a third of the firm"), times of day and numbers inside a word or a date begin
/// no draft.
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
        new ChangeNounToLevelRule(),
        new StatedChangeFromToRule(),
        new RangeRule(),
        new ChangeAgainstBaseRule(),
        new EarlierValueRule(),
        new ShareOfWholeRule(),
        new ComparisonRule(),
        new ChangeRule(),
        new CountGoingRule(),
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
            if (t[i].Kind != ClaimTokenKind.Figure || used[i] || (Figures.IsMinorNumber(mentions[t[i].MentionIndex]) && !CountsNewThings(t, mentions, i) && !IsShareInWords(t, mentions, i))
                || IsClockTime(t, i) || IsPartOfWordOrDate(t, mentions, i) || IsInName(t, mentions, i) || IsOwnersModel(t, mentions, i))
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

        var compound = NounPhrases.IsNumberCompound(t, i);
        var dateContinuation = i >= 2 && t[i - 1].IsWord && t[i - 1].Lower is "and" or "to" or "or" && t[i - 2].Kind == ClaimTokenKind.Date;
        return compound || dateContinuation;
    }

    // "Boeing 787", "Xbox 360", "Chapter 11", "Section 232", "FTSE 100": plain digits right after a capitalised word inside
    // the sentence name a model, a chapter or an index, and count nothing. Not after the sentence's first word ("Some 300
    // jobs"), nor after a verb, nor before a capitalised word ("Acme Cuts 300 Jobs", a headline in title case), nor digits
    // with a separator or a scale. A word in lower case with a capital inside it ("iPhone 4", "iOS 5") is a name wherever
    // it stands.
    private static bool IsInName(List<ClaimToken> t, IReadOnlyList<Mention> mentions, int i)
    {
        var mention = mentions[t[i].MentionIndex];
        if (mention.Kind != MentionKind.Number || i < 1 || !t[i - 1].IsWord || t[i - 1].End == t[i].Start)
        {
            return false;
        }

        if (!HasInnerCapital(t[i - 1].Text)
            && (i < 2 || !t[i - 1].IsCapitalized || Lexicon.IsFunctionWord(t[i - 1]) || Lexicon.IsVerb(t, i - 1) || EntityLexicon.NotNames.Contains(t[i - 1].Lower)
                || (i + 1 < t.Count && t[i + 1].IsCapitalized)))
        {
            return false;
        }

        foreach (var c in t[i].Text)
        {
            if (!char.IsAsciiDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    // "Boeing's 787 has sold well", "against Airbus's 350.": plain digits (three or more, no separator) owned by a name, with
    // no counted noun after them, name the owner's model; "Acme's 300 stores" counts stores.
    private static bool IsOwnersModel(List<ClaimToken> t, IReadOnlyList<Mention> mentions, int i)
    {
        if (mentions[t[i].MentionIndex].Kind != MentionKind.Number || i < 2 || t[i - 1].Kind != ClaimTokenKind.Possessive || !t[i - 2].IsWord
            || !t[i - 2].IsCapitalized || t[i].Text.Length < 3 || !t[i].Text.All(char.IsAsciiDigit))
        {
            return false;
        }

        var next = i + 1;
        return next >= t.Count || (t[next].Kind == ClaimTokenKind.Punctuation && t[next].Text is "." or "," or ";" or ")")
            || (t[next].IsWord && !t[next].Is("of") && (Lexicon.IsVerb(t, next) || Lexicon.IsFunctionWord(t[next])));
    }

    // "iPhone", "iOS", "eBay": a lower-case first letter with a capital after it, the spelling of a product's or a firm's name.
    private static bool HasInnerCapital(string word) =>
        word.Length > 1 && char.IsLower(word[0]) && word.AsSpan(1).IndexOfAnyInRange('A', 'Z') >= 0;

    // "by 1200 GMT", "at 9 am", "at 0900 hours": a time of day, not a quantity; "35 hours" are hours counted.
    private static bool IsClockTime(List<ClaimToken> t, int i) =>
        i + 1 < t.Count && t[i + 1].IsWord && (EnglishWordClasses.TimeZones.Contains(t[i + 1].Lower) || t[i + 1].Lower is "am" or "pm" or "a.m." or "p.m."
            || (t[i + 1].Lower is "hours" or "hrs" && t[i].Text.Length == 4 && t[i].Text.All(char.IsAsciiDigit)));

    // "a third of the firm", "two-thirds of Italy's economy": a fraction in words before "of" is a share of a whole. Not "a
    // quarter of a point" (a part of one unit), nor "three quarters of contraction" (quarters of a year), nor "fell by a
    // quarter" (a relative change the change rules do not read as one).
    private static bool IsShareInWords(List<ClaimToken> t, IReadOnlyList<Mention> mentions, int i)
    {
        if (mentions[t[i].MentionIndex].Value is <= 0 or >= 1 || i + 2 >= t.Count || !t[i + 1].Is("of") || !t[i + 2].IsWord)
        {
            return false;
        }

        var whole = t[i + 2].Lower;
        var determined = Lexicon.OpensNounPhrase(whole);
        return whole is not ("a" or "an") && (determined || !t[i].Lower.Contains("quarter", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a spelled-out whole number from two to nine counts things the text names for the first time: "Yukos is suing
    /// four companies", "Six UK greyhound tracks", "an extra four hours a week". Not "one" (as often a pronoun), not after a
    /// determiner, a possessive or a word that points back to a set already named or ranked ("the two firms", "its three
    /// units", "the other four", "number three"), not inside a name, and not a duration ("four years into the plan").
    /// </summary>
    private static bool CountsNewThings(List<ClaimToken> t, IReadOnlyList<Mention> mentions, int i)
    {
        var value = mentions[t[i].MentionIndex].Value;
        if (value is < 2 or >= 10 || decimal.Truncate(value) != value || i + 1 >= t.Count || !NounPhrases.IsContentWord(t, i + 1) || t[i + 1].Lower == "out")
        {
            return false; // "one", "a sixth straight session", "six out of every 10"
        }

        if (i > 0 && (t[i - 1].Kind == ClaimTokenKind.Possessive || (t[i - 1].IsWord && (Lexicon.OpensNounPhrase(t[i - 1]) || EnglishWordClasses.CountedSetWords.Contains(t[i - 1].Lower)))))
        {
            return false;
        }

        if (i > 0 && char.IsUpper(t[i].Text[0]) && t[i - 1].IsCapitalized)
        {
            return false; // "Radio Five Live": a number inside a name
        }

        if (i > 1 && t[i - 1].Is("of") && t[i - 2].Is("one"))
        {
            return false; // "one of six executives": the set the one is taken from
        }

        if (NounPhrases.Right(t, i + 1, t.Count - 1, maxPrepositions: 0) is not { } counted)
        {
            return false;
        }

        var head = NounPhrases.Head(t, counted.First, counted.Last);
        if (head < 0 || !EnglishWordClasses.DurationNouns.Contains(t[head].Lower))
        {
            return true;
        }

        // "four hours a week": a duration in each period is a count of it.
        return head + 2 < t.Count && t[head + 1].IsWord && t[head + 1].Lower is "a" or "per" && t[head + 2].IsWord && EnglishWordClasses.PerTimeNouns.Contains(t[head + 2].Lower);
    }
}
