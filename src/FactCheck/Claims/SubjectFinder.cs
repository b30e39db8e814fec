using System.Collections.Frozen;
using FactCheck.Languages.English;

namespace FactCheck.Claims;

/// <summary>
/// Finds what a claim's figures are about, trying the patterns of news English in order:
/// the noun after the figure ("a 29% duty", "42,000 troops", "40% of its exports", "a 42% rise in attacks"),
/// the noun before "worth"/"valued at" ("equipment worth $7 billion"), the noun before "of"/"at"
/// ("growth of 5%", "inflation at 3%"), the subject of the verb before the figure ("attacks jumped by 42%"),
/// and last the subject of the clause.
/// </summary>
/// <remarks>
/// A rate noun after the figure joins the subject of a verb of bearing ("Exports from Pakistan to the US now
/// face a 29% duty" → "duty on exports from Pakistan to the US"). Heuristic: no parse tree is built, so long
/// subjects with relative clauses or unknown verbs come out shorter or longer than a reader would cut them.
/// </remarks>
internal static class SubjectFinder
{
    private static readonly FrozenSet<string> BearingVerbs = EnglishWordClasses.BearingVerbs;

    private static readonly FrozenSet<string> StepBackWords = EnglishWordClasses.StepBackWords;

    public static SubjectInfo? Find(string text, SentenceView s, ClaimDraft d, IReadOnlySet<string> knownNames, out int verbIndex)
    {
        var t = s.Tokens;
        var (clauseFirst, clauseLast) = s.ClauseRange(d.MainToken);
        // The figures the subject is read from: the earlier value counts only in "from X to Y" order.
        var lo = int.MaxValue;
        foreach (var i in d.FigureTokens())
        {
            if (s.ClauseOf[i] == s.ClauseOf[d.MainToken] && (i != d.PreviousToken || (i > 0 && t[i - 1].Is("from"))))
            {
                lo = Math.Min(lo, i);
            }
        }

        lo = lo == int.MaxValue ? d.MainToken : lo;
        var hi = d.WholeToken ?? d.RangeEndToken ?? d.MainToken;
        clauseFirst = StatementStart(t, clauseFirst, lo);
        while (hi + 3 < t.Count && t[hi + 1].Text == "(" && t[hi + 2].Kind == ClaimTokenKind.Figure)
        {
            // Step over a bracketed conversion: "$1.13bn (£600m) ..."
            var close = hi + 2;
            while (close < t.Count && t[close].Text != ")" && close - hi < 6)
            {
                close++;
            }

            hi = close;
        }

        verbIndex = FindVerbBefore(t, lo, clauseFirst);
        if (d.SameSubjectAs?.Subject is { } shared)
        {
            return shared;
        }

        if (d.ChangedObject is { } changedObject)
        {
            return SubjectDescriber.Describe(text, t, changedObject.First, changedObject.Last, knownNames);
        }

        if (PartOf(text, t, d, lo, hi, clauseFirst, clauseLast, knownNames) is { } part)
        {
            return part;
        }

        var after = AfterFigure(text, t, hi, clauseLast, d, knownNames);
        if (after is not null && after.FirstToken == hi + 1 && t[hi + 1].IsWord && EnglishWordClasses.GoodsUnits.Contains(t[hi + 1].Lower))
        {
            after = MeasuredInUnit(text, t, hi, lo, verbIndex, clauseFirst, clauseLast, knownNames) ?? after;
        }

        if (after is not null)
        {
            if (NounPhrases.Head(t, after.FirstToken, after.LastToken) is >= 0 and var afterHead && Lexicon.RateNouns.Contains(t[afterHead].Lower) && !after.Text.Contains(" on ", StringComparison.Ordinal)
                && verbIndex >= 0 && BearingVerbs.Contains(t[verbIndex].Lower))
            {
                var bearer = NounPhrases.Left(t, verbIndex, clauseFirst);
                if (bearer is { } b && !IsPronoun(t, b))
                {
                    return SubjectDescriber.Join(after, "on", SubjectDescriber.Describe(text, t, b.First, b.Last, knownNames));
                }
            }

            return after;
        }

        if (ValuedObject(t, lo, clauseFirst) is { } valued)
        {
            return SubjectDescriber.Describe(text, t, valued.First, valued.Last, knownNames); // "valued the six plants at £40m"
        }

        var ob = lo - 1;
        while (ob > clauseFirst && t[ob].IsWord && !t[ob].IsCapitalized && t[ob].IsIn(WordClasses.Adverb))
        {
            ob--; // "growth of just 2%", "inflation at about 3%"
        }

        if (ob >= clauseFirst && t[ob].IsWord)
        {
            var before = t[ob].Lower;
            if (before == "worth" || (before == "at" && ob - 1 >= clauseFirst && t[ob - 1].Lower is "valued" or "priced" or "estimated" or "put" or "put"))
            {
                var anchor = before == "worth" ? ob : ob - 1;
                if (NounPhrases.Left(t, anchor, clauseFirst) is { } worth)
                {
                    return SubjectDescriber.Describe(text, t, worth.First, worth.Last, knownNames);
                }
            }

            if (before is "of" or "at" or "for" && NounPhrases.Left(t, before == "at" ? HeldEnd(t, ob, clauseFirst) : ob, clauseFirst) is { } owner && !IsPronoun(t, owner))
            {
                var ownerHeadIndex = NounPhrases.Head(t, owner.First, owner.Last);
                var ownerHead = ownerHeadIndex >= 0 ? t[ownerHeadIndex].Lower : string.Empty; // "(1,234)at": a phrase with no content word has no head
                if (EnglishWordClasses.ExpectationNouns.Contains(ownerHead) && ExpectedNoun(t, hi, clauseLast) is { } expected)
                {
                    return SubjectDescriber.Describe(text, t, expected.First, expected.Last, knownNames); // "expectations of 190,000 new jobs"
                }
                if (Lexicon.IsChangeNoun(ownerHead))
                {
                    if (d.Direction == ChangeDirection.None)
                    {
                        d.Direction = Lexicon.DirectionOfNoun(ownerHead);
                    }

                    if (hi + 2 <= clauseLast && t[hi + 1].Lower is "in" or "for" && NounPhrases.Right(t, hi + 2, clauseLast) is { } changed)
                    {
                        return SubjectDescriber.Describe(text, t, changed.First, changed.Last, knownNames);
                    }

                    var withPhrase = PhraseAfterChangeNoun(text, t, owner, knownNames);
                    if (withPhrase is not null)
                    {
                        return withPhrase;
                    }

                    if (ownerHead != "growth")
                    {
                        return ClauseSubject(text, s, clauseFirst, clauseLast, knownNames);
                    }
                }

                return SubjectDescriber.Describe(text, t, owner.First, owner.Last, knownNames);
            }
        }

        if (verbIndex >= 0 && NounPhrases.Left(t, verbIndex, clauseFirst) is { } actor)
        {
            return SubjectDescriber.Describe(text, t, actor.First, actor.Last, knownNames);
        }

        if (verbIndex > clauseFirst && t[verbIndex - 1].Is("to"))
        {
            // "expects the economy to grow by 2.4%", "prices are expected to rise 10%": the phrase before "to" (and its verb).
            var infinitive = NounPhrases.Left(t, verbIndex - 1, clauseFirst);
            if (infinitive is null && verbIndex - 2 >= clauseFirst && Lexicon.IsVerb(t, verbIndex - 2))
            {
                infinitive = NounPhrases.Left(t, verbIndex - 2, clauseFirst);
            }

            if (infinitive is { } before && !IsPronoun(t, before))
            {
                return SubjectDescriber.Describe(text, t, before.First, before.Last, knownNames);
            }
        }

        if (verbIndex >= 0 && NounPhrases.Left(t, verbIndex, 0) is { } acrossAside && acrossAside.Last < clauseFirst)
        {
            return SubjectDescriber.Describe(text, t, acrossAside.First, acrossAside.Last, knownNames); // "Pernod - at 7.5bn euros - is ..."
        }

        var dash = IsDash(t[clauseFirst]) ? clauseFirst : clauseFirst > 0 && IsDash(t[clauseFirst - 1]) ? clauseFirst - 1 : -1;
        if (dash > 0 && !Enumerable.Range(dash + 1, Math.Max(0, lo - dash - 1)).Any(k => Lexicon.IsVerb(t, k))
            && NounPhrases.Left(t, dash, 0) is { } beforeDash)
        {
            return SubjectDescriber.Describe(text, t, beforeDash.First, beforeDash.Last, knownNames); // "revenues - £160m -"
        }

        // "The firm, which dominates the exchange, ended the day down at $8.08": past the comma that closes the relative
        // clause, a verb anywhere before the figure will do.
        if (clauseFirst > 1 && t[clauseFirst].IsWord && t[clauseFirst].Lower is "which" or "who" && (verbIndex >= 0 || ClosedRelativeClause(t, clauseFirst, lo))
            && NounPhrases.Left(t, t[clauseFirst - 1].IsPunctuation(',') ? clauseFirst - 1 : clauseFirst, 0) is { } outer)
        {
            return SubjectDescriber.Describe(text, t, outer.First, outer.Last, knownNames); // the noun the relative clause hangs on
        }

        var particle = Lexicon.BeforeFocusAdverbs(t, lo, clauseFirst);
        if (particle >= clauseFirst && t[particle].IsWord && t[particle].Lower is "up" or "down" && NounPhrases.Left(t, particle, clauseFirst) is { } moved)
        {
            // "with closest rival JFE Holdings down 3.4%", "with private consumption up just 0.2%"
            return SubjectDescriber.Describe(text, t, moved.First, moved.Last, knownNames);
        }

        if (lo - 1 >= clauseFirst && NounPhrases.IsContentWord(t, lo - 1) && NounPhrases.Left(t, lo, clauseFirst) is { } adjacent)
        {
            return SubjectDescriber.Describe(text, t, adjacent.First, adjacent.Last, knownNames); // "pushed oil prices above $50"
        }

        if (SharesSubjectOfClauseBefore(s, clauseFirst) is { } before1)
        {
            return ClauseSubject(text, s, before1.First, before1.Last, knownNames); // "profits rose 1%, but would have been 8% higher"
        }

        return ClauseSubject(text, s, clauseFirst, clauseLast, knownNames);
    }

    /// <summary>
    /// Where the statement a figure belongs to starts when its clause reports it: after the reporting verb (and "that") of
    /// "Acme said (that) sales rose 5%", "economists warned prices could fall by 10%", "he told the court that $5m was paid".
    /// The speaker says who states the figure, not what it measures. A reporting verb right before the figure ("forecast a
    /// 3% rise"), with no verb after it ("put the cost at $5m"), passive or before "to" ("is expected to reach 2%") reports
    /// nothing of its own, and the clause is kept whole; another auxiliary ("had said that", "will warn that") reports.
    /// </summary>
    public static int StatementStart(List<ClaimToken> t, int clauseFirst, int figure)
    {
        for (var i = figure - 2; i > clauseFirst; i--)
        {
            if (!t[i].IsWord || !t[i].IsIn(WordClasses.ReportingVerb) || !Lexicon.IsVerb(t, i))
            {
                continue;
            }

            if (t[i + 1].Is("to") || (t[i - 1].IsWord && EnglishWordClasses.PassiveAuxiliaries.Contains(t[i - 1].Lower)))
            {
                // "is projected to be 2%", "are expected to rise": the figure's own clause, passive or infinitive. "had said
                // that growth would be 1.8%" is active and reports.
                return clauseFirst;
            }

            var start = i + 1;
            for (var j = i + 1; j < figure && j <= i + 5; j++)
            {
                if (t[j].Is("that"))
                {
                    start = j + 1;
                    break;
                }
            }

            for (var j = start; j < figure; j++)
            {
                if (Lexicon.IsVerb(t, j))
                {
                    return start;
                }
            }

            return clauseFirst;
        }

        return clauseFirst;
    }

    // A comma after the relative pronoun at clauseFirst, then a verb before the figure at lo.
    private static bool ClosedRelativeClause(List<ClaimToken> t, int clauseFirst, int lo)
    {
        var closed = false;
        for (var k = clauseFirst + 1; k < lo; k++)
        {
            closed |= t[k].IsPunctuation(',');
            if (closed && Lexicon.IsVerb(t, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subject of the clause: the phrase before its first verb, or its first phrase.</summary>
    public static SubjectInfo? ClauseSubject(string text, SentenceView s, int clauseFirst, int clauseLast, IReadOnlySet<string> knownNames)
    {
        var t = s.Tokens;
        for (var i = clauseFirst; i <= clauseLast; i++)
        {
            if (Lexicon.IsVerb(t, i))
            {
                if (NounPhrases.Left(t, i, clauseFirst) is { } np)
                {
                    return SubjectDescriber.Describe(text, t, np.First, np.Last, knownNames);
                }

                break;
            }
        }

        for (var i = clauseFirst; i <= clauseLast; i++)
        {
            if (t[i].IsWord && !Lexicon.IsFunctionWord(t[i]) && NounPhrases.Right(t, i, clauseLast) is { } np)
            {
                return SubjectDescriber.Describe(text, t, np.First, np.Last, knownNames);
            }
        }

        return null;
    }

    /// <summary>The verb that governs the figure at <paramref name="lo"/>, looking back over "by", "to", articles and adverbs.</summary>
    public static int FindVerbBefore(List<ClaimToken> t, int lo, int clauseFirst)
    {
        var j = lo - 1;
        var steps = 0;
        while (j >= clauseFirst && steps < 5)
        {
            var token = t[j];
            if (!token.IsWord)
            {
                return -1;
            }

            if (Lexicon.IsVerb(t, j) || Lexicon.UpVerbs.Contains(token.Lower) && token.Lower is not ("up" or "higher") || Lexicon.DownVerbs.Contains(token.Lower) && token.Lower is not ("down" or "lower"))
            {
                return token.IsIn(WordClasses.Auxiliary) && !Lexicon.IsVerb(t, j) ? -1 : j;
            }

            if (j - 2 >= clauseFirst && token.Lower == "as" && t[j - 2].Is("as") && t[j - 1].IsWord)
            {
                j -= 3; // "could fall as low as 15%", "rose as much as 8%"
                steps += 3;
                continue;
            }

            if (j - 2 >= clauseFirst && NounPhrases.IsLyAdverb(t[j - 1].Lower) && token.Lower.EndsWith("ed", StringComparison.Ordinal)
                && t[j - 2].IsWord && Lexicon.Determiners.Contains(t[j - 2].Lower))
            {
                j -= 2; // "rose a seasonally adjusted 0.5%": the participle describes the figure
                steps += 2;
                continue;
            }

            if (!StepBackWords.Contains(token.Lower) && !NounPhrases.IsLyAdverb(token.Lower) && !token.IsIn(WordClasses.Adverb))
            {
                return -1;
            }

            j--;
            steps++;
        }

        return -1;
    }

    // "Consumer spending accounts for 66% of US economic activity", "with Germany making up a third of the eurozone economy":
    // the figure is the part's share of the whole, not the whole ("consumer spending's share of US economic activity").
    private static SubjectInfo? PartOf(string text, List<ClaimToken> t, ClaimDraft d, int lo, int hi, int clauseFirst, int clauseLast, IReadOnlySet<string> knownNames)
    {
        if (d.Kind is not (ClaimKind.Share or ClaimKind.Level) || hi + 2 > clauseLast || !t[hi + 1].Is("of"))
        {
            return null;
        }

        var k = lo - 1;
        while (k > clauseFirst && t[k].IsWord && t[k].IsIn(WordClasses.Adverb))
        {
            k--; // "accounts for about 66%"
        }

        if (k < clauseFirst || !t[k].IsWord)
        {
            return null;
        }

        // "the loss is up to 70% of the original value": a verb of what is measured makes its subject the part as well.
        var verb = EnglishWordClasses.PartVerbs.TryGetValue(t[k].Lower, out var bare) && bare.Length == 0 || EnglishWordClasses.MeasuredVerbs.Contains(t[k].Lower) ? k
            : k - 1 >= clauseFirst && t[k - 1].IsWord && EnglishWordClasses.PartVerbs.TryGetValue(t[k - 1].Lower, out var particle) && particle == t[k].Lower ? k - 1
            : -1;
        if (verb < 0 || (RelativeHolder(t, verb, clauseFirst) ?? NounPhrases.Left(t, verb, clauseFirst)) is not { } partRange || IsPronoun(t, partRange)
            || NounPhrases.Right(t, hi + 2, clauseLast) is not { } wholeRange)
        {
            return null;
        }

        var partFirst = partRange.First;
        while (partFirst < partRange.Last && t[partFirst].IsWord && t[partFirst].IsIn(WordClasses.Preposition))
        {
            partFirst++; // "With Germany making up a third of ..."
        }

        d.Kind = ClaimKind.Share;
        var part = SubjectDescriber.Describe(text, t, partFirst, partRange.Last, knownNames);
        var whole = SubjectDescriber.Describe(text, t, wholeRange.First, wholeRange.Last, knownNames);
        return SubjectDescriber.ShareOf(part, whole);
    }

    private static SubjectInfo? AfterFigure(string text, List<ClaimToken> t, int hi, int clauseLast, ClaimDraft d, IReadOnlySet<string> knownNames)
    {
        var next = hi + 1;
        if (next > clauseLast || !t[next].IsWord)
        {
            return null;
        }

        var lower = t[next].Lower;
        if (EnglishWordClasses.ComparativesUp.Contains(lower) || EnglishWordClasses.ComparativesDown.Contains(lower))
        {
            return null; // "8% higher": a comparison, not a noun
        }

        if (lower == "off" && NounPhrases.Right(t, next + 1, clauseLast, maxPrepositions: 1) is { } reduced)
        {
            // "knocked 125m euros off its operating profits": what the figure is taken from.
            if (d.Direction == ChangeDirection.None)
            {
                d.Direction = ChangeDirection.Down;
            }

            return SubjectDescriber.Describe(text, t, reduced.First, reduced.Last, knownNames);
        }

        if (lower == "of" && d.Kind is ClaimKind.Share or ClaimKind.Level && NounPhrases.Right(t, next + 1, clauseLast) is { } whole)
        {
            d.Kind = ClaimKind.Share;
            return SubjectDescriber.Describe(text, t, whole.First, whole.Last, knownNames);
        }

        if (lower == "worth" && next + 1 <= clauseLast && t[next + 1].Is("of") && NounPhrases.Right(t, next + 2, clauseLast) is { } goods)
        {
            return SubjectDescriber.Describe(text, t, goods.First, goods.Last, knownNames);
        }

        if (lower == "in" && next + 1 <= clauseLast && t[next + 1].IsWord && !t[next + 1].IsCapitalized && d.Kind != ClaimKind.Change && !d.IsPercentage
            && !Lexicon.IsFunctionWord(t[next + 1])
            && NounPhrases.Right(t, next + 1, clauseLast, maxPrepositions: 1) is { } inPhrase)
        {
            return SubjectDescriber.Describe(text, t, inPhrase.First, inPhrase.Last, knownNames);
        }

        if (NounPhrases.IsParticipleOfPhrase(t, next))
        {
            // "almost 12% coming from false claims": what the figure is made of follows the participle's preposition.
            return next + 2 <= clauseLast && NounPhrases.IsContentWord(t, next + 2) && NounPhrases.Right(t, next + 2, clauseLast, maxPrepositions: 1) is { } origin
                ? SubjectDescriber.Describe(text, t, origin.First, origin.Last, knownNames)
                : null;
        }

        if (!NounPhrases.IsContentWord(t, next) || NounPhrases.Right(t, next, clauseLast) is not { } np)
        {
            return null;
        }

        if (NounPhrases.ExpectedBy(t, hi, np.Last, clauseLast))
        {
            return null; // "well below the 180,000 economists had expected": those who expected the figure, not what it counts
        }

        var head = NounPhrases.Head(t, np.First, np.Last);
        var headLower = t[head].Lower;
        if (Lexicon.IsChangeNoun(headLower))
        {
            // "a 42% rise in terror attacks": the change is the figure; the subject is what changed.
            if (d.Kind is ClaimKind.Level)
            {
                d.Kind = ClaimKind.Change;
            }

            if (d.Direction == ChangeDirection.None)
            {
                d.Direction = Lexicon.DirectionOfNoun(headLower);
            }

            if (PhraseAfterChangeNoun(text, t, np, knownNames) is { } changed)
            {
                return changed;
            }

            if (head > np.First && IsNounModifier(t, head - 1))
            {
                return SubjectDescriber.Describe(text, t, np.First, head - 1, knownNames); // "a 53% pay rise": what rises is pay
            }

            return EnglishWordClasses.MeasuredChangeNouns.Contains(headLower) ? SubjectDescriber.Describe(text, t, np.First, head, knownNames) : null;
        }

        if (Lexicon.ShareNouns.Contains(headLower) && d.Kind == ClaimKind.Level)
        {
            d.Kind = ClaimKind.Share;
        }

        return SubjectDescriber.Describe(text, t, np.First, np.Last, knownNames);
    }

    // "the G20 group of nations, which accounts for two thirds of ...": the verb of a relative clause opened by "which" after a
    // comma has the noun phrase before the comma for its subject. One with a preposition other than "of" ("ministers from the
    // union, which ...") may hang the clause on either noun, and is left alone.
    private static (int First, int Last)? RelativeHolder(List<ClaimToken> t, int verb, int clauseFirst)
    {
        var which = verb - 1;
        if (which < 1 || which < clauseFirst || !t[which].Is("which") || !t[which - 1].IsPunctuation(',') || NounPhrases.Left(t, which - 1, 0) is not { } np)
        {
            return null;
        }

        for (var k = np.First; k <= np.Last; k++)
        {
            if (t[k].IsWord && t[k].IsIn(WordClasses.Preposition) && !t[k].Is("of"))
            {
                return null;
            }
        }

        return np;
    }

    // What a figure in a unit of goods measures: the goods after "of" ("40m tonnes of steel"), the noun the figure belongs to
    // by "of" ("output of 2.1m barrels"), or the subject of the verb before it ("output reached 2.1m barrels a day"). A name,
    // a pronoun or a firm's noun before the verb ("Acme pumped 2m barrels") says who, not what: the unit stays the subject.
    private static SubjectInfo? MeasuredInUnit(string text, List<ClaimToken> t, int hi, int lo, int verbIndex, int clauseFirst, int clauseLast, IReadOnlySet<string> knownNames)
    {
        var unit = hi + 1;
        if (unit + 2 <= clauseLast && t[unit + 1].Is("of") && NounPhrases.IsContentWord(t, unit + 2) && !t[unit + 2].IsCapitalized
            && NounPhrases.Right(t, unit + 2, clauseLast, maxPrepositions: 1) is { } goods)
        {
            return SubjectDescriber.Describe(text, t, goods.First, goods.Last, knownNames);
        }

        (int First, int Last)? measured = lo - 1 > clauseFirst && t[lo - 1].Is("of") ? NounPhrases.Left(t, lo - 1, clauseFirst)
            : verbIndex > clauseFirst ? NounPhrases.Left(t, verbIndex, clauseFirst)
            : null;
        if (measured is not { } np || IsPronoun(t, np))
        {
            return null;
        }

        var head = NounPhrases.Head(t, np.First, np.Last);
        var named = t[head >= 0 ? head : 0].IsCapitalized && (head > 0 || knownNames.Contains(t[head].Text)); // "Output" opens the sentence
        return head >= 0 && !named && !Lexicon.IsVerb(t, head) && !Lexicon.IsFunctionWord(t[head]) && !EntityLexicon.ReferenceNouns.ContainsKey(t[head].Lower)
            && !EnglishWordClasses.GoodsUnits.Contains(t[head].Lower) && !EnglishWordClasses.FigurePlaceNouns.Contains(t[head].Lower)
            ? SubjectDescriber.Describe(text, t, np.First, np.Last, knownNames)
            : null;
    }

    // "rise in terror attacks" → "terror attacks"; "growth of exports" → "exports".
    private static SubjectInfo? PhraseAfterChangeNoun(string text, List<ClaimToken> t, (int First, int Last) np, IReadOnlySet<string> knownNames)
    {
        for (var i = np.First; i < np.Last; i++)
        {
            if (t[i].IsWord && t[i].Lower is "in" or "of" or "for" && Lexicon.IsChangeNoun(t[i - 1].Lower))
            {
                return SubjectDescriber.Describe(text, t, i + 1, np.Last, knownNames);
            }
        }

        return null;
    }

    // A word before a change noun that names what changes ("pay rise", "price increase"), not how ("sharp", "annual", "steady").
    private static bool IsNounModifier(List<ClaimToken> t, int i) =>
        t[i].IsWord && !t[i].IsCapitalized && NounPhrases.IsContentWord(t, i) && !t[i].IsIn(WordClasses.GenericModifier)
        && !NounPhrases.IsLyAdverb(t[i].Lower) && !t[i].Lower.EndsWith("al", StringComparison.Ordinal)
        && !t[i].Lower.EndsWith("ed", StringComparison.Ordinal) && !t[i].Lower.EndsWith("est", StringComparison.Ordinal)
        && !Lexicon.IsChangeNoun(t[i].Lower) && !EnglishWordClasses.PeriodMonths.ContainsKey(t[i].Lower);

    // "expectations of 190,000 new jobs": the noun phrase after the figure.
    private static (int First, int Last)? ExpectedNoun(List<ClaimToken> t, int hi, int clauseLast)
    {
        var next = hi + 1;
        return next <= clauseLast && t[next].IsWord && !t[next].IsCapitalized && !Lexicon.IsFunctionWord(t[next])
            && !EnglishWordClasses.ComparativesUp.Contains(t[next].Lower) && !EnglishWordClasses.ComparativesDown.Contains(t[next].Lower)
            ? NounPhrases.Right(t, next, clauseLast, maxPrepositions: 1)
            : null;
    }

    // "left interest rates on hold at 4.75%", "kept prices unchanged at $5": the noun phrase ends before the words that say it
    // stayed where it was (the exclusive end for NounPhrases.Left); otherwise at "at" itself.
    private static int HeldEnd(List<ClaimToken> t, int at, int clauseFirst)
    {
        var k = at - 1;
        if (k > clauseFirst && t[k].IsWord && EnglishWordClasses.HeldLevelWords.Contains(t[k].Lower))
        {
            return k;
        }

        return k - 1 > clauseFirst && t[k].Is("hold") && t[k - 1].Is("on") ? k - 1 : at;
    }

    // "valued the six plants at (between) £40m": the object of a valuing verb, when "at" comes after it.
    private static (int First, int Last)? ValuedObject(List<ClaimToken> t, int lo, int clauseFirst)
    {
        var at = lo - 1;
        if (at > clauseFirst && t[at].IsWord && t[at].Lower is "between" or "about" or "around" or "some" or "nearly" or "almost")
        {
            at--;
        }

        if (at - 2 < clauseFirst || !t[at].Is("at") || NounPhrases.Left(t, at, clauseFirst) is not { } np || np.First - 1 < clauseFirst)
        {
            return null;
        }

        if (np.First - 2 > clauseFirst && t[np.First - 1].Kind == ClaimTokenKind.Figure && t[np.First - 2].IsWord && Lexicon.Determiners.Contains(t[np.First - 2].Lower))
        {
            np = (np.First - 2, np.Last); // "valued the six plants at £40m": a count inside the object
        }

        var verb = np.First - 1;
        return t[verb].IsWord && EnglishWordClasses.ValuingVerbs.Contains(t[verb].Lower) && !t[verb].IsCapitalized ? np : null;
    }

    // "..., but would have been 8% higher": a clause that opens on a conjunction and a verb shares the subject before it.
    private static (int First, int Last)? SharesSubjectOfClauseBefore(SentenceView s, int clauseFirst)
    {
        var t = s.Tokens;
        var i = clauseFirst;
        if (i > 0 && i < t.Count && t[i].IsPunctuation(','))
        {
            i++;
        }

        if (clauseFirst == 0 || i + 1 >= t.Count || !t[i].IsWord || t[i].Lower is not ("but" or "and" or "yet" or "or")
            || !(t[i + 1].IsIn(WordClasses.Auxiliary) || Lexicon.IsVerb(t, i + 1)))
        {
            return null;
        }

        return s.ClauseRange(clauseFirst - 1);
    }

    private static bool IsDash(ClaimToken token) => token.Kind == ClaimTokenKind.Punctuation && token.Text is "-" or "\u2013" or "\u2014";

    private static bool IsPronoun(List<ClaimToken> t, (int First, int Last) np) =>
        np.First == np.Last && t[np.First].IsWord && (Lexicon.SubjectPronouns.Contains(t[np.First].Lower) || t[np.First].Lower == "there");
}
