using FactCheck.Languages.English;

namespace FactCheck.Claims;

/// <summary>
/// Gives each claim the entity its figure is about, by the first of these readings that applies:
/// </summary>
/// <list type="number">
/// <item><b>Restated</b>: the figure says again the amount of the figure right before it (", or 40% of the total debt"):
/// that figure's entity;</item>
/// <item><b>Bearer</b>: a name after the subject that bears the figure ("a $5bn tax claim against Acme");</item>
/// <item><b>Named</b>: the subject names an organisation or place ("Brazil's exports", "sales at Acme") that does not only
/// report the figure; a place that only describes the subject ("six UK stores") gives way to the agent of a passive verb
/// ("have been put up for sale by Acme");</item>
/// <item><b>Place opening</b>: a place after "in" that opens the sentence or a part of it before the figure, with no
/// other name between ("In the US growth is 6%", "while in China they expect 15%");</item>
/// <item><b>Group share</b>: the figure is a share of a group of people that no name owns ("70% of bondholders"): the group;</item>
/// <item><b>Person</b>: a person pronoun opens the figure's clause ("he expects sales of $5m", "we would need 350 people," he
/// says): the organisation of that person (see PersonsOrganisation), as a reference;</item>
/// <item><b>Reference</b>: the subject points back ("it", "its profits", "the firm", "the country"): the entity of that kind
/// named last in the three sentences before (or earlier in the sentence), else the article's topic; "they" and "their" after
/// a group of people in their sentence ("workers are paid for 39 hours though they work 35") are that group;</item>
/// <item><b>Clause subject</b>: a name before the figure in its sentence that is not a source or a person ("Acme Air made a loss
/// of $5m", "Acme Air said profits rose 8%" when Acme Air is not only the source); not what a passive verb of a deal trades
/// for a figure in the purpose of the deal ("Acme was sold to help Globex pay off a tax bill"): the name after "to" acts, else
/// the agent after "by";</item>
/// <item><b>Paragraph subject</b>: the name that is the subject of a sentence before in the figure's paragraph, when the
/// sentences between refer back to it ("Globex saw profits fall. Its beer sales slowed. Total sales rose 4%.");</item>
/// <item><b>Topic</b>: the article's topic (<see cref="ArticleEntities.Topic"/>).</item>
/// </list>
internal static class EntityResolver
{
    private const int ReferenceSentences = 3;

    /// <summary>The most words between a subject and the "by" of its passive verb ("have been put up for sale by").</summary>
    private const int PassiveReach = 8;

    public static void Resolve(ArticleEntities entities, IReadOnlyList<SentenceView> views, IEnumerable<ClaimDraft> drafts)
    {
        var resolved = new Dictionary<(int Sentence, int Token), ClaimDraft>();
        foreach (var d in drafts)
        {
            if (d.Kind == ClaimKind.Event)
            {
                continue;
            }

            var (name, resolution) = Restated(views, resolved, d) ?? PlaceOfListed(entities, views, d) ?? Bearer(entities, views, d) ?? Named(entities, views, d) ?? PlaceOpening(entities, views, d)
                ?? SharedByGroup(views, d) ?? PersonsOrganisation(entities, views, d)
                ?? Reference(entities, views, d) ?? ClauseSubject(entities, views, d) ?? Speaker(entities, views, d)
                ?? LocatedPlace(entities, views, d) ?? ParagraphSubject(entities, views, d) ?? Topic(entities);
            d.Entity = name;
            d.EntityResolution = resolution;
            foreach (var token in d.FigureTokens())
            {
                resolved[(d.Sentence, token)] = d;
            }
        }
    }

    // "creditors holding $41bn - or 40% of the total debt -": a figure after a mark and "or" right after another figure says
    // the same amount again, and is about what that one is about.
    private static (string, EntityResolution)? Restated(IReadOnlyList<SentenceView> views, Dictionary<(int Sentence, int Token), ClaimDraft> resolved, ClaimDraft d)
    {
        var t = views[d.Sentence].Tokens;
        var first = d.FigureTokens().Min();
        return first >= 3 && t[first - 1].Is("or") && t[first - 2].Kind == ClaimTokenKind.Punctuation && t[first - 2].Text is "," or "-" or "\u2013" or "\u2014"
            && resolved.TryGetValue((d.Sentence, first - 3), out var before) && before.Entity.Length > 0
            ? (before.Entity, before.EntityResolution)
            : null;
    }

    /// <summary>
    /// Gives a measure of a whole economy ("the unemployment rate", "house prices", "growth") whose entity the text did not
    /// name with it a place: the one named in its sentence, else (unless the article's topic is a place) the last named in
    /// the three sentences before, else the article's topic when that is a place. An agency or firm found for it by reference or as the topic reports such a
    /// figure ("the Labor Department said it had revised ..."); it is not what the figure is about. So does a statistics body
    /// found for any figure by reference or as the topic.
    /// </summary>
    public static void PlaceEconomies(ArticleEntities entities, IReadOnlyList<SentenceView> views, IEnumerable<ClaimDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Kind == ClaimKind.Event || d.EntityResolution == EntityResolution.Named || !(MeasuresEconomy(d.Quantity) || ReportedByBody(entities, d))
                || (d.Subject is { FirstToken: >= 0 } subject && OwnedByPronoun(views[d.Sentence].Tokens, subject)))
            {
                continue; // not the economy's, or "retail sales at its stores": the firm's
            }

            var isPlace = KindOf(entities, d.Entity) == EntityKind.Place;
            if (isPlace && d.EntityResolution != EntityResolution.Topic)
            {
                continue;
            }

            var t = views[d.Sentence].Tokens;
            var figure = d.FigureTokens().Min();
            EntityOccurrence? place = null;
            foreach (var o in entities.In(d.Sentence, 0, t.Count - 1))
            {
                if (o.Kind == EntityKind.Place && !IsHeld(t, o) && (place is null || o.FirstToken < figure))
                {
                    place = o; // the nearest before the figure, else the first after it
                }
            }

            // A topic that is a place gives way only to a place of the figure's own sentence.
            place ??= isPlace ? OpeningPlaceBefore(entities, views, d.Sentence) : entities.LastBefore(d.Sentence, 0, ReferenceSentences, EntityKind.Place)
                ?? (entities.Topic is { Kind: EntityKind.Place } topic ? topic : null);
            if (place is not null && place.Name != d.Entity)
            {
                d.Entity = place.Name;
                d.EntityResolution = place.Sentence == d.Sentence ? EntityResolution.ClauseSubject : EntityResolution.Reference;
            }
        }
    }

    // "In Freedonia, exports are booming. Growth is set to reach 2%.": the place that opens the sentence before sets the scene
    // for the next one.
    private static EntityOccurrence? OpeningPlaceBefore(ArticleEntities entities, IReadOnlyList<SentenceView> views, int sentence) =>
        sentence > 0 && entities.In(sentence - 1, 0, 2).FirstOrDefault() is { Kind: EntityKind.Place } o && BeforeName(views[sentence - 1].Tokens, o) == 0
        && views[sentence - 1].Tokens[0].Is("in")
            ? o
            : null;

    // "The Labor Department said it had revised the jobs gains": a figure that reaches a statistics body only through a
    // reference or as the article's topic is one the body publishes about its country, not its own.
    private static bool ReportedByBody(ArticleEntities entities, ClaimDraft d) =>
        d.EntityResolution is EntityResolution.Reference or EntityResolution.Topic && d.Entity.Length > 0 && KindOf(entities, d.Entity) == EntityKind.Organisation
        && HasWordOf(d.Entity, EntityLexicon.ReportingBodyWords, ' ');

    private static bool OwnedByPronoun(List<ClaimToken> t, SubjectInfo subject)
    {
        for (var i = subject.FirstToken; i <= subject.LastToken && i < t.Count; i++)
        {
            if (t[i].IsWord && EntityLexicon.OwningPronouns.Contains(t[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool MeasuresEconomy(string quantity)
    {
        var words = quantity.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        if (words[0] == "growth" && (words.Length == 1 || (words.Length == 2 && words[1] == "rate")))
        {
            return true; // "growth", "the growth rate": the economy's, when nothing names whose
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (EnglishWordClasses.EconomyWords.Contains(words[i]) && (!EnglishWordClasses.EconomyModifiers.Contains(words[i]) || i + 1 < words.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static EntityKind? KindOf(ArticleEntities entities, string name)
    {
        foreach (var o in entities.Occurrences)
        {
            if (o.Name == name)
            {
                return o.Kind;
            }
        }

        return null;
    }

    private static (string, EntityResolution)? Named(ArticleEntities entities, IReadOnlyList<SentenceView> views, ClaimDraft d)
    {
        if (d.Subject is not { FirstToken: >= 0 } subject || subject.Entities.Count == 0)
        {
            return null;
        }

        var t = views[d.Sentence].Tokens;

        EntityOccurrence? place = null;
        foreach (var o in entities.In(d.Sentence, subject.FirstToken, subject.LastToken))
        {
            if (o.IsDescriptive || (o.Kind == EntityKind.Place && o.FirstToken > 0 && t[o.FirstToken - 1].IsWord && EntityLexicon.OwningPronouns.Contains(t[o.FirstToken - 1].Lower)))
            {
                // "sales of its gas-electric Acme hybrid", "profits in its UK retail division": a thing or a part the entity owns,
                // named or placed; the figure is the owner's
                continue;
            }

            if (place is not null)
            {
                // "profits at US media giant Acme", "Korea's Acme", "US sales at Acme": the firm the place describes, or the
                // firm the place's figure is taken at, is what the phrase is about.
                return o.Kind == EntityKind.Organisation && !o.IsSource && (Adjoins(t, place, o) || OwnedByPlace(t, place, o) || AfterAt(t, o))
                    ? (o.Name, EntityResolution.Named)
                    : (place.Name, EntityResolution.Named);
            }

            if (o.Kind != EntityKind.Person && !o.IsSource && !IsHeld(t, o) && DescribedFirm(t, o) < 0 && !Locates(t, o))
            {
                if (DescribesNoun(t, o) && PassiveAgent(entities, views, d, subject.LastToken) is { } agent)
                {
                    return agent;
                }

                if (o.Kind != EntityKind.Place)
                {
                    return (o.Name, EntityResolution.Named);
                }

                place = o;
            }
        }

        if (place is not null)
        {
            return (place.Name, EntityResolution.Named);
        }

        return null;
    }

    // "UK greyhound tracks": a place before a lower-case word describes the noun; it is not its head.
    private static bool DescribesNoun(List<ClaimToken> t, EntityOccurrence o)
    {
        var next = o.LastToken + 1;
        return o.Kind == EntityKind.Place && next < t.Count && t[next].IsWord && !t[next].IsCapitalized && !Lexicon.IsFunctionWord(t[next]);
    }

    // A name that heads its phrase: nothing but a mark, a function word or the end of the sentence after it ("against Acme.",
    // not "against the US dollar" nor "against Acme's unit").
    private static bool HeadsPhrase(List<ClaimToken> t, EntityOccurrence o)
    {
        var next = o.LastToken + 1;
        return next >= t.Count || (t[next].IsWord ? Lexicon.IsFunctionWord(t[next]) : t[next].Kind != ClaimTokenKind.Possessive);
    }

    // "a $27.5bn tax claim against Acme": the name after a preposition of bearing (EnglishWordClasses.BearerPrepositions)
    // right after the subject is what the figure is about.
    private static (string, EntityResolution)? Bearer(ArticleEntities entities, IReadOnlyList<SentenceView> views, ClaimDraft d)
    {
        if (d.Subject is not { FirstToken: >= 0 } subject)
        {
            return null;
        }

        var t = views[d.Sentence].Tokens;
        var k = subject.LastToken + 1;
        if (k + 1 >= t.Count || !t[k].IsWord || !EnglishWordClasses.BearerPrepositions.Contains(t[k].Lower))
        {
            return null;
        }

        var at = t[k + 1].Is("the") ? k + 2 : k + 1;
        return entities.In(d.Sentence, at, t.Count - 1).FirstOrDefault() is { Kind: not EntityKind.Person } o && o.FirstToken == at && HeadsPhrase(t, o)
            ? (o.Name, EntityResolution.Named)
            : null;
    }

    // "Six UK stores have been put up for sale by retail group Acme", "two bank accounts opened by its new subsidiary": the
    // agent after "by" of a passive verb in the figure's clause (a form of "be" between the subject and "by", or a participle
    // right before it) is the organisation that acts on what the subject counts. The agent is a name that heads its phrase,
    // after up to three describing words, or a part of a firm owned through "its" or "their" (the firm named before).
    private static (string, EntityResolution)? PassiveAgent(ArticleEntities entities, IReadOnlyList<SentenceView> views, ClaimDraft d, int subjectLast)
    {
        var t = views[d.Sentence].Tokens;
        var by = subjectLast + 1;
        while (by < t.Count - 1 && by <= subjectLast + PassiveReach && t[by].IsWord && !t[by].Is("by"))
        {
            by++;
        }

        if (by >= t.Count - 1 || !t[by].Is("by") || !t[by - 1].IsWord)
        {
            return null;
        }

        var passive = t[by - 1].Lower.EndsWith("ed", StringComparison.Ordinal);
        for (var i = subjectLast + 1; i < by && !passive; i++)
        {
            passive = t[i].IsWord && EnglishWordClasses.PassiveAuxiliaries.Contains(t[i].Lower);
        }

        if (!passive)
        {
            return null;
        }

        var j = by + 1;
        if (j < t.Count && t[j].IsWord && EntityLexicon.OwningPronouns.Contains(t[j].Lower))
        {
            for (var p = j + 1; p < t.Count && p <= j + 4 && t[p].IsWord; p++)
            {
                if (EnglishWordClasses.FirmPartNouns.Contains(t[p].Lower))
                {
                    return Antecedent(entities, views, d.Sentence, j, EntityKind.Organisation, firmNoun: false) is { } owner ? (owner.Name, EntityResolution.Reference) : null;
                }
            }

            return null;
        }

        if (j < t.Count && t[j].IsWord && Lexicon.Determiners.Contains(t[j].Lower))
        {
            j++;
        }

        for (var words = 0; words < 3 && j < t.Count && t[j].IsWord && !t[j].IsCapitalized && !Lexicon.IsFunctionWord(t[j]); words++)
        {
            j++; // "by gaming group Acme"
        }

        return entities.In(d.Sentence, j, t.Count - 1).FirstOrDefault() is { Kind: EntityKind.Organisation, IsSource: false } agent && agent.FirstToken == j && HeadsPhrase(t, agent)
            ? (agent.Name, EntityResolution.Named)
            : null;
    }

    // "About 70% of bondholders are expected to accept": a share whose whole is a group of people that no name or owning
    // pronoun owns is about that group.
    private static (string, EntityResolution)? SharedByGroup(IReadOnlyList<SentenceView> views, ClaimDraft d)
    {
        if (d.Kind != ClaimKind.Share || d.Subject is not { FirstToken: > 1 } subject || subject.Entities.Count > 0)
        {
            return null;
        }

        var t = views[d.Sentence].Tokens;
        var head = NounPhrases.Head(t, subject.FirstToken, subject.LastToken);
        if (!t[subject.FirstToken - 1].Is("of") || t[subject.FirstToken - 2].Kind != ClaimTokenKind.Figure || head < 0
            || !EnglishWordClasses.PeopleGroupNouns.Contains(t[head].Lower) || OwnedByPronoun(t, subject))
        {
            return null;
        }

        return GroupName(t, subject.FirstToken, head) is { } group ? (group, EntityResolution.ClauseSubject) : null;
    }

    // "it plans to cut 200 jobs in Sweden", "sales across Asia rose 8%": a place after "in" in the subject says where the
    // figure applies; the figure is about the organisation the sentence is about when one is found, else about the place.
    private static (string, EntityResolution)? LocatedPlace(ArticleEntities entities, IReadOnlyList<SentenceView> views, ClaimDraft d)
    {
        if (d.Subject is not { FirstToken: >= 0 } subject)
        {
            return null;
        }

        var t = views[d.Sentence].Tokens;
        foreach (var o in entities.In(d.Sentence, subject.FirstToken, subject.LastToken))
        {
            if (!o.IsSource && Locates(t, o))
            {
                return (o.Name, EntityResolution.Named);
            }
        }

        return null;
    }

    // A place after a preposition of location ("in", "across", "outside") that an organisation may act in.
    private static bool Locates(List<ClaimToken> t, EntityOccurrence o)
    {
        if (o.Kind != EntityKind.Place)
        {
            return false;
        }

        var k = BeforeName(t, o);

        return k > 0 && t[k].IsWord && EnglishWordClasses.LocatingPrepositions.Contains(t[k].Lower) && !NounPhrases.OpensPart(t, k);
    }

    private static (string, EntityResolution)? PlaceOpening(ArticleEntities entities, IReadOnlyList<SentenceView> views, ClaimDraft d)
    {
        var t = views[d.Sentence].Tokens;
        var figure = d.FigureTokens().Min();
        EntityOccurrence? place = null;
        foreach (var o in entities.In(d.Sentence, 0, figure - 1))
        {
            if (o.Kind == EntityKind.Place && OpensWithIn(t, o))
            {
                place = o;
            }
            else if (place is not null && o.Kind != EntityKind.Person && !o.IsSource)
            {
                place = null; // "In Freedonia, Acme's sales rose": the name after the place is what the figure is about
            }
        }

        return place is null ? null : (place.Name, EntityResolution.Named);
    }

    // "In (the) Freedonia" opening the sentence or a part of it (NounPhrases.OpensPart).
    private static bool OpensWithIn(List<ClaimToken> t, EntityOccurrence o)
    {
        var k = BeforeName(t, o);

        if (k < 0 || !t[k].Is("in"))
        {
            return false;
        }

        return NounPhrases.OpensPart(t, k);
    }

    // "38% live in Freedonia, 15% in Italy and 10% in Spain": in a list whose later items leave out the verb, the place right
    // after each figure is the part of the whole it is about.
    private static (string, EntityResolution)? PlaceOfListed(ArticleEntities entities, IReadOnlyList<SentenceView> views, ClaimDraft d)
    {
        var t = views[d.Sentence].Tokens;
        var first = d.FigureTokens().Min();
        if (first < 1 || !(t[first - 1].IsPunctuation(',') || t[first - 1].Is("and")))
        {
            return null; // an item of a list without its verb: ", 15% in Italy"
        }

        var next = (d.RangeEndToken ?? d.MainToken) + 1;
        if (next + 1 >= t.Count || !t[next].Is("in"))
        {
            return null;
        }

        foreach (var o in entities.In(d.Sentence, next + 1, Math.Min(t.Count - 1, next + 4)))
        {
            var end = o.LastToken + 1;
            return o.Kind == EntityKind.Place && (o.FirstToken == next + 1 || (o.FirstToken == next + 2 && t[next + 1].Is("the")))
                && (end >= t.Count || !t[end].IsWord || t[end].Lower is "and" or "or")
                ? (o.Name, EntityResolution.Named)
                : null;
        }

        return null;
    }

    // "the US carmaker", "a German engineering group": a place before a noun for a firm says where the firm is from; the
    // noun is the entity (the token of that noun), and the place is not. -1 when the place stands for itself.
    internal static int DescribedFirm(List<ClaimToken> t, EntityOccurrence o)
    {
        if (o.Kind != EntityKind.Place)
        {
            return -1;
        }

        for (var i = o.LastToken + 1; i < t.Count && i <= o.LastToken + 2; i++)
        {
            if (!t[i].IsWord || t[i].IsCapitalized)
            {
                return -1;
            }

            if (EntityLexicon.ReferenceNouns.TryGetValue(t[i].Lower, out var kind))
            {
                return kind == EntityKind.Organisation && !(i + 1 < t.Count && t[i + 1].IsCapitalized) ? i : -1;
            }

            if (Lexicon.IsFunctionWord(t[i]) || Lexicon.IsVerb(t, i))
            {
                return -1;
            }
        }

        return -1;
    }

    // Whether the reference noun at <paramref name="i"/> follows "the" or "a" and a described place: "the US carmaker".
    private static bool DescribedBy(List<ClaimToken> t, int i)
    {
        var k = i - 1;
        if (k >= 0 && t[k].IsWord && !t[k].IsCapitalized && !Lexicon.IsFunctionWord(t[k]))
        {
            k--; // "the German engineering group"
        }

        while (k >= 0 && t[k].IsWord && t[k].IsCapitalized && !t[k].Is("the") && !t[k].Is("a"))
        {
            k--;
        }

        return k >= 0 && k < i - 1 && t[k].Lower is "the" or "a" or "an" && t[k + 1].IsCapitalized;
    }

    // "a 22% stake in Acme", "a 30% shareholder in Acme", "owns 5% of Acme": Acme is the firm held; the figure is the holder's.
    private static bool IsHeld(List<ClaimToken> t, EntityOccurrence o)
    {
        var k = BeforeName(t, o);

        if (k < 1 || !t[k].IsWord || t[k].Lower is not ("in" or "of"))
        {
            return false;
        }

        if (t[k - 1].IsWord && EntityLexicon.HoldingNouns.Contains(t[k - 1].Lower))
        {
            return true;
        }

        if (t[k - 1].Kind != ClaimTokenKind.Figure || !t[k].Is("of"))
        {
            return false;
        }

        var verb = SubjectFinder.FindVerbBefore(t, k - 1, 0);
        return verb >= 0 && EntityLexicon.HoldingVerbs.Contains(t[verb].Lower);
    }

    private static (string, EntityResolution)? Reference(ArticleEntities entities, IReadOnlyList<SentenceView> views, ClaimDraft d)
    {
        var t = views[d.Sentence].Tokens;
        EntityKind? kind = null;
        var anchor = d.FigureTokens().Min();
        var points = false;
        var pronoun = -1;
        var firmNoun = false; // "the firm", "the company": never a public body
        if (d.Subject is { } subject)
        {
            var first = subject.FirstToken >= 0 && subject.FirstToken < t.Count && t[subject.FirstToken].IsWord ? t[subject.FirstToken].Lower : string.Empty;
            if (EntityLexicon.EntityPronouns.Contains(first) || (subject.IsAnaphoric && subject.Head.Length == 0))
            {
                points = true;
                kind = EntityKind.Organisation;
                pronoun = EntityLexicon.EntityPronouns.Contains(first) ? subject.FirstToken : -1;
            }
            else if (subject.IsAnaphoric && EntityLexicon.ReferenceNouns.TryGetValue(subject.Head, out var k))
            {
                points = true;
                kind = k;
                firmNoun = k == EntityKind.Organisation;
            }

            if (subject.FirstToken >= 0)
            {
                anchor = Math.Min(anchor, subject.FirstToken);
            }
        }

        if (!points)
        {
            // "the firm said profits rose", "it made a loss of $5m": a reference before the figure in its clause.
            var (clauseFirst, _) = views[d.Sentence].ClauseRange(d.MainToken);
            for (var i = Math.Max(0, clauseFirst - 1); i < d.FigureTokens().Min(); i++)
            {
                if (!t[i].IsWord)
                {
                    continue;
                }

                if (EntityLexicon.EntityPronouns.Contains(t[i].Lower) && i >= clauseFirst)
                {
                    points = true;
                    kind = EntityKind.Organisation;
                    anchor = i;
                    pronoun = i;
                    break;
                }

                if (i > 0 && (t[i - 1].Is("the") || DescribedBy(t, i)) && EntityLexicon.ReferenceNouns.TryGetValue(t[i].Lower, out var k) && !(i + 1 < t.Count && t[i + 1].IsCapitalized)
                    && !InName(entities, d.Sentence, i))
                {
                    points = true;
                    kind = k;
                    firmNoun = k == EntityKind.Organisation;
                    anchor = i;
                    break;
                }
            }
        }

        if (!points)
        {
            return null;
        }

        if (pronoun >= 0 && t[pronoun].Lower is "they" or "their" && GroupBefore(entities, t, d.Sentence, pronoun) is { } group)
        {
            return (group, EntityResolution.Reference);
        }

        var antecedent = Antecedent(entities, views, d.Sentence, anchor, kind, firmNoun)
            ?? (kind == EntityKind.Organisation && entities.Topic is { Kind: EntityKind.Place } ? null
                : firmNoun && entities.Topic is { } topic && IsPublicBody(topic) ? null : entities.Topic);
        return antecedent is null ? null : (antecedent.Name, EntityResolution.Reference);
    }

    // What a reference points back to: the last fitting name before it in its own sentence; else, in the nearest sentence
    // before that names one, the name that is that sentence's subject ("Acme is suing Globex and Initech. It has also
    // threatened ..." is Acme; "The Daily Post reported that Acme had sued Globex. The group ..." is Acme too; "Acme announced
    // a deal with Globex. The company ..." is Acme, the speaker, when what it says has no subject named), or the last one
    // when none is. Names given as examples ("brands such as Fizz") are never pointed back to. A sentence whose own subject is a reference ("The company's
    // shares trade on the Frankfurt exchange") passes the chain on: its names are not what it is about. "The firm" and
    // "the company" skip public bodies.
    private static EntityOccurrence? Antecedent(ArticleEntities entities, IReadOnlyList<SentenceView> views, int sentence, int anchor, EntityKind? kind, bool firmNoun)
    {
        if (entities.LastBefore(sentence, anchor, 0, kind) is { } same && !(firmNoun && IsPublicBody(same)))
        {
            return same;
        }

        var reach = ReferenceSentences;
        for (var k = sentence - 1; k >= Math.Max(0, sentence - reach); k--)
        {
            var t = views[k].Tokens;
            var verb = NextVerb(t, 0);
            var reported = verb < t.Count && t[verb].IsIn(WordClasses.ReportingVerb) ? verb + 1 : t.Count;
            var reportedVerb = NextVerb(t, reported);

            EntityOccurrence? last = null;
            EntityOccurrence? subject = null;
            EntityOccurrence? reportedSubject = null; // "The Daily Post reported that Acme had ...": the subject of what is reported
            EntityOccurrence? speaker = null; // "Acme announced a deal with Globex": the firm that speaks, when it reports no one else
            foreach (var o in entities.In(k, 0, t.Count - 1))
            {
                if (o.Kind == EntityKind.Person || o.IsDescriptive || (kind is not null && o.Kind != kind) || (firmNoun && IsPublicBody(o)))
                {
                    continue;
                }

                last = o;
                if (AfterPreposition(t, o))
                {
                    continue;
                }

                if (o.IsSource)
                {
                    speaker ??= o.LastToken < verb ? o : null;
                }
                else if (subject is null && o.LastToken < verb)
                {
                    subject = o;
                }
                else if (reportedSubject is null && OpensReported(t, reported, o) && o.LastToken < reportedVerb)
                {
                    reportedSubject = o;
                }
            }

            subject ??= reportedSubject ?? speaker;

            if (subject is null && reach < 2 * ReferenceSentences && RefersBack(t, verb))
            {
                reach++;
                continue;
            }

            if ((subject ?? last) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    // See the class summary: a sentence with neither a named subject nor a reference back ends the search, and a named subject
    // right before the figure's sentence is no chain (the figure's sentence may have moved on).
    private static (string, EntityResolution)? ParagraphSubject(ArticleEntities entities, IReadOnlyList<SentenceView> views, ClaimDraft d)
    {
        var paragraph = views[d.Sentence].Paragraph;
        var chained = false;
        for (var k = d.Sentence - 1; k >= Math.Max(0, d.Sentence - ReferenceSentences) && views[k].Paragraph == paragraph; k--)
        {
            var t = views[k].Tokens;
            var verb = NextVerb(t, 0);
            foreach (var o in entities.In(k, 0, verb - 1))
            {
                if (o.Kind != EntityKind.Person && !o.IsDescriptive && !o.IsSource && !AfterPreposition(t, o))
                {
                    return chained ? (o.Name, EntityResolution.Reference) : null;
                }
            }

            if (!RefersBack(t, verb))
            {
                return null;
            }

            chained = true;
        }

        return null;
    }

    // "reported that Acme had", "said Acme would": the name opens what the reporting verb reports ("announced a deal with
    // Acme" reports no clause).
    private static bool OpensReported(List<ClaimToken> t, int reported, EntityOccurrence o)
    {
        var k = reported < t.Count && t[reported].Is("that") ? reported + 1 : reported;
        return o.FirstToken == k || (o.FirstToken == k + 1 && t[k].Is("the"));
    }

    // The first token from <paramref name="from"/> on that reads as a verb, or the sentence's length.
    private static int NextVerb(List<ClaimToken> t, int from)
    {
        var verb = from;
        while (verb < t.Count && !Lexicon.IsVerb(t, verb))
        {
            verb++;
        }

        return verb;
    }

    // "he now hopes to raise output by 30%", "we would need 350 people," he says: a business figure whose clause a person
    // pronoun opens is about the person's organisation. "He", "she" and "his" are the person named last before; "we", "I" and
    // "our" the speaker named later in the sentence, else the person named last before. The organisation is the one named
    // beside the person ("Acme chief executive Jane Doe", "Jane Doe, director of Acme", "John Roe, who runs Acme"), else, for a
    // person with a role at a firm ("director Jane Doe"), the firm the text is about where the person is introduced. No
    // reading when none is found, or when the person only comments ("analyst John Roe").
    private static (string, EntityResolution)? PersonsOrganisation(ArticleEntities entities, IReadOnlyList<SentenceView> views, ClaimDraft d)
    {
        var t = views[d.Sentence].Tokens;
        var pronoun = PersonPronoun(entities, views[d.Sentence], d);
        if (pronoun < 0)
        {
            return null;
        }

        var person = EnglishWordClasses.FirstPersonPronouns.Contains(t[pronoun].Lower)
            ? entities.In(d.Sentence, pronoun + 1, t.Count - 1).First(EntityKind.Person) ?? LastPerson(entities, d.Sentence, pronoun)
            : LastPerson(entities, d.Sentence, pronoun);
        return person is not null && OrganisationOf(entities, views, person) is { } organisation ? (organisation.Name, EntityResolution.Reference) : null;
    }

    // The person pronoun the figure's subject opens with ("his output"), else the one nearest before the figure in its
    // clause, unless a name or a pronoun for a firm comes between ("he said Acme would need 350 staff"); -1 when none.
    private static int PersonPronoun(ArticleEntities entities, SentenceView s, ClaimDraft d)
    {
        var t = s.Tokens;
        if (d.Subject is { FirstToken: >= 0 } subject && subject.FirstToken < t.Count && t[subject.FirstToken].IsWord)
        {
            var first = t[subject.FirstToken].Lower;
            if (EnglishWordClasses.PersonPronouns.Contains(first))
            {
                return subject.FirstToken;
            }

            if (subject.Entities.Count > 0 || EntityLexicon.EntityPronouns.Contains(first))
            {
                return -1;
            }
        }

        var (clauseFirst, _) = s.ClauseRange(d.MainToken);
        for (var i = d.FigureTokens().Min() - 1; i >= clauseFirst; i--)
        {
            if (!t[i].IsWord)
            {
                continue;
            }

            if (EntityLexicon.EntityPronouns.Contains(t[i].Lower) || EntityLexicon.ReferenceNouns.ContainsKey(t[i].Lower) || InName(entities, d.Sentence, i))
            {
                return -1;
            }

            if (t[i].Lower is "he" or "she" or "we" or "i")
            {
                return i;
            }
        }

        return -1;
    }

    // The person named last before a token: in its sentence, else up to three sentences before.
    private static EntityOccurrence? LastPerson(ArticleEntities entities, int sentence, int token)
    {
        for (var k = sentence; k >= Math.Max(0, sentence - ReferenceSentences); k--)
        {
            if (entities.In(k, 0, k == sentence ? token - 1 : int.MaxValue).Last(EntityKind.Person) is { } person)
            {
                return person;
            }
        }

        return null;
    }

    // The organisation a person belongs to, by what is written beside the name (see PersonsOrganisation).
    private static EntityOccurrence? OrganisationOf(ArticleEntities entities, IReadOnlyList<SentenceView> views, EntityOccurrence person)
    {
        var t = views[person.Sentence].Tokens;
        var firmRole = EnglishWordClasses.FirmRoles.Contains(t[person.FirstToken].Lower); // "Director Jane Doe" is one name
        var comments = EntityLexicon.CommentatorNouns.Contains(t[person.FirstToken].Lower);
        var k = person.FirstToken - 1;
        for (var roles = 0; k >= 0 && roles < 4 && t[k].IsWord && !Lexicon.IsFunctionWord(t[k])
            && (!t[k].IsCapitalized || EntityLexicon.PersonRoles.Contains(t[k].Lower)); k--, roles++)
        {
            firmRole |= EnglishWordClasses.FirmRoles.Contains(t[k].Lower);
            comments |= EntityLexicon.CommentatorNouns.Contains(t[k].Lower);
        }

        k = k >= 0 && t[k].Kind == ClaimTokenKind.Possessive ? k - 1 : k;
        var before = k >= 0 && k < person.FirstToken - 1
            ? entities.In(person.Sentence, 0, k).LastOrDefault(o => o.LastToken == k && o.Kind == EntityKind.Organisation)
            : null;
        if (before is not null)
        {
            return comments ? null : before; // "Acme chief executive Jane Doe", "Acme's director Jane Doe"
        }

        var j = person.LastToken + 1;
        if (j < t.Count && t[j].IsPunctuation(','))
        {
            for (j++; j < t.Count && j <= person.LastToken + 7 && t[j].IsWord && !t[j].IsCapitalized; j++)
            {
                firmRole |= EnglishWordClasses.FirmRoles.Contains(t[j].Lower);
                comments |= EntityLexicon.CommentatorNouns.Contains(t[j].Lower);
                if (!EnglishWordClasses.PersonFirmLinks.Contains(t[j].Lower))
                {
                    continue;
                }

                var at = j + 1 < t.Count && t[j + 1].Is("the") ? j + 2 : j + 1;
                if (entities.In(person.Sentence, at, t.Count - 1).FirstOrDefault() is { Kind: EntityKind.Organisation } after && after.FirstToken == at)
                {
                    return comments ? null : after; // "Jane Doe, chief executive of Acme", "John Roe, who runs Acme"
                }
            }
        }

        return firmRole && !comments ? Antecedent(entities, views, person.Sentence, person.FirstToken, EntityKind.Organisation, firmNoun: true) : null;
    }

    // "the Bank of England", "the Post Office": a noun that would refer back after "the" is here a word of a name.
    private static bool InName(ArticleEntities entities, int sentence, int token) =>
        entities.In(sentence, 0, int.MaxValue).Covers(token);

    // Whether the words before a sentence's first verb refer back: "It", "Its shares", "The company's shares".
    private static bool RefersBack(List<ClaimToken> t, int verb)
    {
        for (var i = 0; i < verb && i < t.Count; i++)
        {
            if (!t[i].IsWord)
            {
                continue;
            }

            if (EntityLexicon.EntityPronouns.Contains(t[i].Lower)
                || (i > 0 && t[i - 1].Is("the") && EntityLexicon.ReferenceNouns.ContainsKey(t[i].Lower)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name is that of a public body ("the European Commission"): by a word of <see cref="EntityLexicon.PublicBodyWords"/>.</summary>
    internal static bool IsPublicBody(EntityOccurrence o) => HasWordOf(o.Name, EntityLexicon.PublicBodyWords, ' ');

    // Whether a word of the text, split at the given marks, is one of the words ("Office for National Statistics").
    private static bool HasWordOf(string text, System.Collections.Frozen.FrozenSet<string> words, params char[] separators)
    {
        foreach (var part in text.Split(separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Contains(part.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    // The token before a name, stepping over "the" ("in the US" gives "in"); -1 when the name opens the sentence.
    private static int BeforeName(List<ClaimToken> t, EntityOccurrence o)
    {
        var k = o.FirstToken - 1;
        return k >= 0 && t[k].Is("the") ? k - 1 : k;
    }

    private static bool AfterPreposition(List<ClaimToken> t, EntityOccurrence o)
    {
        var k = BeforeName(t, o);

        return k >= 0 && t[k].IsWord && t[k].IsIn(WordClasses.Preposition);
    }

    // The name must stand before the first verb of the figure's clause: "Acme Air made a loss of $5m", not "sales rose 5% in
    // the month the Commission opened its inquiry".
    private static (string, EntityResolution)? ClauseSubject(ArticleEntities entities, IReadOnlyList<SentenceView> views, ClaimDraft d)
    {
        var s = views[d.Sentence];
        var (clauseFirst, _) = s.ClauseRange(d.MainToken);
        var figure = d.FigureTokens().Min();
        var verb = clauseFirst;
        while (verb < figure && !Lexicon.IsVerb(s.Tokens, verb))
        {
            verb++;
        }

        if (verb < figure && IsPassiveDeal(s.Tokens, verb) && PurposeBefore(s.Tokens, verb, figure) is var purpose and >= 0)
        {
            // "The unit, Acme, was sold to help Globex pay off a $5bn tax bill": what is sold or bought does not act in the
            // purpose the sale serves; who does is named after "to", else the agent after "by", else found further on.
            var actor = entities.In(d.Sentence, purpose + 1, figure - 1)
                .FirstOrDefault(o => o.Kind == EntityKind.Organisation && !o.IsSource && !AfterPreposition(s.Tokens, o));
            return actor is not null ? (actor.Name, EntityResolution.ClauseSubject) : PassiveAgent(entities, views, d, verb - 1);
        }

        EntityOccurrence? found = null;
        foreach (var o in entities.In(d.Sentence, clauseFirst, verb - 1))
        {
            if (o.Kind == EntityKind.Person || o.IsSource || IsHeld(s.Tokens, o) || DescribedFirm(s.Tokens, o) >= 0)
            {
                continue;
            }

            if (found is null)
            {
                found = o;
            }
            else if (found.Kind == EntityKind.Place && o.Kind == EntityKind.Organisation && (Adjoins(s.Tokens, found, o) || OwnedByPlace(s.Tokens, found, o)))
            {
                // "Danish brewer Acme", "US insurer Acme", "Korea's Acme": the name that ends the phrase is its head, the place
                // describes it
                found = o;
            }
            else
            {
                break;
            }
        }

        if (found is null && clauseFirst > 1 && ResumesAfterRelative(s.Tokens, clauseFirst, figure))
        {
            // "Metrovias, the firm which runs the lines, has offered 8%": the relative clause ends at a comma and the verb of
            // the figure has the name that opens the sentence for its subject.
            var opening = entities.In(d.Sentence, 0, clauseFirst - 1).FirstOrDefault();
            if (opening is { Kind: not EntityKind.Person, IsSource: false } && (opening.FirstToken == 0 || (opening.FirstToken == 1 && s.Tokens[0].Is("the")))
                && opening.LastToken + 1 < clauseFirst && s.Tokens[opening.LastToken + 1].IsPunctuation(','))
            {
                found = opening;
            }
        }

        if (found is null && PeopleGroup(entities, s, d.Sentence, clauseFirst, verb, figure) is { } group)
        {
            return (group, EntityResolution.ClauseSubject);
        }

        return found is null ? null : (found.Name, EntityResolution.ClauseSubject);
    }

    // "was sold", "has been bought": a form of "be" and then the past participle of a verb of a deal
    // (EnglishWordClasses.DealVerbs), from the clause's first verb on.
    private static bool IsPassiveDeal(List<ClaimToken> t, int verb)
    {
        var passive = false;
        var k = verb;
        for (; k < t.Count && t[k].IsWord && t[k].IsIn(WordClasses.Auxiliary); k++)
        {
            passive |= EnglishWordClasses.PassiveAuxiliaries.Contains(t[k].Lower);
        }

        if (k == verb && k > 0 && t[k - 1].IsWord && EnglishWordClasses.PassiveAuxiliaries.Contains(t[k - 1].Lower))
        {
            passive = true; // the first verb found is the participle itself
        }

        return passive && k < t.Count && t[k].IsWord && EnglishWordClasses.DealVerbs.Contains(t[k].Lower) && !t[k].Lower.EndsWith("ing", StringComparison.Ordinal);
    }

    // The "to" of a purpose between a verb and the figure ("was sold in an auction to pay off a $5bn bill"), or -1.
    private static int PurposeBefore(List<ClaimToken> t, int verb, int figure)
    {
        for (var i = verb + 1; i < figure; i++)
        {
            if (t[i].Is("to") && i + 1 < figure && Lexicon.IsVerb(t, i + 1))
            {
                return i;
            }
        }

        return -1;
    }

    // "20,000 workers": a figure right before a noun for a group of people counts them.
    private static bool CountsPeople(List<ClaimToken> t, int figure)
    {
        var k = figure + 1;
        while (k < t.Count && t[k].IsWord && !t[k].IsCapitalized && !Lexicon.IsFunctionWord(t[k]) && !EnglishWordClasses.PeopleGroupNouns.Contains(t[k].Lower) && k <= figure + 2)
        {
            k++; // "2,000 new workers"
        }

        return k < t.Count && t[k].IsWord && EnglishWordClasses.PeopleGroupNouns.Contains(t[k].Lower);
    }

    // "Tube workers walked out demanding a 53% pay rise", "Staff have started working an extra four hours": a group of people
    // (EnglishWordClasses.PeopleGroupNouns) that is the subject of the figure's clause, with no name in it, is what the figure
    // is about; its words up to the noun, without the article, name it. Not when the verb only puts a value on something
    // ("Investors value the firm at $5bn") or reports ("The unions said ..."): the group there judges or tells what another
    // owns; nor when the group is counted ("900,000 staff are among ...") or the figure counts people of its own ("Shareholders
    // lost $5bn, 20,000 workers lost their jobs").
    // A loss to or for a group ("the estimated loss to bondholders is 70% of ...") is the group's.
    private static string? PeopleGroup(ArticleEntities entities, SentenceView s, int sentence, int clauseFirst, int verb, int figure)
    {
        var t = s.Tokens;
        if (verb >= t.Count || !Lexicon.IsVerb(t, verb) || EnglishWordClasses.ValuingVerbs.Contains(t[verb].Lower) || t[verb].IsIn(WordClasses.ReportingVerb)
            || NounPhrases.Left(t, verb, clauseFirst) is not { } phrase || entities.In(sentence, phrase.First, phrase.Last).Any()
            || (phrase.First > 0 && t[phrase.First - 1].Kind == ClaimTokenKind.Figure) || CountsPeople(t, figure))
        {
            return null;
        }

        var head = NounPhrases.Head(t, phrase.First, phrase.Last);
        if (head >= 0 && head + 2 <= phrase.Last && EnglishWordClasses.LossNouns.Contains(t[head].Lower) && t[head + 1].Lower is "to" or "for"
            && NounPhrases.Head(t, head + 2, phrase.Last) is var bearer and >= 0 && EnglishWordClasses.PeopleGroupNouns.Contains(t[bearer].Lower))
        {
            return GroupName(t, head + 2, bearer); // "the estimated loss to bondholders is 70% of ...": the group bears the loss
        }

        if (head < 0 || !EnglishWordClasses.PeopleGroupNouns.Contains(t[head].Lower))
        {
            return null;
        }

        return GroupName(t, phrase.First, head);
    }

    // The words of a group of people from the first of a phrase to its head, without the article; none when a figure or a
    // mark is inside ("5,000 workers", "workers' pay").
    private static string? GroupName(List<ClaimToken> t, int first, int head)
    {
        while (first < head && t[first].IsWord && Lexicon.OpensNounPhrase(t[first]))
        {
            first++;
        }

        var words = new List<string>();
        for (var i = first; i <= head; i++)
        {
            if (!t[i].IsWord)
            {
                return null;
            }

            words.Add(t[i].Lower);
        }

        return string.Join(' ', words);
    }

    // "workers are paid for 39 hours though they work 35": the group of people named last before "they" or "their" in the
    // sentence, with its describing words ("tube workers"), when no organisation or noun for one comes between.
    private static string? GroupBefore(ArticleEntities entities, List<ClaimToken> t, int sentence, int pronoun)
    {
        for (var i = pronoun - 1; i >= 0; i--)
        {
            if (!t[i].IsWord)
            {
                continue;
            }

            if (EnglishWordClasses.PeopleGroupNouns.Contains(t[i].Lower) && !t[i].IsCapitalized)
            {
                var first = i;
                while (first > 0 && first > i - 2 && t[first - 1].IsWord && !t[first - 1].IsCapitalized && !Lexicon.IsFunctionWord(t[first - 1]) && !Lexicon.IsVerb(t, first - 1))
                {
                    first--;
                }

                return GroupName(t, first, i);
            }

            if (entities.In(sentence, 0, i).Any(o => o.LastToken >= i && o.Kind == EntityKind.Organisation) || RefersToFirms(t[i].Lower))
            {
                return null;
            }
        }

        return null;
    }

    // "the firm", "the companies": a noun that refers back to organisations, singular or plural.
    private static bool RefersToFirms(string lower) =>
        IsFirmNoun(lower) || (lower.EndsWith("ies", StringComparison.Ordinal) && IsFirmNoun(lower[..^3] + "y")) || (lower.EndsWith('s') && IsFirmNoun(lower[..^1]));

    private static bool IsFirmNoun(string lower) => EntityLexicon.ReferenceNouns.TryGetValue(lower, out var kind) && kind == EntityKind.Organisation;

    // "which runs the lines, has offered": a clause that opens with a relative pronoun and, before the figure, a comma and a verb.
    private static bool ResumesAfterRelative(List<ClaimToken> t, int clauseFirst, int figure)
    {
        if (!t[clauseFirst].IsWord || t[clauseFirst].Lower is not ("which" or "who" or "that"))
        {
            return false;
        }

        for (var j = clauseFirst + 1; j + 1 < figure; j++)
        {
            if (t[j].IsPunctuation(',') && Lexicon.IsVerb(t, j + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Heineken said profits fell 5%", "Sales rose 3%, Acme said": a firm that gives results (<see
    /// cref="EnglishWordClasses.ResultNouns"/>) whose own clause names no one else speaks of its own. Other figures a firm
    /// gives are as often about its market or its country ("Acme Bank said house prices rose 1%"), and stay with the article's
    /// topic; a statistics or public body reports, it does not own (<see cref="EntityLexicon.ReportingBodyWords"/>), and
    /// "economists at Acme Bank" speak for themselves.
    /// </summary>
    private static (string, EntityResolution)? Speaker(ArticleEntities entities, IReadOnlyList<SentenceView> views, ClaimDraft d)
    {
        if (d.Source is not { } source || d.Subject is not { } subject || !HasWordOf(subject.Text, EnglishWordClasses.ResultNouns, ' ', '-'))
        {
            return null;
        }

        var t = views[d.Sentence].Tokens;
        foreach (var o in entities.In(d.Sentence, 0, t.Count - 1))
        {
            if (o is { Kind: EntityKind.Organisation, IsSource: true } && t[o.FirstToken].Start < source.Span.End && t[o.LastToken].End > source.Span.Start
                && !(o.FirstToken > 0 && (t[o.FirstToken - 1].Is("at") || t[o.FirstToken - 1].Is("from"))) && !HasWordOf(o.Name, EntityLexicon.ReportingBodyWords, ' '))
            {
                return (o.Name, EntityResolution.Reference);
            }
        }

        return null;
    }

    private static (string, EntityResolution) Topic(ArticleEntities entities) =>
        entities.Topic is { } topic ? (topic.Name, EntityResolution.Topic) : (string.Empty, EntityResolution.None);

    // "Korea's Acme", "Japan's top carmaker Acme": a firm a place owns, with at most lower-case words between.
    private static bool OwnedByPlace(List<ClaimToken> t, EntityOccurrence place, EntityOccurrence firm) =>
        place.Kind == EntityKind.Place && place.LastToken + 1 < firm.FirstToken && t[place.LastToken + 1].Kind == ClaimTokenKind.Possessive
        && Adjoins(t, place with { LastToken = place.LastToken + 1 }, firm);

    // "US sales at Acme": the firm after "at" is where the figure is taken.
    private static bool AfterAt(List<ClaimToken> t, EntityOccurrence firm) => firm.FirstToken > 0 && t[firm.FirstToken - 1].Is("at");

    // Two names in one noun phrase: only lower-case words between them, no punctuation, verb or preposition.
    internal static bool Adjoins(List<ClaimToken> t, EntityOccurrence first, EntityOccurrence second)
    {
        for (var i = first.LastToken + 1; i < second.FirstToken; i++)
        {
            if (!t[i].IsWord || t[i].IsCapitalized || Lexicon.IsFunctionWord(t[i]) || Lexicon.IsVerb(t, i))
            {
                return false;
            }
        }

        return true;
    }
}
