using FactCheck.Recognition;

namespace FactCheck.Claims;

/// <summary>
/// Groups the figures of one sentence into claim drafts: ranges ("between 10% and 20%", "10-20%"), from/to
/// pairs ("from 10% to 29%", "29%, up from the earlier 10%", "rose 20% to £5bn from £4bn"), changes
/// ("jumped by 42%", "up 5%", "doubled", "fell 3 points"), shares with their whole ("300 of the 1,200 jobs"),
/// comparisons ("faster than the 7% in India", "the largest") and ranks ("the third-largest").
/// </summary>
/// <remarks>
/// Figures in brackets right after another figure ("$1.13bn (£600m)") are read as conversions of it.
/// Spelled-out numbers below ten with no digits ("the two diplomats") are not claims on their own.
/// </remarks>
internal static class FigureGrouper
{
    private const int LookAhead = 12;

    private static readonly HashSet<string> PreviousMarkers = new(StringComparer.Ordinal) { "from", "compared", "against", "versus", "vs", "vs.", "than", "instead" };

    private static readonly HashSet<string> WindowWords = new(StringComparer.Ordinal)
    {
        "up", "down", "from", "compared", "with", "to", "against", "versus", "vs", "the", "a", "an", "earlier", "previous", "prior",
        "year", "year-earlier", "last", "same", "period", "level", "levels", "of", "at", "in", "its", "their", "and", "for", "rate",
        "just", "only", "some", "about", "around", "figure", "an", "original", "initial", "before", "ago", "than", "on", "over",
        "higher", "lower", "more", "less", "fewer", "faster", "slower", "bigger", "smaller", "larger", "greater", "previously",
        "months", "month", "quarter", "week", "rising", "falling", "increasing", "decreasing", "a", "year-ago",
    };

    private static readonly HashSet<string> GivingVerbs = new(StringComparer.Ordinal)
    {
        "raise", "raised", "raises", "raising", "boost", "boosted", "boosts", "lift", "lifted", "lifts", "add", "added", "adds", "gain", "gained", "gains",
    };

    private static readonly HashSet<string> Comparatives = new(StringComparer.Ordinal)
    {
        "higher", "lower", "more", "less", "fewer", "faster", "slower", "bigger", "smaller", "larger", "greater", "better", "worse",
        "cheaper", "dearer", "stronger", "weaker", "above", "below", "exceeds", "exceeded", "outpaced", "outpacing",
    };

    private static readonly HashSet<string> Superlatives = new(StringComparer.Ordinal)
    {
        "largest", "biggest", "highest", "lowest", "smallest", "fastest", "slowest", "steepest", "sharpest", "strongest", "weakest",
        "greatest", "worst", "best", "most",
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9,
        ["tenth"] = 10, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4, ["5th"] = 5, ["6th"] = 6, ["7th"] = 7, ["8th"] = 8, ["9th"] = 9, ["10th"] = 10,
    };

    public static List<ClaimDraft> Group(SentenceView s, IReadOnlyList<Mention> mentions)
    {
        var t = s.Tokens;
        var drafts = new List<ClaimDraft>();
        var used = new bool[t.Count];
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Kind != ClaimTokenKind.Figure || used[i] || IsMinorNumber(mentions[t[i].MentionIndex]) || IsClockTime(t, i)
                || IsPartOfWordOrDate(t, mentions, i))
            {
                continue;
            }

            var d = new ClaimDraft(s.Index, s.ClauseOf[i], ClaimKind.Level, i);
            used[i] = true;
            Build(s, mentions, d, used);
            drafts.Add(d);
        }

        MergeEarlierValues(t, mentions, drafts);
        for (var n = 1; n < drafts.Count; n++)
        {
            var d = drafts[n];
            var at = d.FigureTokens().Min();
            if (d.Kind == ClaimKind.Level && d.Direction == ChangeDirection.None && at > 1 && t[at - 1].Is("by") && t[at - 2].Lower is "and" or "or"
                && drafts[n - 1].Kind == ClaimKind.Change)
            {
                // "rose by 8% globally and by 24% in China": the same verb, another amount.
                d.Kind = ClaimKind.Change;
                d.Direction = drafts[n - 1].Direction;
                d.SameSubjectAs = drafts[n - 1];
            }
            else if (at > 0 && t[at - 1].Is("and") && drafts[n - 1].Clause == d.Clause
                && string.Equals(Mention(t, mentions, drafts[n - 1].MainToken).Unit, Mention(t, mentions, d.MainToken).Unit, StringComparison.Ordinal)
                && drafts[n - 1].LastFigure() == at - 2)
            {
                d.SameSubjectAs = drafts[n - 1]; // "2% this year and 2.4% next", "29% and 18% lower"
            }
        }

        return drafts;
    }

    // A from/to split across clauses: "The levy, which had been 5% since 2019, was raised to 8%";
    // "The duty on rice, previously 20%, now stands at 35%". The earlier value is marked as such.
    private static void MergeEarlierValues(List<ClaimToken> t, IReadOnlyList<Mention> mentions, List<ClaimDraft> drafts)
    {
        for (var n = 0; n < drafts.Count; n++)
        {
            var earlier = drafts[n];
            if (earlier.Kind != ClaimKind.Level || earlier.PreviousToken is not null || earlier.StatedChangeToken is not null || earlier.Direction != ChangeDirection.None
                || !IsMarkedEarlier(t, earlier.MainToken))
            {
                continue;
            }

            var later = drafts.Skip(n + 1).FirstOrDefault(x => x.Kind == ClaimKind.Level && x.PreviousToken is null
                && Compatible(Mention(t, mentions, x.MainToken), Mention(t, mentions, earlier.MainToken)));
            if (later is null)
            {
                continue;
            }

            later.PreviousToken = earlier.MainToken;
            later.Kind = ClaimKind.FromTo;
            if (earlier.MainToken + 1 < t.Count && t[earlier.MainToken + 1].Kind == ClaimTokenKind.Date)
            {
                later.BaseDateTokens.Add(earlier.MainToken + 1); // "which had been 5% since 2019"
            }
            if (later.Direction == ChangeDirection.None)
            {
                var now = Mention(t, mentions, later.MainToken).Value;
                var before = Mention(t, mentions, earlier.MainToken).Value;
                later.Direction = now > before ? ChangeDirection.Up : now < before ? ChangeDirection.Down : ChangeDirection.None;
            }

            drafts.RemoveAt(n);
            n--;
        }
    }

    private static bool IsMarkedEarlier(List<ClaimToken> t, int figure)
    {
        for (var j = figure - 1; j >= 0 && j >= figure - 3; j--)
        {
            if (!t[j].IsWord)
            {
                return false;
            }

            if (t[j].Lower is "previously" or "formerly" or "originally" or "initially" or "once" or "earlier"
                || (t[j].Lower == "been" && j > 0 && t[j - 1].Is("had")))
            {
                return true;
            }
        }

        return false;
    }

    private static void Build(SentenceView s, IReadOnlyList<Mention> mentions, ClaimDraft d, bool[] used)
    {
        var t = s.Tokens;
        var a = d.MainToken;
        var m = Mention(t, mentions, a);
        d.IsPercentage = m.Kind is MentionKind.Percentage or MentionKind.PercentagePoints;
        TakeConversions(t, d, a, used);
        var clauseFirst = s.ClauseRange(a).First;
        var verb = SubjectFinder.FindVerbBefore(t, a, clauseFirst);
        var verbDirection = verb >= 0 ? DirectionOf(t[verb].Lower) : ChangeDirection.None;
        var before = a > 0 && t[a - 1].IsWord ? t[a - 1].Lower : string.Empty;
        // "closed up $2.80 to $51.15", "adding $1.89 to $48.62": a change in money, then the level it reached.
        var toLevel = m.Kind is MentionKind.Money or MentionKind.Number && Next(t, a, "to", used) is int reached && Compatible(m, Mention(t, mentions, reached));
        if (verbDirection != ChangeDirection.None && m.Kind is MentionKind.Money or MentionKind.Number && before != "by" && GivingVerbs.Contains(t[verb].Lower) && !toLevel)
        {
            verbDirection = ChangeDirection.None; // "raised $2bn", "added 5,000 jobs" name an amount, not a change of it
        }

        if (m.Kind == MentionKind.Multiplier && verb < 0)
        {
            verbDirection = m.Value >= 1 ? ChangeDirection.Up : ChangeDirection.Down; // "doubled", "halved" are the verb
        }

        if (verb < 0 && before is "by" or "to" && NounPhrases.Left(t, a - 1, clauseFirst) is { } changed && changed.First - 1 >= clauseFirst
            && DirectionOf(t[changed.First - 1].Lower) is var objectDirection && objectDirection != ChangeDirection.None)
        {
            // "cut rates by 50 basis points", "raised its key rate to 5.25%": the object is what changed.
            verbDirection = objectDirection;
            d.ChangedObject = changed;
        }

        if (m.Qualifier == Qualifier.Between)
        {
            d.Kind = ClaimKind.Range;
        }
        else if (before == "between" && Next(t, a, "and", used) is int upper && Compatible(m, Mention(t, mentions, upper)))
        {
            d.Kind = ClaimKind.Range;
            d.RangeEndToken = upper;
            used[upper] = true;
        }
        else if (before == "from" && Next(t, a, "to", used) is int newer && Compatible(m, Mention(t, mentions, newer)))
        {
            // "from 10% to 29%"; a change figure just before "from" is the stated change ("rose 20% from £4bn to £5bn").
            d.Kind = ClaimKind.FromTo;
            d.PreviousToken = a;
            d.MainToken = newer;
            used[newer] = true;
            TakeConversions(t, d, newer, used);
            if (DateAfter(t, a) is int startDate)
            {
                d.BaseDateTokens.Add(startDate); // "from £180,126 in November to £178,906"
            }
        }
        else if ((IsChangeUnit(m) || toLevel) && (verbDirection != ChangeDirection.None || before is "up" or "down") && Next(t, a, "to", used) is int level)
        {
            // "rose 20% to £5bn": the change, then the level it reached.
            d.StatedChangeToken = a;
            d.MainToken = level;
            used[level] = true;
            TakeConversions(t, d, level, used);
            if (Next(t, level, "from", used) is int earlier)
            {
                d.PreviousToken = earlier;
                used[earlier] = true;
                d.Kind = ClaimKind.FromTo;
            }
        }
        else if (IsChangeUnit(m) && (verbDirection != ChangeDirection.None || before is "up" or "down") && Next(t, a, "from", used) is int start
            && Next(t, start, "to", used) is int end)
        {
            d.StatedChangeToken = a;
            d.PreviousToken = start;
            d.MainToken = end;
            d.Kind = ClaimKind.FromTo;
            used[start] = true;
            used[end] = true;
        }
        else if ((Next(t, a, "to", used) ?? NextAfterDash(t, a, used)) is int rangeEnd && Compatible(m, Mention(t, mentions, rangeEnd))
            && verbDirection == ChangeDirection.None && before != "to")
        {
            d.Kind = ClaimKind.Range;
            d.RangeEndToken = rangeEnd;
            used[rangeEnd] = true;
        }

        if (d.Kind is ClaimKind.Level or ClaimKind.FromTo && d.PreviousToken is null)
        {
            FindPrevious(t, mentions, d, used);
        }

        if (d.Kind == ClaimKind.Level && d.MainToken + 1 < t.Count && t[d.MainToken + 1].Is("of"))
        {
            var j = d.MainToken + 2;
            while (j < t.Count && t[j].IsWord && t[j].Lower is "the" or "its" or "their" or "a" or "total" or "all" or "some")
            {
                j++;
            }

            if (j < t.Count && t[j].Kind == ClaimTokenKind.Figure && !used[j])
            {
                d.Kind = ClaimKind.Share;
                d.WholeToken = j;
                used[j] = true;
            }
        }

        FindComparison(t, mentions, d, used);
        if (d.Kind == ClaimKind.Comparison && d.Direction == ChangeDirection.None && d.MainToken == a && before is not ("to" or "at"))
        {
            d.Direction = verbDirection; // "grew 7%, faster than ..."
        }

        var main = Mention(t, mentions, d.MainToken);
        var mainBefore = d.MainToken > 0 && t[d.MainToken - 1].IsWord ? t[d.MainToken - 1].Lower : string.Empty;
        if (d.Kind == ClaimKind.Level && d.StatedChangeToken is null)
        {
            if (main.Kind == MentionKind.Multiplier)
            {
                d.Kind = ClaimKind.Change;
                d.Direction = main.Value >= 1 ? ChangeDirection.Up : ChangeDirection.Down;
            }
            else if (mainBefore is "up" or "down")
            {
                d.Kind = ClaimKind.Change;
                d.Direction = mainBefore == "up" ? ChangeDirection.Up : ChangeDirection.Down;
            }
            else if (verbDirection != ChangeDirection.None && mainBefore != "to" && mainBefore != "at" && d.MainToken == a
                && !(main.Qualifier is Qualifier.MoreThan or Qualifier.LessThan && main.Text.Length > 0 && char.IsLetter(main.Text[0])))
            {
                d.Kind = ClaimKind.Change;
                d.Direction = verbDirection;
            }
            else if (main.Kind == MentionKind.PercentagePoints)
            {
                d.Kind = ClaimKind.Change;
            }
            else if (verbDirection != ChangeDirection.None)
            {
                d.Direction = verbDirection; // "rose to 5%": a level reached by a rise
            }
        }

        if (d.Direction == ChangeDirection.None && d.StatedChangeToken is int stated)
        {
            var change = Mention(t, mentions, stated);
            var statedBefore = stated > 0 && t[stated - 1].IsWord ? t[stated - 1].Lower : string.Empty;
            d.Direction = change.Kind == MentionKind.Multiplier ? (change.Value >= 1 ? ChangeDirection.Up : ChangeDirection.Down)
                : statedBefore == "down" ? ChangeDirection.Down : statedBefore == "up" ? ChangeDirection.Up : verbDirection;
        }

        if (d.Direction == ChangeDirection.None && d.PreviousToken is int previous)
        {
            var old = Mention(t, mentions, previous);
            d.Direction = main.Value > old.Value ? ChangeDirection.Up : main.Value < old.Value ? ChangeDirection.Down : ChangeDirection.None;
        }

        FindRank(t, d);
    }

    // After the main figure: ", up from the earlier 10%", "from $639m year-earlier", "compared with 4% a year ago",
    // ", up 27% from its 2003 performance" (a stated change with no earlier figure). Dates after "from" name the
    // base period, not the claim's time.
    private static void FindPrevious(List<ClaimToken> t, IReadOnlyList<Mention> mentions, ClaimDraft d, bool[] used)
    {
        var main = Mention(t, mentions, d.MainToken);
        var sawMarker = false;
        var sawComma = false;
        var direction = ChangeDirection.None;
        int? stated = null;
        var words = 0;
        var baseDates = new List<int>();
        var sawOwner = false;
        for (var j = d.MainToken + 1; j < t.Count && j <= d.MainToken + LookAhead; j++)
        {
            var token = t[j];
            if (token.Kind == ClaimTokenKind.Figure)
            {
                var figure = Mention(t, mentions, j);
                if (used[j] || IsMinorNumber(figure))
                {
                    continue; // a conversion already taken, or "three" in "the three months to December"
                }

                if (sawMarker && sawOwner && Compatible(main, figure))
                {
                    d.ComparedToken = j; // "compared to EA's $17.8bn": another owner's figure, not an earlier value
                    used[j] = true;
                    d.Kind = ClaimKind.Comparison;
                    break;
                }

                if (sawMarker && Compatible(main, figure))
                {
                    d.PreviousToken = j;
                    used[j] = true;
                    d.Kind = ClaimKind.FromTo;
                    if (DateAfter(t, j) is int baseDate)
                    {
                        baseDates.Add(baseDate); // "compared with 4.8% a year earlier", "from 5.4% in September"
                    }

                    break;
                }

                if (!sawMarker && stated is null && direction != ChangeDirection.None && IsChangeUnit(figure) && d.StatedChangeToken is null)
                {
                    stated = j; // "up 19% from 10%"
                    continue;
                }

                break;
            }

            if (token.Kind == ClaimTokenKind.Date)
            {
                if (sawMarker)
                {
                    baseDates.Add(j);
                }

                continue;
            }

            if (token.Kind == ClaimTokenKind.Punctuation)
            {
                if (token.Text is "," or "(" or ")" || (token.Text == ";" && j > 0 && t[j - 1].Kind == ClaimTokenKind.Figure && used[j - 1]))
                {
                    sawComma |= token.Text == ",";
                    continue; // "30.6bn yen ($291m; £154m), up 31.8%"
                }

                break;
            }

            if (token.Kind == ClaimTokenKind.Possessive)
            {
                sawOwner |= sawMarker;
                continue;
            }

            var lower = token.Lower;
            if (PreviousMarkers.Contains(lower))
            {
                if (lower == "than")
                {
                    break; // a comparison, read elsewhere
                }

                sawMarker = true;
                continue;
            }

            if (lower is "up" or "down")
            {
                direction = lower == "up" ? ChangeDirection.Up : ChangeDirection.Down;
                continue;
            }

            if (WindowWords.Contains(lower))
            {
                continue;
            }

            // The head noun right after the figure ("a 29% duty, up from ...") may sit before the comma.
            if (!sawComma && !sawMarker && words < 3 && NounPhrases.IsContentWord(t, j))
            {
                words++;
                continue;
            }

            if (sawMarker && token.IsCapitalized && j + 1 < t.Count && (t[j + 1].Kind == ClaimTokenKind.Possessive || t[j + 1].IsCapitalized))
            {
                continue; // "compared to EA's $17.8bn": the owner of the other figure
            }

            if (sawMarker && (stated is not null || direction != ChangeDirection.None) && NounPhrases.IsContentWord(t, j))
            {
                continue; // "from its 2003 performance"
            }

            if (sawMarker && j > 1 && t[j - 1].IsWord && t[j - 1].Lower is "the" or "a" && t[j - 2].IsWord && t[j - 2].Lower is "against" or "versus" && NounPhrases.IsContentWord(t, j))
            {
                sawMarker = false; // "$1.2871 against the euro, from $1.2974": a pair, not the earlier value
                words++;
                continue;
            }

            break;
        }

        if (stated is int s)
        {
            d.StatedChangeToken = s;
            used[s] = true;
        }

        if (direction != ChangeDirection.None && (stated is not null || d.PreviousToken is not null))
        {
            d.Direction = direction;
        }

        if (d.PreviousToken is not null || stated is not null)
        {
            d.BaseDateTokens.AddRange(baseDates);
        }
    }

    private static void FindComparison(List<ClaimToken> t, IReadOnlyList<Mention> mentions, ClaimDraft d, bool[] used)
    {
        if (d.Kind is ClaimKind.Range or ClaimKind.FromTo)
        {
            return;
        }

        for (var j = d.MainToken + 1; j < t.Count && j <= d.MainToken + 8; j++)
        {
            if (t[j].Kind == ClaimTokenKind.Punctuation && t[j].Text is "." or ";")
            {
                return;
            }

            if (Lexicon.IsVerb(t, j) && !t[j].Is("than"))
            {
                return; // "lost 464,000 subscribers ... profits were lower than": another clause's comparison
            }

            if (!t[j].Is("than"))
            {
                continue;
            }

            var comparative = j > 0 && t[j - 1].IsWord && Comparatives.Contains(t[j - 1].Lower);
            if (!comparative)
            {
                return;
            }

            d.Kind = d.Kind == ClaimKind.Change ? ClaimKind.Change : ClaimKind.Comparison;
            for (var k = j + 1; k < t.Count && k <= j + 6; k++)
            {
                if (t[k].Kind == ClaimTokenKind.Figure && !used[k] && Compatible(Mention(t, mentions, d.MainToken), Mention(t, mentions, k)))
                {
                    d.ComparedToken = k;
                    d.Kind = ClaimKind.Comparison;
                    used[k] = true;
                    return;
                }

                if (t[k].Kind == ClaimTokenKind.Punctuation)
                {
                    return;
                }
            }

            return;
        }
    }

    // "the third-largest", "the world's second biggest", "the largest".
    private static void FindRank(List<ClaimToken> t, ClaimDraft d)
    {
        var from = d.MainToken;
        while (from > 0 && d.MainToken - from < 8 && !Lexicon.IsVerb(t, from - 1) && !(t[from - 1].Kind == ClaimTokenKind.Punctuation && t[from - 1].Text is "." or ";"))
        {
            from--; // superlatives before the figure count only within its own phrase: not "Japan's biggest steel company lost 2.5%"
        }

        var to = Math.Min(t.Count - 1, d.MainToken + 6);
        for (var j = from; j <= to; j++)
        {
            if (!t[j].IsWord)
            {
                continue;
            }

            var lower = t[j].Lower;
            var dash = lower.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && Ordinals.TryGetValue(lower[..dash], out var place) && Superlatives.Contains(lower[(dash + 1)..]))
            {
                d.Rank = place;
                d.Kind = d.Kind == ClaimKind.Level ? ClaimKind.Rank : d.Kind;
                return;
            }

            if (Ordinals.TryGetValue(lower, out place) && j + 1 <= to && t[j + 1].IsWord && Superlatives.Contains(t[j + 1].Lower))
            {
                d.Rank = place;
                d.Kind = d.Kind == ClaimKind.Level ? ClaimKind.Rank : d.Kind;
                return;
            }

            if (Superlatives.Contains(lower) && lower != "most" && j > 0 && t[j - 1].IsWord && t[j - 1].Lower is "the" or "its" or "their" || (Superlatives.Contains(lower) && j > 0 && t[j - 1].Kind == ClaimTokenKind.Possessive))
            {
                d.Rank = 1;
                d.Kind = d.Kind == ClaimKind.Level ? ClaimKind.Comparison : d.Kind;
                return;
            }
        }
    }

    private static void TakeConversions(List<ClaimToken> t, ClaimDraft d, int figure, bool[] used)
    {
        if (figure + 2 < t.Count && t[figure + 1].Is("or") && t[figure + 2].Kind == ClaimTokenKind.Figure && !used[figure + 2])
        {
            d.ConversionTokens.Add(figure + 2); // "rose by £106m or 47.3%": the same change said twice
            used[figure + 2] = true;
            return;
        }

        if (figure + 2 >= t.Count || t[figure + 1].Text != "(")
        {
            return;
        }

        for (var j = figure + 2; j < t.Count && j <= figure + 8; j++)
        {
            if (t[j].Kind == ClaimTokenKind.Figure && !used[j])
            {
                d.ConversionTokens.Add(j);
                used[j] = true;
                continue;
            }

            if (t[j].Text == ")")
            {
                return;
            }

            if (!(t[j].Kind == ClaimTokenKind.Punctuation || t[j].Is("or") || t[j].Is("about") || t[j].Is("around")))
            {
                return;
            }
        }
    }

    // A date right after a figure, bare or with a preposition: "4.8% a year earlier", "£180,126 in November".
    private static int? DateAfter(List<ClaimToken> t, int figure)
    {
        var j = figure + 1;
        if (j < t.Count && t[j].IsWord && t[j].Lower is "in" or "on" or "during" or "at" or "for")
        {
            j++;
        }

        return j < t.Count && t[j].Kind == ClaimTokenKind.Date ? j : null;
    }

    // The figure after "to"/"from"/"and" that continues the one at <figure>: "5% in 2003 to a record 13.3%".
    private static int? Next(List<ClaimToken> t, int figure, string connector, bool[] used)
    {
        var j = figure + 1;
        while (j < t.Count && t[j].Text == "(")
        {
            // step over a conversion in brackets
            while (j < t.Count && t[j].Text != ")")
            {
                j++;
            }

            j++;
        }

        if (DateAfter(t, j - 1) is int date)
        {
            j = date + 1;
        }

        if (j >= t.Count || !t[j].Is(connector))
        {
            return null;
        }

        j++;
        for (var skipped = 0; skipped < 2 && j < t.Count && t[j].IsWord && t[j].Lower is "a" or "an" or "the" or "record" or "new" or "just" or "only" or "fresh"; skipped++)
        {
            j++;
        }

        return j < t.Count && t[j].Kind == ClaimTokenKind.Figure && !used[j] ? j : null;
    }

    private static int? NextAfterDash(List<ClaimToken> t, int figure, bool[] used) =>
        figure + 2 < t.Count && t[figure + 1].Kind == ClaimTokenKind.Punctuation && t[figure + 1].Text is "-" or "\u2013" && t[figure + 1].Start == t[figure].End
        && t[figure + 2].Kind == ClaimTokenKind.Figure && !used[figure + 2] ? figure + 2 : null;

    private static bool Compatible(Mention a, Mention b) =>
        string.Equals(a.Unit, b.Unit, StringComparison.Ordinal) || a.Unit.Length == 0 || b.Unit.Length == 0 && a.Kind == MentionKind.Number;

    private static bool IsChangeUnit(Mention m) => m.Kind is MentionKind.Percentage or MentionKind.PercentagePoints or MentionKind.Multiplier;

    private static ChangeDirection DirectionOf(string verb) =>
        Lexicon.UpVerbs.Contains(verb) ? ChangeDirection.Up : Lexicon.DownVerbs.Contains(verb) ? ChangeDirection.Down : ChangeDirection.None;

    private static Mention Mention(List<ClaimToken> t, IReadOnlyList<Mention> mentions, int token) => mentions[t[token].MentionIndex];

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

    private static bool IsMinorNumber(Mention m) =>
        m.Kind == MentionKind.Number && m.Value < 10 && !m.Text.Any(char.IsDigit);
}
