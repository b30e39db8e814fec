using FactCheck.Claims.Grouping;
using FactCheck.Languages.English;
using FactCheck.Recognition;

namespace FactCheck.Claims;

/// <summary>
/// Links a change stated in one sentence to the figures of the sentence before, so that the checks can do the
/// arithmetic across sentences as within one clause:
/// </summary>
/// <list type="bullet">
/// <item>"Sales rose from £4bn to £5bn. That is an increase of 40%.": a sentence that opens with a back-reference
/// ("that is", "this represents") and states a change gives the stated change of the last from/to pair before it;</item>
/// <item>"The deficit hit $617.7bn in 2004. The shortfall was 24.4% above the previous record - 2003's gap of $496.5bn.":
/// a percentage set against a base (<see cref="ChangeAgainstBaseRule"/>) in a sentence that refers back gives the level
/// of the sentence before, in the base's unit, its earlier value (the base, with the base's period) and its stated change.</item>
/// </list>
/// <remarks>
/// The level is taken only when it is the one level of the sentence before in the base's unit, or the one whose
/// subject shares a word with the comparison's: "Exports were $50bn and imports $80bn. The deficit was ..." links nothing.
/// Both claims are marked related. Runs once periods are resolved, so the base's period travels with it.
/// </remarks>
internal static class ChangeLinker
{
    public static void Link(IReadOnlyList<SentenceView> views, IReadOnlyList<Mention> mentions, List<ClaimDraft> drafts)
    {
        var bySentence = new Dictionary<int, List<int>>();
        for (var i = 0; i < drafts.Count; i++)
        {
            if (drafts[i].Kind == ClaimKind.Event)
            {
                continue;
            }

            if (!bySentence.TryGetValue(drafts[i].Sentence, out var list))
            {
                bySentence[drafts[i].Sentence] = list = [];
            }

            list.Add(i);
        }

        foreach (var (sentence, own) in bySentence)
        {
            if (!bySentence.TryGetValue(sentence - 1, out var before))
            {
                continue;
            }

            var s = views[sentence];
            var first = drafts[own[0]];
            if (LevelAgainstBaseRule.IsChangeAgainstBase(first) && RefersBack(s, first))
            {
                LinkLevel(views, mentions, drafts, before, own[0]);
            }
            else if (first.Kind == ClaimKind.Change && OpensWithBackReference(s.Tokens, first.MainToken))
            {
                LinkPair(views, drafts, before, own[0]);
            }
        }
    }

    // "That was 24.4% above", "The shortfall was", "Its profit was", "It was": the subject is one named before.
    private static bool RefersBack(SentenceView s, ClaimDraft d)
    {
        var t = s.Tokens;
        return OpensWithBackReference(t, d.MainToken) || d.Subject is { IsAnaphoric: true }
            || (t.Count > 0 && t[0].IsWord && (t[0].Lower is "the" or "it" || EnglishWordClasses.PossessivePronouns.Contains(t[0].Lower)));
    }

    /// <summary>Whether the sentence opens with a pronoun and a verb that point back ("That is", "This represents", "That would be"), before the figure.</summary>
    private static bool OpensWithBackReference(List<ClaimToken> t, int figure)
    {
        var i = t.Count > 0 && t[0].IsWord && t[0].Lower is "and" or "but" ? 1 : 0;
        if (i + 1 >= figure || !t[i].IsWord || !EnglishWordClasses.BackReferencePronouns.Contains(t[i].Lower))
        {
            return false;
        }

        return t[i + 1].IsWord && EnglishWordClasses.BackReferenceVerbs.Contains(t[i + 1].Lower);
    }

    private static void LinkLevel(IReadOnlyList<SentenceView> views, IReadOnlyList<Mention> mentions, List<ClaimDraft> drafts, List<int> before, int at)
    {
        var comparison = drafts[at];
        var t = views[comparison.Sentence].Tokens;
        var baseIndex = t[comparison.ComparedToken!.Value].MentionIndex;
        var baseMention = mentions[baseIndex];
        var candidates = before.Where(n =>
        {
            var d = drafts[n];
            var main = d.MainMention(mentions, views[d.Sentence].Tokens);
            return StatesAmount(d, main) && d.PreviousToken is null && d.StatedChangeToken is null && d.LinkedPreviousMention is null
                && LevelAgainstBaseRule.SameUnit(main, baseMention) && main.Value != baseMention.Value
                && OfOneSize(main.Value, baseMention.Value);
        }).ToList();
        var words = SubjectWords(comparison.Subject);
        var sharing = candidates.Where(n => SubjectWords(drafts[n].Subject).Overlaps(words)).ToList();
        var chosen = sharing.Count > 0 ? sharing[0] : candidates.Count == 1 ? candidates[0] : -1;
        if (chosen < 0)
        {
            return;
        }

        var level = drafts[chosen];
        level.LinkedPreviousMention = baseIndex;
        level.LinkedStatedChangeMention = t[comparison.MainToken].MentionIndex;
        level.Kind = ClaimKind.FromTo;
        level.Direction = comparison.Direction;
        level.PreviousTime ??= comparison.PreviousTime;
        level.Related.Add(at);
        comparison.Related.Add(chosen);
    }

    /// <summary>
    /// Whether a claim of the sentence before states an amount a percentage may be set above or below: a level ("Exports
    /// reached $24bn"), a sum of something ("£100m of new investment", read as a part when no whole is given) or a sum
    /// lost, won or added ("shareholders lost $180bn", "a £2.1bn boost").
    /// </summary>
    private static bool StatesAmount(ClaimDraft d, Mention main) =>
        d.Kind == ClaimKind.Level
        || (d.Kind == ClaimKind.Share && d.WholeToken is null && main.Kind == MentionKind.Money)
        || (d.Kind == ClaimKind.Change && main.Kind == MentionKind.Money);

    /// <summary>
    /// How many times a total may be its base, or the base the total: "40% above" or "20% below" a base leaves the two of
    /// one size, so "£100 each" is no total for a base of "£33.6m".
    /// </summary>
    private const decimal MostTimesTheBase = 10m;

    private static bool OfOneSize(decimal total, decimal baseValue) =>
        total > 0m && baseValue > 0m && total <= baseValue * MostTimesTheBase && baseValue <= total * MostTimesTheBase;

    private static void LinkPair(IReadOnlyList<SentenceView> views, List<ClaimDraft> drafts, List<int> before, int at)
    {
        var change = drafts[at];
        var pairAt = before.LastOrDefault(n => drafts[n] is { Kind: ClaimKind.FromTo, StatedChangeToken: null, LinkedStatedChangeMention: null }
            && (drafts[n].PreviousToken is not null || drafts[n].LinkedPreviousMention is not null), -1);
        if (pairAt < 0)
        {
            return;
        }

        var pair = drafts[pairAt];
        pair.LinkedStatedChangeMention = views[change.Sentence].Tokens[change.MainToken].MentionIndex;
        if (pair.Direction == ChangeDirection.None)
        {
            pair.Direction = change.Direction;
        }

        pair.Related.Add(at);
        change.Related.Add(pairAt);
    }

    private static HashSet<string> SubjectWords(SubjectInfo? subject)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (subject is null)
        {
            return words;
        }

        if (subject.Head.Length > 0)
        {
            words.Add(subject.Head);
        }

        words.UnionWith(subject.KeyWords);
        return words;
    }
}
