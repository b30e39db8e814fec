using FactCheck.Languages.English;

namespace FactCheck.Claims;

/// <summary>
/// Finds the thing each claim measures, as a noun phrase without its entity, by the first of these readings that applies:
/// </summary>
/// <list type="number">
/// <item><b>Noun of the figure</b>: "a record loss of $5m", "pre-tax profits of £2bn", "a stake of 5%" (for a change noun,
/// "a rise of 5% in sales", what follows "in");</item>
/// <item><b>Subject</b>: the subject the claims stage found, when it names a thing and not only an entity or a pronoun
/// ("Acme Air" alone measures nothing);</item>
/// <item><b>Noun after the figure</b>: "5,500 jobs", "$850m in compensation", "a 52% rise in profits".</item>
/// </list>
/// <remarks>When a reading other than the subject applies, it also becomes the claim's subject, so that the key of
/// "Acme made a loss of $5m" is "loss", not "acme".</remarks>
internal static class QuantityFinder
{
    public static void Find(string text, ArticleEntities entities, IReadOnlyList<SentenceView> views, IEnumerable<ClaimDraft> drafts, IReadOnlySet<string> knownNames)
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
            var phrase = NounOfFigure(t, first, last, clauseFirst, clauseLast) ?? NounBeforeTo(t, first, clauseFirst);
            if (phrase is null && d.Kind != ClaimKind.Share && ActorDeal(t, first, clauseFirst) is int acted
                && NounAfterFigure(t, d.MainToken, clauseLast) is null && NounAfterFigure(t, last, clauseLast) is null)
            {
                // "the plan had saved £75m", "Acme is looking to raise 70m euros", "bought the unit for $9bn": the deal is measured.
                // A name the subject held was the deal's object ("the Initech unit"), not who made it: the entity is read again.
                var named = d.EntityResolution == EntityResolution.Named;
                d.Subject = new SubjectInfo(t[acted].Text, t[acted].Lower, [], named ? [] : d.Subject?.Entities ?? [], acted, acted, isAnaphoric: false);
                d.Quantity = t[acted].Text;
                if (named)
                {
                    EntityResolver.Resolve(entities, views, [d]);
                }

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
                ?? NounAfterFigure(t, d.MainToken, clauseLast) ?? NounAfterFigure(t, last, clauseLast);
            if (phrase is not { } np)
            {
                if (d.Subject is { IsAnaphoric: false } subject && Measures(subject, entities, t, d.Sentence))
                {
                    d.Quantity = subject.Text;
                }
                else if (d.Kind != ClaimKind.Share && (d.Subject is null || d.Subject.Head.Length == 0 || !Measures(d.Subject, entities, t, d.Sentence, evenIfAnaphoric: true))
                    && DealVerb(t, first, clauseFirst) is int verb)
                {
                    // "Heineken plans to invest 100m euros": the investment is measured, Heineken is its entity.
                    d.Subject = new SubjectInfo(t[verb].Text, t[verb].Lower, [], d.Subject?.Entities ?? [], verb, verb, isAnaphoric: false);
                    d.Quantity = t[verb].Text;
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
    }

    private static bool Measures(SubjectInfo? subject, ArticleEntities entities, List<ClaimToken> t, int sentence, bool evenIfAnaphoric = false)
    {
        if (subject is null || subject.Head.Length == 0 || (subject.IsAnaphoric && subject.KeyWords.Count == 0 && !evenIfAnaphoric) || subject.FirstToken < 0)
        {
            return false;
        }

        var head = NounPhrases.Head(t, subject.FirstToken, subject.LastToken);
        if (head >= 0 && t[head].IsWord && !t[head].IsCapitalized && IsWhoNotWhat(EnglishSubjectKeys.Singular(t[head].Lower)))
        {
            // "the firm", "the Russian government", "analysts": who holds or states the figure, not what it measures.
            return false;
        }

        var names = entities.In(sentence, subject.FirstToken, subject.LastToken).ToList();
        if (head >= 0)
        {
            // "Acme Air", "the Federal Statistics Office": a name measures nothing.
            return !names.Any(o => head >= o.FirstToken && head <= o.LastToken);
        }

        // No head found: the subject measures something when one of its content words is outside every name.
        for (var i = subject.FirstToken; i <= subject.LastToken && i < t.Count; i++)
        {
            if (t[i].IsWord && !Lexicon.IsFunctionWord(t[i].Lower) && !names.Any(o => i >= o.FirstToken && i <= o.LastToken))
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
    private static int? ActorDeal(List<ClaimToken> t, int first, int clauseFirst)
    {
        var verb = SubjectFinder.FindVerbBefore(t, first, clauseFirst);
        if (verb < 0 && first - 1 > clauseFirst && t[first - 1].Is("for") && NounPhrases.Left(t, first - 1, clauseFirst) is { } np && np.First - 1 >= clauseFirst)
        {
            verb = np.First - 1;
        }

        // "The dollar was buying 104.76 yen": a rate quoted in the progressive, not a deal.
        var quoted = verb > 0 && t[verb].Lower.EndsWith("ing", StringComparison.Ordinal) && t[verb - 1].IsWord && Lexicon.Auxiliaries.Contains(t[verb - 1].Lower);
        return verb >= 0 && t[verb].IsWord && !t[verb].IsCapitalized && !quoted && EnglishWordClasses.ActorDealVerbs.Contains(t[verb].Lower) ? verb : null;
    }

    // "profits after tax", "earnings before interest": a noun phrase a preposition joins to the subject found.
    private static int? NounBeforePreposition(List<ClaimToken> t, int first, int clauseFirst)
    {
        if (first < 2 || first - 2 < clauseFirst || !t[first - 1].IsWord || t[first - 1].Lower is not ("after" or "before" or "excluding"))
        {
            return null;
        }

        return t[first - 2].IsWord && !t[first - 2].IsCapitalized && NounPhrases.Left(t, first - 1, clauseFirst) is { } np && !Lexicon.IsVerb(t, first - 2) ? np.First : null;
    }

    // "a loss of $5m": the noun right before "of"; for a change noun ("a rise of 5% in sales"), what follows "in".
    private static (int First, int Last)? NounOfFigure(List<ClaimToken> t, int first, int last, int clauseFirst, int clauseLast)
    {
        if (first < 2 || first - 1 < clauseFirst || !t[first - 1].Is("of") || !t[first - 2].IsWord || t[first - 2].IsCapitalized)
        {
            return null;
        }

        var noun = t[first - 2].Lower;
        if (Lexicon.IsFunctionWord(noun) || Lexicon.IsVerb(t, first - 2) || EnglishWordClasses.ExpectationNouns.Contains(noun) || noun is "total" or "average" or "sum" or "figure" or "amount" or "excess" or "value" or "worth" or "tune" or "region" or "order" or "area" or "maximum" or "minimum" or "peak" or "low" or "high" or "level")
        {
            return null;
        }

        if ((Lexicon.UpNouns.Contains(noun) || Lexicon.DownNouns.Contains(noun)) && noun is not ("loss" or "losses" or "cuts" or "growth" or "expansion"))
        {
            return last + 2 <= clauseLast && t[last + 1].Is("in") ? NounPhrases.Right(t, last + 2, clauseLast, maxPrepositions: 1) : null;
        }

        return NounPhrases.Left(t, first - 1, clauseFirst);
    }

    // "halving its dividend to 17 cents", "cut its forecast from 3%": the noun phrase the figure is the new or old value of.
    // "revised down the job gains in May, from 157,000 to 133,000": the noun phrase before a period and a comma.
    private static (int First, int Last)? NounBeforeTo(List<ClaimToken> t, int first, int clauseFirst)
    {
        if (first < 2 || first - 1 <= clauseFirst || !t[first - 1].IsWord || t[first - 1].Lower is not ("to" or "from"))
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
            while (opener > clauseFirst && opener > end - 5 && t[opener - 1].IsWord && !Lexicon.IsFunctionWord(t[opener - 1].Lower) && !t[opener - 1].IsCapitalized)
            {
                opener--;
            }

            return opener > clauseFirst && opener < end - 1 && t[opener - 1].IsWord
                && (Lexicon.Determiners.Contains(t[opener - 1].Lower) || Lexicon.PossessivePronouns.Contains(t[opener - 1].Lower))
                ? (opener - 1, end - 1)
                : null;
        }

        if (end - 2 > clauseFirst && t[end - 1].IsWord && t[end - 1].Lower is "down" or "up" && t[end - 2].IsWord && !Lexicon.IsVerb(t, end - 2))
        {
            end--; // "push the unemployment rate down to 4.1%": the particle of the verb before the noun
        }

        var n = end - 1;
        if (!t[n].IsWord || t[n].IsCapitalized || Lexicon.IsFunctionWord(t[n].Lower) || Lexicon.IsVerb(t, n) || Lexicon.Adverbs.Contains(t[n].Lower)
            || NounPhrases.IsLyAdverb(t[n].Lower) || Lexicon.UpVerbs.Contains(t[n].Lower) || Lexicon.DownVerbs.Contains(t[n].Lower))
        {
            return null;
        }

        return NounPhrases.Left(t, end, clauseFirst);
    }

    // "the office said growth for the year was 1.6%": the noun phrase before the verb of the figure, after a name that only reports it.
    private static (int First, int Last)? NounBeforeVerb(List<ClaimToken> t, int first, int clauseFirst, ArticleEntities entities, int sentence)
    {
        var verb = SubjectFinder.FindVerbBefore(t, first, clauseFirst);
        if (verb <= clauseFirst || !t[verb].IsWord
            || !(EntityLexicon.MeasuredVerbs.Contains(t[verb].Lower) || Lexicon.UpVerbs.Contains(t[verb].Lower) || Lexicon.DownVerbs.Contains(t[verb].Lower))
            || NounPhrases.Left(t, verb, clauseFirst) is not { } np || Lexicon.IsFunctionWord(t[np.Last].Lower))
        {
            return null;
        }

        var head = NounPhrases.Head(t, np.First, np.Last);
        return entities.In(sentence, np.First, np.Last).Any(o => head >= o.FirstToken && head <= o.LastToken) ? null : np;
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

        if (t[next].IsWord && (Lexicon.UpNouns.Contains(t[next].Lower) || Lexicon.DownNouns.Contains(t[next].Lower)))
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

        return NounPhrases.IsContentWord(t, next) && !t[next].IsCapitalized ? NounPhrases.Right(t, next, clauseLast, maxPrepositions: 1) : null;
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
