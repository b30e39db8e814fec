using FactCheck.Recognition;

namespace FactCheck.Claims;

/// <summary>
/// Gives a figure whose part of the sentence leaves out what it measures the quantity of the figure before it:
/// "the unemployment rate is 12%, in some areas it is 15%"; "growth is 6% in the US, in China they are estimating 15%,
/// and in the EU it is more or less 1%".
/// </summary>
/// <remarks>
/// It applies only when the later figure has no quantity of its own and its subject is a pronoun, missing or only the name
/// of who acts in both, the two figures are in one sentence with a comma, semicolon, "and", "but" or "or" between them, and both are of one unit. A place after "in"
/// between the two figures is the later figure's entity, or one right after the later figure when the place between is the
/// earlier figure's own ("4,300 jobs in France, 3,700 in Germany"); otherwise it keeps the earlier figure's. A later plain
/// level with no verb between the two figures states the same change as an earlier change ("cut 4,300 jobs in France, 3,700
/// in Germany").
/// </remarks>
internal static class EllipsisReader
{
    public static void Read(ArticleEntities entities, IReadOnlyList<SentenceView> views, IReadOnlyList<Mention> mentions, List<ClaimDraft> drafts)
    {
        ClaimDraft? before = null;
        foreach (var d in ClaimDraft.FiguresInTextOrder(drafts))
        {
            if (before is not null && before.Sentence != d.Sentence)
            {
                before = null; // a figure continues only one of its own sentence
            }

            var t = views[d.Sentence].Tokens;
            if (before is not null && Continues(t, mentions, before, d, entities, d.Sentence))
            {
                d.Subject = WithoutPlaces(before.Subject!, before.Quantity);
                d.Quantity = before.Quantity;
                var (place, resolution) = PlaceOf(entities, t, d.Sentence, before, d) is { } p ? (p.Name, EntityResolution.Named) : (before.Entity, before.EntityResolution);
                d.Entity = place;
                d.EntityResolution = resolution;
                if (before.Kind == ClaimKind.Change && d.Kind == ClaimKind.Level && d.Direction == ChangeDirection.None && !VerbBetween(t, before, d))
                {
                    d.Kind = ClaimKind.Change;
                    d.Direction = before.Direction;
                }

                before = d; // the next figure may continue it in turn
                continue;
            }

            if (d.Quantity.Length > 0)
            {
                before = d;
            }
        }
    }

    // "growth" of "In the US growth is 6%" without the US: the later figure is about its own place.
    private static SubjectInfo WithoutPlaces(SubjectInfo subject, string quantity)
    {
        var places = subject.Entities.Select(Places.KeyOf).ToHashSet(StringComparer.Ordinal);
        var keyWords = subject.KeyWords.Where(w => !places.Contains(w)).ToArray();
        return new SubjectInfo(quantity, subject.Head, keyWords, [], -1, -1, isAnaphoric: false);
    }

    private static bool Continues(List<ClaimToken> t, IReadOnlyList<Mention> mentions, ClaimDraft before, ClaimDraft d, ArticleEntities entities, int sentence)
    {
        if (d.Quantity.Length > 0 || (d.Subject is { } s && !IsPronoun(t, s) && !IsActorOfBoth(t, s, before, d, entities, sentence)))
        {
            return false;
        }

        var from = before.LastFigure() + 1;
        var to = d.FigureTokens().Min();
        if (from >= to || !string.Equals(before.MainMention(mentions, t).Unit, d.MainMention(mentions, t).Unit, StringComparison.Ordinal)
            || before.MainMention(mentions, t).Kind != d.MainMention(mentions, t).Kind)
        {
            return false;
        }

        var broken = false;
        var pronoun = d.Subject is not null;
        for (var i = from; i < to; i++)
        {
            if (t[i].Kind == ClaimTokenKind.Figure)
            {
                return false;
            }

            broken |= t[i].IsPunctuation(',') || t[i].IsPunctuation(';') || t[i].Is("and") || t[i].Is("but") || t[i].Is("or");
            pronoun |= t[i].IsWord && Lexicon.SubjectPronouns.Contains(t[i].Lower) && t[i].Lower is "it" or "they";
        }

        return broken && pronoun;
    }

    private static bool IsPronoun(List<ClaimToken> t, SubjectInfo s) =>
        s.FirstToken >= 0 && s.FirstToken == s.LastToken && t[s.FirstToken].IsWord && Lexicon.SubjectPronouns.Contains(t[s.FirstToken].Lower);

    // "Acme employs 50,000 people worldwide, with 7,000 in the UK": the later figure's subject is only the name of who acts, before
    // both figures, and no verb between them starts a statement of its own ("while the Nasdaq lost 1.3%", "which would value Acme").
    private static bool IsActorOfBoth(List<ClaimToken> t, SubjectInfo s, ClaimDraft before, ClaimDraft d, ArticleEntities entities, int sentence)
    {
        if (s.FirstToken < 0 || s.LastToken >= before.FigureTokens().Min() || s.Head.Length == 0
            || !entities.In(sentence, s.FirstToken, s.LastToken).Any(o => o.FirstToken <= s.FirstToken && o.LastToken >= s.LastToken))
        {
            return false;
        }

        return !VerbBetween(t, before, d);
    }

    private static bool VerbBetween(List<ClaimToken> t, ClaimDraft before, ClaimDraft d)
    {
        for (var i = before.LastFigure() + 1; i < d.FigureTokens().Min(); i++)
        {
            if (Lexicon.IsVerb(t, i))
            {
                return true;
            }
        }

        return false;
    }

    // "in China, they expect 15%": the place between the two figures. When that place is the earlier figure's own ("4,300 jobs in
    // France, 3,700 in Germany"), a place right after the later figure is the later figure's; with no place between ("employs
    // 50,000 people worldwide, with 7,000 in the UK") the later figure keeps who acts in both.
    private static EntityOccurrence? PlaceOf(ArticleEntities entities, List<ClaimToken> t, int sentence, ClaimDraft before, ClaimDraft d) =>
        PlaceBetween(entities, t, sentence, before.LastFigure(), d.FigureTokens().Min()) is { } between
            ? PlaceAfter(entities, t, sentence, d.LastFigure()) ?? between
            : null;

    // "3,700 in Germany": a place named right after "in" that follows the figure.
    private static EntityOccurrence? PlaceAfter(ArticleEntities entities, List<ClaimToken> t, int sentence, int figure)
    {
        var k = figure + 1;
        if (k + 1 >= t.Count || !t[k].Is("in"))
        {
            return null;
        }

        var first = t[k + 1].Is("the") ? k + 2 : k + 1;
        foreach (var o in entities.In(sentence, first, t.Count - 1))
        {
            if (o.FirstToken == first && o.Kind == EntityKind.Place)
            {
                return o;
            }
        }

        return null;
    }

    // "in China", "in the EU": the first place named right after "in" between the two figures.
    private static EntityOccurrence? PlaceBetween(ArticleEntities entities, List<ClaimToken> t, int sentence, int from, int to)
    {
        foreach (var o in entities.In(sentence, from, to - 1))
        {
            var k = o.FirstToken - 1;
            if (k > from && t[k].Is("the"))
            {
                k--;
            }

            if (o.Kind == EntityKind.Place && k >= from && t[k].Is("in"))
            {
                return o;
            }
        }

        return null;
    }
}
