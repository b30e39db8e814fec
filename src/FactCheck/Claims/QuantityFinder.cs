using FactCheck.Languages.English;

namespace FactCheck.Claims;

/// <summary>
/// Finds the thing each claim measures, as a noun phrase without its entity, by the first of these readings that applies:
/// </summary>
/// <list type="number">
/// <item><b>Noun of the figure</b>: "a record loss of $5m", "pre-tax profits of £2bn", "a stake of 5%" (for a change noun,
/// "a rise of 5% in sales", what follows "in"); the object of a figure that is a verb ("halving its dividend"); the whole a part
/// is taken from ("shed 10% of the workforce"); what a total is for ("a total of $10bn is earmarked for subsidies"); the whole
/// an opening "Of" names ("Of its bondholders, 38% live abroad");</item>
/// <item><b>Subject</b>: the subject the claims stage found, when it names a thing and not only an entity or a pronoun
/// ("Acme Air" alone measures nothing);</item>
/// <item><b>Noun after the figure</b>: "5,500 jobs", "$850m in compensation", "a 52% rise in profits", "48,000 fewer mortgages".</item>
/// </list>
/// <para>Then an estimate with no noun of its own takes the measure of the figure before it in its sentence ("growth was 1.6%,
/// below an earlier estimate of 1.7%"), and a bare rate ("the annual rate") that of the claim before it.</para>
/// <remarks>When a reading other than the subject applies, it also becomes the claim's subject, so that the key of
/// "Acme made a loss of $5m" is "loss", not "acme".</remarks>
internal static class QuantityFinder
{
    public static void Find(string text, ArticleEntities entities, IReadOnlyList<SentenceView> views, List<ClaimDraft> drafts, IReadOnlySet<string> knownNames)
    {
        foreach (var d in drafts)
        {
            if (d.Kind == ClaimKind.Event)
            {
                continue;
            }

            var s = views[d.Sentence];
            var t = s.Tokens;
            var (clauseFirst, clauseLast) = s.ClauseRange(d.MainToken);
            var first = d.FigureTokens().Min();
            var last = d.FigureTokens().Max();
            var phrase = CountedAfterChange(t, d, first, last, clauseLast) ?? NounOfFigure(t, first, last, clauseFirst, clauseLast) ?? NounBeforeTo(t, first, clauseFirst)
                ?? ObjectOfChangeVerb(t, d.MainToken, clauseLast) ?? PartTaken(t, d, first, last, clauseFirst, clauseLast, entities)
                ?? WhatTotalIsFor(t, d.Subject, first, last, clauseLast) ?? WholeOfOpening(t, d, first, last) ?? WhereSumIs(t, d, first, last, clauseFirst, clauseLast);
            if (phrase is null && d.Kind != ClaimKind.Share && !d.IsPercentage && PassiveSale(t, first, clauseFirst) is var (sold, goods))
            {
                // "the unit was sold for $2bn", "the auction was won by Acme for $9bn": the price of what was sold.
                var price = new SubjectInfo(PriceNoun, PriceNoun, [], [], sold, sold, isAnaphoric: false);
                d.Subject = goods is { } g && !IsPronoun(t, g) ? SubjectDescriber.Join(price, "of", SubjectDescriber.Describe(text, t, g.First, g.Last, knownNames)) : price;
                d.Quantity = PriceNoun;
                continue;
            }

            if (phrase is null && d.Kind != ClaimKind.Share && ActorDeal(t, first, clauseFirst, d.IsPercentage) is int acted
                && NounAfterFigure(t, d.MainToken, clauseLast) is null && NounAfterFigure(t, last, clauseLast) is null)
            {
                // "the plan had saved £75m", "Acme is looking to raise 70m euros", "bought the unit for $9bn": the deal is measured.
                // A name the subject held was the deal's object ("the Initech unit"), not who made it: the entity is read again.
                var named = d.EntityResolution == EntityResolution.Named;
                d.Subject = HolderOf(t, acted, clauseFirst) is int holder
                    ? SubjectDescriber.Describe(text, t, holder, acted, knownNames) // "creditors holding $41bn": who holds stays in the subject
                    : DealNoun(t, acted, named ? [] : d.Subject?.Entities ?? []);
                d.Quantity = DealNoun(t, acted, []).Text;
                if (named)
                {
                    EntityResolver.Resolve(entities, views, [d]);
                }

                continue;
            }

            if (phrase is null && d.Kind != ClaimKind.Share && !d.IsPercentage && d.Subject is { FirstToken: >= 0 } actor && IsName(t, actor)
                && DealVerb(t, first, clauseFirst) is int dealt && EnglishWordClasses.DealVerbNouns.ContainsKey(t[dealt].Lower))
            {
                // "Globex earned $187m": a name before a deal verb acts; the verb's noun is measured, even where the name is new.
                d.Subject = DealNoun(t, dealt, actor.Entities);
                d.Quantity = d.Subject.Text;
                continue;
            }

            if (phrase is null && Measures(d.Subject, entities, t, d.Sentence))
            {
                if (NounBeforePreposition(t, d.Subject!.FirstToken, clauseFirst) is int noun)
                {
                    // "profits after tax rose 8%": the subject found was "tax"; the thing measured starts before "after".
                    d.Subject = SubjectDescriber.Describe(text, t, noun, d.Subject.LastToken, knownNames);
                }

                d.Quantity = WithoutOwner(d.Subject!, entities, d.Sentence, d.Entity);
                continue;
            }

            phrase ??= NounBeforeVerb(t, first, clauseFirst, entities, d.Sentence)
                ?? NounAfterFigure(t, d.MainToken, clauseLast) ?? NounAfterFigure(t, last, clauseLast) ?? CountedAfterComparative(t, d, last, clauseLast);
            if (phrase is not { } np)
            {
                if (d.Subject is { IsAnaphoric: false } subject && Measures(subject, entities, t, d.Sentence))
                {
                    d.Quantity = subject.Text;
                }
                else if (d.Kind != ClaimKind.Share && (d.Subject is null || d.Subject.Head.Length == 0 || !Measures(d.Subject, entities, t, d.Sentence, evenIfAnaphoric: true))
                    && DealVerb(t, first, clauseFirst) is int verb && !PaysRate(t, verb, first, d.IsPercentage))
                {
                    // "Heineken plans to invest 100m euros": the investment is measured, Heineken is its entity.
                    d.Subject = DealNoun(t, verb, d.Subject?.Entities ?? []);
                    d.Quantity = d.Subject.Text;
                }
                else
                {
                    d.Quantity = string.Empty;
                }

                continue;
            }

            var found = SubjectDescriber.Describe(text, t, np.First, np.Last, knownNames);
            if (found.Head.Length == 0)
            {
                continue;
            }

            d.Subject = found;
            d.Quantity = WithoutOwner(found, entities, d.Sentence, d.Entity);
        }

        var figures = ClaimDraft.FiguresInTextOrder(drafts);
        MeasuresOfFigureBefore(views, figures);
        RatesOfMeasureBefore(views, figures);
        foreach (var d in drafts)
        {
            if (d.Kind != ClaimKind.Event && d.Quantity.Length > 0 && NamesNoMeasure(views[d.Sentence].Tokens, d))
            {
                d.Quantity = string.Empty; // "it", "what analysts expected", "the total": a quantity that names no measure is left unsaid
            }
        }
    }

    private const string PriceNoun = "price";

    // "Globex", "Acme Air": a subject whose words are all capitalised.
    private static bool IsName(List<ClaimToken> t, SubjectInfo subject) =>
        Enumerable.Range(subject.FirstToken, subject.LastToken - subject.FirstToken + 1).All(i => !t[i].IsWord || t[i].IsCapitalized)
        && t[subject.FirstToken].IsWord;

    // "Acme earned $5m" measures earnings, "spent £3m" spending: the noun of a deal verb, or the verb itself when it has none.
    private static SubjectInfo DealNoun(List<ClaimToken> t, int verb, IReadOnlyList<string> entities)
    {
        var noun = EnglishWordClasses.DealVerbNouns.TryGetValue(t[verb].Lower, out var named) ? named : t[verb].Text;
        return new SubjectInfo(noun, noun == t[verb].Text ? t[verb].Lower : Lexicon.CanonicalHead(noun), [], entities, verb, verb, isAnaphoric: false);
    }

    // "the unit was sold for $2bn", "the auction was won by an unknown firm for $9bn": the participle of a sale after an
    // auxiliary, and the noun phrase before it that was sold.
    private static (int Verb, (int First, int Last)? Goods)? PassiveSale(List<ClaimToken> t, int first, int clauseFirst)
    {
        if (first - 3 < clauseFirst || !t[first - 1].Is("for"))
        {
            return null;
        }

        var verb = first - 2;
        if (NounPhrases.Left(t, first - 1, clauseFirst) is { } buyer && buyer.First - 2 >= clauseFirst && t[buyer.First - 1].Is("by"))
        {
            verb = buyer.First - 2;
        }

        if (!t[verb].IsWord || verb - 1 < clauseFirst)
        {
            return null;
        }

        var auxiliary = t[verb - 1].IsWord && t[verb - 1].IsIn(WordClasses.Auxiliary);
        if (EnglishWordClasses.SaleParticiples.Contains(t[verb].Lower) && auxiliary)
        {
            return (verb, NounPhrases.Left(t, verb - 1, clauseFirst));
        }

        // "the unit could sell for up to £350m", "the painting sold for $5m": a sale verb with no object is said of what is sold.
        if (verb != first - 2 || !EnglishWordClasses.ObjectlessSaleVerbs.Contains(t[verb].Lower))
        {
            return null;
        }

        var end = auxiliary ? verb - 1 : verb;
        return NounPhrases.Left(t, end, clauseFirst) is { } goods && goods.Last == end - 1 ? (verb, goods) : null;
    }

    private static bool IsPronoun(List<ClaimToken> t, (int First, int Last) np) =>
        np.First == np.Last && t[np.First].IsWord && (Lexicon.SubjectPronouns.Contains(t[np.First].Lower) || Lexicon.ObjectPronouns.Contains(t[np.First].Lower));

    // A quantity that is a pronoun ("it", "what analysts expected"), a placeholder no figure before could fill ("the total"), a
    // participle alone ("0.4% reported", "1.2 million affected", but not a compound that says by whom: "51% state-owned") or
    // a reporting verb ("34% said they").
    private static bool NamesNoMeasure(List<ClaimToken> t, ClaimDraft d)
    {
        var words = SentenceTokenizer.Lower(d.Quantity).Split(' ');
        var whole = string.Join(' ', words);
        return Lexicon.SubjectPronouns.Contains(whole) || Lexicon.ObjectPronouns.Contains(whole) || words[0] is "what" or "which" or "who"
            || (d.Subject is { } subject && IsBarePlaceholder(t, subject) && string.Equals(d.Quantity, subject.Text, StringComparison.Ordinal))
            || (words.Length == 1 && words[0].EndsWith("ed", StringComparison.Ordinal) && !IsOwnershipCompound(words[0])
                && !EnglishWordClasses.NotVerbsEndingInEd.Contains(words[0])
                && !EnglishWordClasses.DealVerbs.Contains(words[0]))
            || (Lexicon.ReportingVerbs.Contains(words[0]) && !Lexicon.NounsToo.Contains(words[0])
                && (words.Length == 1 || Lexicon.SubjectPronouns.Contains(words[1]) || Lexicon.Adverbs.Contains(words[1])));
    }

    // "state-owned", "foreign-held": a participle of ownership that says by whom.
    private static bool IsOwnershipCompound(string word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && EnglishWordClasses.OwnershipParticiples.Contains(word[(dash + 1)..]);
    }

    // "growth was 1.6%, down from an earlier estimate of 1.7%": an estimate with no noun of its own estimates what the figure
    // before it in the sentence measures. So does a multiple of what was expected ("sales rose 0.6%, twice what analysts
    // expected") and a part of "it" ("$5bn in new funding, half of it from banks").
    private static void MeasuresOfFigureBefore(IReadOnlyList<SentenceView> views, ClaimDraft[] figures)
    {
        ClaimDraft? before = null;
        foreach (var d in figures)
        {
            if (before is not null && before.Sentence != d.Sentence)
            {
                before = null; // only a figure of the same sentence
            }

            var t = views[d.Sentence].Tokens;
            var first = d.FigureTokens().Min();
            if (before is not null && d.Subject is { } estimate && estimate.LastToken == first - 2 && t[first - 1].Is("of")
                && EnglishWordClasses.ExpectationNouns.Contains(t[first - 2].Lower) && d.IsPercentage == before.IsPercentage
                && (d.LastFigure() + 1 >= t.Count || !NounPhrases.IsContentWord(t, d.LastFigure() + 1)))
            {
                d.Subject = SubjectDescriber.Join(estimate, "of", before.Subject!);
                d.Quantity = d.Quantity + " of " + before.Quantity;
            }
            else if (before is not null && d.LastFigure() + 2 < t.Count && (t[d.LastFigure() + 1].Is("what")
                || (d.Kind == ClaimKind.Share && t[d.LastFigure() + 1].Is("of") && t[d.LastFigure() + 2].Is("it"))))
            {
                d.Subject = before.Subject;
                d.Quantity = before.Quantity;
            }

            if (d.Quantity.Length > 0 && d.Subject is { FirstToken: >= 0 } measured && NounPhrases.Head(t, measured.FirstToken, measured.LastToken) is >= 0 and var head
                && !Lexicon.IsVerb(t, head) && !t[head].IsIn(WordClasses.FigureNoun) && !EnglishWordClasses.TotalNouns.Contains(t[head].Lower))
            {
                before = d; // a noun that names the measure, not a deal verb ("spent") or a placeholder ("the 784m euro figure")
            }
        }
    }

    // "Prices rose 0.5% in February. The annual rate of increase is down to 10.2%": a rate that does not say of what is the
    // rate of what the claim before it, in its sentence or the one before, measures.
    private static void RatesOfMeasureBefore(IReadOnlyList<SentenceView> views, ClaimDraft[] figures)
    {
        ClaimDraft? before = null;
        var resolved = new HashSet<ClaimDraft>();
        foreach (var d in figures)
        {
            var placeholder = d.Subject is { } held && IsBarePlaceholder(views[d.Sentence].Tokens, held);
            if (d.Subject is { } rate && (placeholder || IsBareRate(views[d.Sentence].Tokens, rate)) && before is { Subject: { } measured }
                && before.Sentence >= d.Sentence - 1)
            {
                if (resolved.Contains(before) || measured.Head == rate.Head || placeholder)
                {
                    d.Subject = before.Subject;
                    d.Quantity = before.Quantity;
                }
                else
                {
                    var own = d.Quantity.Length > 0 ? d.Quantity : rate.Text;
                    var joiner = Lexicon.UpNouns.Contains(own[(own.LastIndexOf(' ') + 1)..]) ? "in" : "of";
                    var text = new SubjectInfo(own, rate.Head, rate.KeyWords, rate.Entities, rate.FirstToken, rate.LastToken, isAnaphoric: false);
                    d.Subject = SubjectDescriber.Join(text, joiner, measured);
                    var whose = measured.StartsSentence ? string.Concat(before.Quantity[..1].ToLowerInvariant(), before.Quantity.AsSpan(1)) : before.Quantity;
                    d.Quantity = own + " " + joiner + " " + whose;
                }

                resolved.Add(d);
            }

            if (d.Quantity.Length > 0 && d.Subject is not null)
            {
                before = d;
            }
        }
    }

    // "the total", "the annual total", "the 0-5% range": a placeholder whose other words only say how often or that it rises.
    private static bool IsBarePlaceholder(List<ClaimToken> t, SubjectInfo subject) =>
        EnglishWordClasses.PlaceholderNouns.Contains(subject.Head) && subject.FirstToken >= 0 && OnlyBareWords(subject);

    // "the annual rate", "the annual rate of increase in the UK": a rate whose other words only say how often or that it rises.
    private static bool IsBareRate(List<ClaimToken> t, SubjectInfo subject)
    {
        if (subject.Head != "rate" || subject.FirstToken < 0)
        {
            return false;
        }

        return subject.KeyWords.Any(EnglishWordClasses.BareRateWords.Contains) && OnlyBareWords(subject);
    }

    private static bool OnlyBareWords(SubjectInfo subject)
    {
        var places = subject.Entities.Select(Places.KeyOf).ToHashSet(StringComparer.Ordinal);
        return subject.KeyWords.All(w => places.Contains(w) || EnglishWordClasses.BareRateWords.Contains(w));
    }

    // "Of Acme's bondholders, 38.4% live in Freedonia": a sentence that opens on "Of" and a noun phrase gives the whole its
    // percentages are parts of.
    private static (int First, int Last)? WholeOfOpening(List<ClaimToken> t, ClaimDraft d, int first, int last)
    {
        if (!d.IsPercentage || t.Count < 4 || !t[0].Is("of") || (last + 1 < t.Count && t[last + 1].Is("of")))
        {
            return null;
        }

        var comma = 1;
        while (comma < first && !t[comma].IsPunctuation(','))
        {
            comma++;
        }

        return comma < first && comma > 1 && NounPhrases.Right(t, 1, comma - 1, maxPrepositions: 1) is { } whole && whole.Last == comma - 1 ? whole : null;
    }

    // "its dividend", "the deficit": the pronoun or article points back to the owner or the measure named before; the noun
    // after it names what is measured ("the firm", "the country" are turned away after this, as who holds the figure).
    private static bool IsOwnedNoun(SubjectInfo subject, List<ClaimToken> t)
    {
        if (subject.LastToken >= t.Count || !t[subject.LastToken].IsWord || Lexicon.IsFunctionWord(t[subject.LastToken]))
        {
            return false;
        }

        // The subject's text may leave its article out ("deficit" for "The deficit"). After an article only a noun that names a
        // measure counts ("the deficit", not "the new" or "the move").
        var opener = subject.FirstToken < subject.LastToken ? subject.FirstToken : subject.FirstToken - 1;
        var head = t[subject.LastToken].Lower;
        return opener >= 0 && t[opener].IsWord
            && (Lexicon.PossessivePronouns.Contains(t[opener].Lower) || (Lexicon.Determiners.Contains(t[opener].Lower) && Lexicon.MeasureHeads.Contains(head)));
    }

    private static bool Measures(SubjectInfo? subject, ArticleEntities entities, List<ClaimToken> t, int sentence, bool evenIfAnaphoric = false)
    {
        if (subject is null || subject.Head.Length == 0 || subject.FirstToken < 0
            || (subject.IsAnaphoric && subject.KeyWords.Count == 0 && !evenIfAnaphoric && !IsOwnedNoun(subject, t)))
        {
            return false;
        }

        var head = NounPhrases.Head(t, subject.FirstToken, subject.LastToken);
        if (head >= 0 && t[head].IsWord && !t[head].IsCapitalized && IsWhoNotWhat(EnglishSubjectKeys.Singular(t[head].Lower)))
        {
            // "the firm", "the Russian government", "analysts": who holds or states the figure, not what it measures.
            return false;
        }

        var names = entities.In(sentence, subject.FirstToken, subject.LastToken);
        if (head >= 0)
        {
            // "Acme Air", "the Federal Statistics Office": a name measures nothing.
            return !names.Covers(head);
        }

        // No head found: the subject measures something when one of its content words is outside every name.
        for (var i = subject.FirstToken; i <= subject.LastToken && i < t.Count; i++)
        {
            if (t[i].IsWord && !Lexicon.IsFunctionWord(t[i]) && !names.Covers(i))
            {
                return true;
            }
        }

        return false;
    }

    // An economy's figure measures its output; the other references ("the firm", "the government") and roles only say whose it is.
    private static bool IsWhoNotWhat(string noun) =>
        (EntityLexicon.ReferenceNouns.ContainsKey(noun) && noun != "economy") || EntityLexicon.PersonRoles.Contains(noun);

    // "plans to invest 100m euros", "owns more than 5%": the verb of the figure, when it names a deal.
    private static int? DealVerb(List<ClaimToken> t, int first, int clauseFirst)
    {
        var verb = SubjectFinder.FindVerbBefore(t, first, clauseFirst);
        return verb >= 0 && t[verb].IsWord && EnglishWordClasses.DealVerbs.Contains(t[verb].Lower) ? verb : null;
    }

    // The deal verb whose object the figure is ("had saved £75m", "to raise more than 70m euros"), or whose price it is
    // ("bought the unit for $9.3bn", "to sue the government for $28bn").
    private static int? ActorDeal(List<ClaimToken> t, int first, int clauseFirst, bool isPercentage)
    {
        var verb = SubjectFinder.FindVerbBefore(t, first, clauseFirst);
        if (verb < 0 && first - 1 > clauseFirst && t[first - 1].Is("for") && NounPhrases.Left(t, first - 1, clauseFirst) is { } np && np.First - 1 >= clauseFirst)
        {
            verb = DealtObjectStart(t, np, clauseFirst) - 1;
        }

        if (verb < 0 && HandingOverBeforeReceiver(t, first, clauseFirst) is int handing)
        {
            verb = handing; // "had to pay former partner Acme 1.5bn euros": Acme receives the payment
        }

        // "The dollar was buying 104.76 yen": a rate quoted in the progressive, not a deal.
        var quoted = verb > 0 && t[verb].Lower.EndsWith("ing", StringComparison.Ordinal) && t[verb - 1].IsWord && t[verb - 1].IsIn(WordClasses.Auxiliary);
        // "Acme lost 2%": a verb of change before a percentage moves a price; only a sum lost is a loss.
        var moved = verb >= 0 && isPercentage && (Lexicon.UpVerbs.Contains(t[verb].Lower) || Lexicon.DownVerbs.Contains(t[verb].Lower));
        var rate = verb >= 0 && PaysRate(t, verb, first, isPercentage);
        return verb >= 0 && t[verb].IsWord && !t[verb].IsCapitalized && !quoted && !moved && !rate && EnglishWordClasses.ActorDealVerbs.Contains(t[verb].Lower) ? verb : null;
    }

    // The verb of handing over before the noun phrase right before the figure, which receives the sum: "had to pay former
    // partner Acme 1.5bn euros", "lent Freedonia $6bn".
    private static int? HandingOverBeforeReceiver(List<ClaimToken> t, int first, int clauseFirst)
    {
        if (first - 1 <= clauseFirst || !NounPhrases.IsContentWord(t, first - 1) || NounPhrases.Left(t, first, clauseFirst) is not { } receiver
            || receiver.First - 1 < clauseFirst)
        {
            return null;
        }

        var verb = receiver.First - 1;
        return t[verb].IsWord && !t[verb].IsCapitalized && EnglishWordClasses.HandingOverVerbs.Contains(t[verb].Lower) ? verb : null;
    }

    // The first token of what a deal verb acted on, given the noun phrase before "for": "bought [the unit] for", and past
    // the buyer and a name set off by commas: "sold [its main arm], Chemco, to Initech for".
    private static int DealtObjectStart(List<ClaimToken> t, (int First, int Last) np, int clauseFirst)
    {
        var k = np.First - 1;
        if (k - 1 < clauseFirst || !t[k].Is("to"))
        {
            return np.First;
        }

        if (t[k - 1].IsPunctuation(',') && NounPhrases.Left(t, k - 1, clauseFirst) is { } name && t[name.First].IsCapitalized
            && name.First - 2 >= clauseFirst && t[name.First - 1].IsPunctuation(',') && NounPhrases.Left(t, name.First - 1, clauseFirst) is { } named)
        {
            return named.First;
        }

        return NounPhrases.Left(t, k, clauseFirst) is { } sold ? sold.First : np.First;
    }

    // "accounts that pay 5.35%": a percentage paid is a rate of interest or dividend, not a payment; "agreed to pay 72% more"
    // compares the sums paid.
    private static bool PaysRate(List<ClaimToken> t, int verb, int first, bool isPercentage) =>
        isPercentage && EnglishWordClasses.RatePayingVerbs.Contains(t[verb].Lower)
        && !(first + 1 < t.Count && t[first + 1].IsWord && EnglishWordClasses.HedgingComparatives.Contains(t[first + 1].Lower));

    // "creditors holding $41bn", "investors owning 5%": a participle right after a noun that says who acts.
    private static int? HolderOf(List<ClaimToken> t, int verb, int clauseFirst) =>
        t[verb].Lower.EndsWith("ing", StringComparison.Ordinal) && verb - 1 >= clauseFirst && t[verb - 1].IsWord && !t[verb - 1].IsCapitalized
        && !Lexicon.IsFunctionWord(t[verb - 1]) && !Lexicon.IsVerb(t, verb - 1) && NounPhrases.Left(t, verb, clauseFirst) is { } np && np.Last == verb - 1
            ? np.First
            : null;

    // "profits after tax", "earnings before interest": a noun phrase a preposition joins to the subject found.
    private static int? NounBeforePreposition(List<ClaimToken> t, int first, int clauseFirst)
    {
        if (first < 2 || first - 2 < clauseFirst || !t[first - 1].IsWord || t[first - 1].Lower is not ("after" or "before" or "excluding"))
        {
            return null;
        }

        return t[first - 2].IsWord && !t[first - 2].IsCapitalized && NounPhrases.Left(t, first - 1, clauseFirst) is { } np && !Lexicon.IsVerb(t, first - 2) ? np.First : null;
    }

    // "halving its dividend", "doubled its stake": a figure that is itself a verb of change measures its object.
    private static (int First, int Last)? ObjectOfChangeVerb(List<ClaimToken> t, int main, int clauseLast)
    {
        var lower = t[main].Lower;
        var bare = lower.EndsWith("ing", StringComparison.Ordinal) ? lower[..^3] + "e" : lower; // "halving" → "halve"
        if (main + 1 > clauseLast || !char.IsLetter(lower[0]) || !(Lexicon.UpVerbs.Contains(bare) || Lexicon.DownVerbs.Contains(bare))
            || !t[main + 1].IsWord || !Lexicon.OpensNounPhrase(t[main + 1]))
        {
            return null;
        }

        return NounPhrases.Right(t, main + 1, clauseLast, maxPrepositions: 1);
    }

    // "shed 10% of the workforce", "close a fifth of its stores": the part of a whole an actor acts on measures the whole's
    // things, unless the verb states a level ("sales were 40% of revenue") or the whole only names who ("20% of the firm").
    private static (int First, int Last)? PartTaken(List<ClaimToken> t, ClaimDraft d, int first, int last, int clauseFirst, int clauseLast, ArticleEntities entities)
    {
        if (!(d.IsPercentage || d.Kind == ClaimKind.Share) || last + 2 > clauseLast || !t[last + 1].Is("of") || t[last + 2].IsCapitalized)
        {
            return null;
        }

        var verb = SubjectFinder.FindVerbBefore(t, first, clauseFirst);
        if (verb < 0 || !t[verb].IsWord || Enumerable.Range(verb + 1, first - verb - 1).Any(k => !t[k].IsIn(WordClasses.Adverb))
            || EnglishWordClasses.MeasuredVerbs.Contains(t[verb].Lower) || t[verb].IsIn(WordClasses.Auxiliary)
            || EnglishWordClasses.PartVerbs.ContainsKey(t[verb].Lower) || Lexicon.UpVerbs.Contains(t[verb].Lower) && !Lexicon.DownVerbs.Contains(t[verb].Lower)
            || NounPhrases.Right(t, last + 2, clauseLast, maxPrepositions: 1) is not { } whole)
        {
            return null;
        }

        var head = NounPhrases.Head(t, whole.First, whole.Last);
        return head < 0 || IsWhoNotWhat(EnglishSubjectKeys.Singular(t[head].Lower))
            || entities.In(d.Sentence, whole.First, whole.Last).Covers(head) ? null : whole;
    }

    // "A total of $10bn is earmarked for subsidies", "a sum of £5m was set aside for compensation": a total measures what it is for.
    private static (int First, int Last)? WhatTotalIsFor(List<ClaimToken> t, SubjectInfo? subject, int first, int last, int clauseLast)
    {
        if (subject is null || subject.LastToken != first - 2 || first < 2 || !t[first - 1].Is("of") || !EnglishWordClasses.TotalNouns.Contains(t[first - 2].Lower))
        {
            return null;
        }

        var k = last + 1;
        if (k <= clauseLast && t[k].IsPunctuation('(') && !TrySkipBrackets(t, ref k, clauseLast))
        {
            return null;
        }

        if (k <= clauseLast && t[k].IsPunctuation(')'))
        {
            k++; // "a total of 24bn pesos ($10bn; £5bn) is earmarked": the conversions are figures of the claim
        }

        var verbs = 0;
        while (k <= clauseLast && t[k].IsWord && (t[k].IsIn(WordClasses.Auxiliary) || t[k].IsIn(WordClasses.Adverb) || Lexicon.IsVerb(t, k)))
        {
            verbs += t[k].IsIn(WordClasses.Auxiliary) || t[k].IsIn(WordClasses.Adverb) ? 0 : 1;
            k++;
        }

        return verbs == 1 && k + 1 <= clauseLast && t[k].IsWord && EnglishWordClasses.PurposePrepositions.Contains(t[k].Lower)
            && NounPhrases.IsContentWord(t, k + 1) && !t[k + 1].IsCapitalized
            ? NounPhrases.Right(t, k + 1, clauseLast, maxPrepositions: 0)
            : null;
    }

    // "(he said that) only $480,000 had been in the accounts", "$2bn is in escrow": a sum that is the subject of its clause
    // and is somewhere measures what holds it.
    private static (int First, int Last)? WhereSumIs(List<ClaimToken> t, ClaimDraft d, int first, int last, int clauseFirst, int clauseLast)
    {
        var before = first - 1;
        while (before >= clauseFirst && t[before].IsWord && t[before].IsIn(WordClasses.Adverb))
        {
            before--; // "only $480,000"
        }

        if (d.Measure != Measure.Amount || d.Kind != ClaimKind.Level
            || (before >= clauseFirst && t[before].IsWord && !t[before].Is("that") && !t[before].IsIn(WordClasses.ReportingVerb)))
        {
            return null;
        }

        var k = last + 1;
        if (k <= clauseLast && t[k].IsPunctuation(')'))
        {
            k++;
        }

        var verbs = k;
        while (k <= clauseLast && t[k].IsWord && t[k].IsIn(WordClasses.Auxiliary))
        {
            k++;
        }

        return k > verbs && k + 1 <= clauseLast && t[k].IsWord && t[k].Lower is "in" or "into" && t[k + 1].Kind != ClaimTokenKind.Date
            && NounPhrases.Right(t, k + 1, clauseLast, maxPrepositions: 0) is { } place && !t[place.First].IsCapitalized
            && NounPhrases.Head(t, place.First, place.Last) is >= 0 and var head && !t[head].IsCapitalized
            && !EnglishWordClasses.TimeWords.Contains(t[head].Lower) && !EnglishWordClasses.DurationNouns.Contains(t[head].Lower)
                ? place
                : null;
    }

    // Steps from an opening bracket at k to the token after its closing one.
    private static bool TrySkipBrackets(List<ClaimToken> t, ref int k, int clauseLast)
    {
        var close = k;
        while (close <= clauseLast && !t[close].IsPunctuation(')'))
        {
            close++;
        }

        k = close + 1;
        return close <= clauseLast;
    }

    // "48,000 fewer mortgages", "500 more jobs": the comparative says the direction, the noun after it what is counted.
    private static (int First, int Last)? CountedAfterComparative(List<ClaimToken> t, ClaimDraft d, int last, int clauseLast)
    {
        var next = last + 1;
        return !d.IsPercentage && next + 1 <= clauseLast && t[next].IsWord && EnglishWordClasses.HedgingComparatives.Contains(t[next].Lower)
            && NounPhrases.IsContentWord(t, next + 1) && !t[next + 1].IsCapitalized
            ? NounPhrases.Right(t, next + 1, clauseLast, maxPrepositions: 1)
            : null;
    }

    // "the loss of 800 jobs", "cuts of 500 posts", "a rise of 2,000 homes": a count after a change noun and "of" counts the
    // noun right after it; the change noun says what happens to them.
    private static (int First, int Last)? CountedAfterChange(List<ClaimToken> t, ClaimDraft d, int first, int last, int clauseLast)
    {
        var next = last + 1;
        return d.Measure == Measure.Count && !d.IsPercentage && d.Kind != ClaimKind.Share && first >= 2 && t[first - 1].Is("of")
            && t[first - 2].IsWord && Lexicon.IsChangeNoun(t[first - 2].Lower)
            && next <= clauseLast && t[next].IsWord && !t[next].IsCapitalized && NounPhrases.IsContentWord(t, next)
            && !Lexicon.IsChangeNoun(t[next].Lower) && !Lexicon.IsVerb(t, next)
            ? NounAfterFigure(t, last, clauseLast)
            : null;
    }

    // "a loss of $5m": the noun right before "of"; for a change noun ("a rise of 5% in sales"), what follows "in".
    private static (int First, int Last)? NounOfFigure(List<ClaimToken> t, int first, int last, int clauseFirst, int clauseLast)
    {
        if (first < 2 || first - 1 < clauseFirst || !t[first - 1].Is("of") || !t[first - 2].IsWord || t[first - 2].IsCapitalized)
        {
            return null;
        }

        var noun = t[first - 2].Lower;
        if (Lexicon.IsFunctionWord(noun) || Lexicon.IsVerb(t, first - 2) || EnglishWordClasses.ExpectationNouns.Contains(noun) || EnglishWordClasses.FigurePlaceNouns.Contains(noun))
        {
            return null;
        }

        if (Lexicon.IsChangeNoun(noun) && noun is not ("loss" or "losses" or "cuts" or "growth" or "expansion"))
        {
            return last + 2 <= clauseLast && t[last + 1].Is("in") ? NounPhrases.Right(t, last + 2, clauseLast, maxPrepositions: 1) : null;
        }

        return NounPhrases.Left(t, first - 1, clauseFirst);
    }

    // "halving its dividend to 17 cents", "cut its forecast from 3%", "increase their stake beyond 49%": the noun phrase the
    // figure is the new, old or limiting value of.
    // "revised down the job gains in May, from 157,000 to 133,000": the noun phrase before a period and a comma.
    private static (int First, int Last)? NounBeforeTo(List<ClaimToken> t, int first, int clauseFirst)
    {
        if (first < 2 || first - 1 <= clauseFirst || !t[first - 1].IsWord || t[first - 1].Lower is not ("to" or "from" or "beyond" or "past"))
        {
            return null;
        }

        var end = first - 1; // exclusive end of the noun phrase
        if (end - 4 >= clauseFirst && t[end - 1].IsPunctuation(',') && t[end - 2].Kind == ClaimTokenKind.Date && t[end - 3].IsWord
            && EnglishWordClasses.DatePrepositions.Contains(t[end - 3].Lower))
        {
            // "revised down the job gains in May, from ...": a determiner opens the phrase, so "gains" is a noun, not the verb.
            end -= 3;
            var opener = end - 1;
            while (opener > clauseFirst && opener > end - 5 && t[opener - 1].IsWord && !Lexicon.IsFunctionWord(t[opener - 1]) && !t[opener - 1].IsCapitalized)
            {
                opener--;
            }

            return opener > clauseFirst && opener < end - 1 && t[opener - 1].IsWord
                && Lexicon.OpensNounPhrase(t[opener - 1])
                ? (opener - 1, end - 1)
                : null;
        }

        if (end - 2 > clauseFirst && t[end - 1].IsWord && t[end - 1].Lower is "down" or "up" && t[end - 2].IsWord && !Lexicon.IsVerb(t, end - 2))
        {
            end--; // "push the unemployment rate down to 4.1%": the particle of the verb before the noun
        }

        var n = end - 1;
        if (NounPhrases.Left(t, end, clauseFirst) is { } np && CountBeforeGoing(t, np, clauseFirst) is { } counted)
        {
            return counted;
        }

        if (!t[n].IsWord || t[n].IsCapitalized || Lexicon.IsFunctionWord(t[n]) || Lexicon.IsVerb(t, n) || t[n].IsIn(WordClasses.Adverb)
            || NounPhrases.IsLyAdverb(t[n].Lower) || Lexicon.UpVerbs.Contains(t[n].Lower) || Lexicon.DownVerbs.Contains(t[n].Lower))
        {
            return null;
        }

        return NounPhrases.Left(t, end, clauseFirst);
    }

    // "the number of jobs to go at the firm to 5,500", "jobs to be cut at the plant": the place or firm after the going verb says
    // where; the things counted come before it.
    private static (int First, int Last)? CountBeforeGoing(List<ClaimToken> t, (int First, int Last) np, int clauseFirst)
    {
        var head = NounPhrases.Head(t, np.First, np.Last);
        var k = np.First - 1;
        if (head < 0 || !IsWhoNotWhat(EnglishSubjectKeys.Singular(t[head].Lower)) || k - 2 < clauseFirst || !t[k].IsWord
            || !EnglishWordClasses.LocatingPrepositions.Contains(t[k].Lower) && !t[k].Is("at"))
        {
            return null;
        }

        k--;
        if (!t[k].IsWord || !EnglishWordClasses.GoingVerbs.Contains(t[k].Lower))
        {
            return null;
        }

        k--;
        if (t[k].Is("be") && k - 1 >= clauseFirst)
        {
            k--;
        }

        return t[k].Is("to") ? NounPhrases.Left(t, k, clauseFirst) : null;
    }

    // "the office said growth for the year was 1.6%": the noun phrase before the verb of the figure, after a name that only reports it.
    private static (int First, int Last)? NounBeforeVerb(List<ClaimToken> t, int first, int clauseFirst, ArticleEntities entities, int sentence)
    {
        var verb = SubjectFinder.FindVerbBefore(t, first, clauseFirst);
        if (verb <= clauseFirst || !t[verb].IsWord
            || !(EntityLexicon.MeasuredVerbs.Contains(t[verb].Lower) || Lexicon.UpVerbs.Contains(t[verb].Lower) || Lexicon.DownVerbs.Contains(t[verb].Lower))
            || NounPhrases.Left(t, verb, clauseFirst) is not { } np || Lexicon.IsFunctionWord(t[np.Last]))
        {
            return null;
        }

        var head = NounPhrases.Head(t, np.First, np.Last);
        if (!entities.In(sentence, np.First, np.Last).Covers(head))
        {
            return np;
        }

        // "the trade gap with Peru narrowed", "trade with Japan rose": the name is who the measure is kept with; the noun
        // before "with" is measured.
        var with = np.First - 1;
        return with - 1 >= clauseFirst && t[with].Is("with") && t[with - 1].IsWord && !t[with - 1].IsCapitalized && NounPhrases.IsContentWord(t, with - 1)
            && !Lexicon.IsVerb(t, with - 1) && !EntityLexicon.ReferenceNouns.ContainsKey(t[with - 1].Lower)
            ? NounPhrases.Left(t, with, clauseFirst)
            : null;
    }

    // "5,500 jobs", "$850m in compensation", "a 52% rise in profits", "$676m (£352m) loss".
    private static (int First, int Last)? NounAfterFigure(List<ClaimToken> t, int last, int clauseLast)
    {
        var next = last + 1;
        if (next <= clauseLast && t[next].IsPunctuation('('))
        {
            while (next <= clauseLast && !t[next].IsPunctuation(')'))
            {
                next++;
            }
        }

        if (next <= clauseLast && t[next].IsPunctuation(')'))
        {
            next++;
        }

        if (next > clauseLast)
        {
            return null;
        }

        if (t[next].IsWord && Lexicon.IsChangeNoun(t[next].Lower))
        {
            return next + 2 <= clauseLast && t[next + 1].Is("in") ? NounPhrases.Right(t, next + 2, clauseLast, maxPrepositions: 1) : null;
        }

        if (t[next].IsWord && t[next].Lower is "in" or "of" && next + 1 <= clauseLast && NounPhrases.IsContentWord(t, next + 1) && !t[next + 1].IsCapitalized)
        {
            return NounPhrases.Right(t, next + 1, clauseLast, maxPrepositions: 1);
        }

        if (t[next].IsWord && t[next].Lower is "a" or "per" && next + 1 <= clauseLast && t[next + 1].IsWord && !t[next + 1].IsCapitalized
            && NounPhrases.IsContentWord(t, next + 1) && !EnglishWordClasses.PerTimeNouns.Contains(t[next + 1].Lower))
        {
            return (next + 1, next + 1); // "11-14 euros a share", "$2 per barrel": the price of one
        }

        return NounPhrases.IsContentWord(t, next) && !t[next].IsCapitalized && NounPhrases.Right(t, next, clauseLast, maxPrepositions: 1) is { } np
            && !NounPhrases.ExpectedBy(t, last, np.Last, clauseLast)
            ? np
            : null;
    }

    // "Acme's pre-tax profits" → "pre-tax profits"; "its sales" → "sales".
    private static string WithoutOwner(SubjectInfo subject, ArticleEntities entities, int sentence, string entity)
    {
        var text = subject.Text;
        foreach (var o in entities.In(sentence, subject.FirstToken, subject.LastToken))
        {
            // "the jobless rate in Canada" about Canada: the place is the entity, the rate is measured.
            foreach (var where in new[] { " in " + o.Surface, " in the " + o.Surface })
            {
                if (o.Name == entity && text.EndsWith(where, StringComparison.Ordinal) && text.Length > where.Length)
                {
                    text = text[..^where.Length];
                }
            }
        }

        foreach (var o in entities.In(sentence, subject.FirstToken, subject.LastToken))
        {
            foreach (var owner in new[] { o.Surface + "'s ", o.Surface + "' ", o.Surface + "\u2019s " })
            {
                if (text.StartsWith(owner, StringComparison.Ordinal))
                {
                    return text[owner.Length..];
                }
            }
        }

        foreach (var pronoun in new[] { "its ", "their ", "Its ", "Their " })
        {
            if (text.StartsWith(pronoun, StringComparison.Ordinal))
            {
                return text[pronoun.Length..];
            }
        }

        // "the bank's pre-tax profits": the reference is the entity's, the rest is measured.
        var possessive = text.IndexOf("'s ", StringComparison.Ordinal);
        if (possessive > 0 && EntityLexicon.ReferenceNouns.ContainsKey(SentenceTokenizer.Lower(text[..possessive])))
        {
            return text[(possessive + 3)..];
        }

        return text;
    }
}
