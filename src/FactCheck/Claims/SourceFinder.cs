using FactCheck.Recognition;
using FactCheck.Languages.English;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>
/// Finds who a sentence attributes its figures to: "according to X", "X said/reported/revealed (that) ...",
/// "..., X said.", "..., said X", and the passive "These figures were released by X", which points back to
/// the figures of the sentences before. The source's own date is read from inside its phrase
/// ("A 2022 US Defence Department report") or right after the reporting verb ("said on Friday").
/// </summary>
/// <remarks>
/// A phrase counts as a source when it names someone (a capitalised name) or is a source noun ("analysts",
/// "the ministry", "a report", "figures"). Pronouns ("he said") are not resolved and give no source.
/// </remarks>
internal static class SourceFinder
{
    /// <summary>
    /// The attributions of a sentence; with <paramref name="pointingBackOnly"/>, only those that point back to the figures of
    /// the sentences before, all that a sentence without figures needs.
    /// </summary>
    public static List<SourceHit> Find(string text, SentenceView s, IReadOnlyList<Mention> mentions, IReadOnlySet<string> knownNames, bool pointingBackOnly = false)
    {
        var hits = new List<SourceHit>();
        var t = s.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            var token = t[i];
            if (!token.IsWord)
            {
                continue;
            }

            var lower = token.Lower;
            if (pointingBackOnly)
            {
                if (PublishedBy(t, i) is { } pointing && PointsBack(t, i - 1) && Make(text, t, pointing, mentions, -1, knownNames, requireSourceLike: false) is { } back)
                {
                    hits.Add(back with { PointsBack = true, Anchor = i, ScopeFirst = 0 });
                }

                continue;
            }

            if (lower == "according" && i + 1 < t.Count && t[i + 1].Is("to"))
            {
                if (SourcePhraseRight(t, i + 2) is { } according && Make(text, t, according, mentions, -1, knownNames, requireSourceLike: false) is { } hit)
                {
                    hits.Add(hit with { Anchor = i, ScopeFirst = 0 }); // "according to X" covers its sentence
                }

                continue;
            }

            if (PublishedBy(t, i) is { } agent)
            {
                var pointsBack = PointsBack(t, i - 1);
                if (Make(text, t, agent, mentions, -1, knownNames, requireSourceLike: false) is { } hit)
                {
                    hits.Add(hit with { PointsBack = pointsBack, Anchor = i, ScopeFirst = 0 });
                }

                continue;
            }

            if (!token.IsIn(WordClasses.ReportingVerb) || !Lexicon.IsVerb(t, i) && !(i > 0 && t[i - 1].IsPunctuation(',')))
            {
                continue;
            }

            if (i > 0 && t[i - 1].IsWord && EnglishWordClasses.PassiveAuxiliaries.Contains(t[i - 1].Lower) && !lower.EndsWith("ing", StringComparison.Ordinal))
            {
                continue; // "growth is projected to be 2%", "the market is estimated to be twice": what is told of, not who tells it
            }

            if (lower is "add" or "added" or "adds" && i + 1 < t.Count && (t[i + 1].IsWord || t[i + 1].IsMention) && !t[i + 1].Is("that"))
            {
                continue; // "added 5,000 jobs", "added more jobs" are a change, not an attribution
            }

            var datedVerb = i + 2 < t.Count && t[i + 1].IsWord && t[i + 1].Lower is "on" or "in" or "last" or "this" && t[i + 2].Kind == ClaimTokenKind.Date;
            if (lower is "put" or "puts" or "show" or "shows" or "showed" or "shown" or "find" or "finds" or "found" or "state" or "states" or "note" or "notes"
                && !datedVerb && !(i + 1 < t.Count && (t[i + 1].Is("that") || !t[i + 1].IsWord || t[i + 1].IsMention)))
            {
                if (!(i + 1 < t.Count && t[i + 1].IsWord && !Lexicon.IsFunctionWord(t[i + 1])))
                {
                    continue;
                }
            }

            // "said on Friday", "reported last week", "said yesterday" — not "said fourth quarter sales rose".
            var dateToken = i + 2 < t.Count && t[i + 1].IsWord && t[i + 1].Lower is "on" or "in" or "last" or "this" && t[i + 2].Kind == ClaimTokenKind.Date ? i + 2
                : i + 1 < t.Count && t[i + 1].Kind == ClaimTokenKind.Date && mentions[t[i + 1].MentionIndex].Date?.Grain is DateGrain.Day or DateGrain.Week
                    && (i + 2 >= t.Count || !t[i + 2].IsWord || Lexicon.Subordinators.Contains(t[i + 2].Lower)) ? i + 1 : -1;
            var left = NounPhrases.Left(t, i, 0);
            var sayVerb = lower is "say" or "says" or "said" or "told" or "tells" or "added" or "adds" or "warned" or "warns" or "stated" or "insisted" or "argued" or "explained" or "noted" or "claimed" or "claims";
            if (left is { } speaker && (IsSourceLike(t, speaker, knownNames) || (sayVerb && !IsPronounPhrase(t, speaker))))
            {
                if (Make(text, t, speaker, mentions, dateToken, knownNames, requireSourceLike: !sayVerb) is { } hit)
                {
                    // "X said (that) ..." covers what follows; "..., X said." at the end covers what precedes.
                    var after = i + 1 + (dateToken > i ? dateToken - i : 0);
                    var atEnd = IsSentenceEnd(t, after);
                    var between = speaker.First > 0 && t[speaker.First - 1].IsPunctuation(',') && EndsClause(t, after);
                    hits.Add(atEnd ? hit with { Anchor = i, ScopeFirst = 0, ScopeLast = i }
                        : between ? hit with { Anchor = i, ScopeFirst = 0 } // "..., Acme said, and if ...": both clauses are the speaker's
                        : hit with { Anchor = i, ScopeFirst = speaker.First });
                    continue;
                }
            }

            // Inverted attribution at the end: "..., said John Smith, chief economist at the bank."
            if (i > 0 && t[i - 1].IsPunctuation(',') && SourcePhraseRight(t, i + 1) is { } inverted && IsSourceLike(t, inverted, knownNames)
                && Make(text, t, inverted, mentions, dateToken, knownNames, requireSourceLike: true) is { } invertedHit)
            {
                hits.Add(invertedHit with { Anchor = i, ScopeFirst = 0, ScopeLast = i });
            }
        }

        return hits;
    }

    // "released by X", "published by the ministry": the agent of a publishing verb, when token i is its "by".
    private static (int First, int Last)? PublishedBy(List<ClaimToken> t, int i) =>
        t[i].Is("by") && i > 0 && t[i - 1].IsWord && Lexicon.PublishingVerbs.Contains(t[i - 1].Lower) ? SourcePhraseRight(t, i + 1) : null;

    // "he said", "they said": a pronoun names no one without resolving it, which is not attempted.
    private static bool IsPronounPhrase(List<ClaimToken> t, (int First, int Last) np) =>
        np.First == np.Last && t[np.First].IsWord && (Lexicon.SubjectPronouns.Contains(t[np.First].Lower) || Lexicon.ObjectPronouns.Contains(t[np.First].Lower));

    private static bool IsSentenceEnd(List<ClaimToken> t, int from)
    {
        for (var k = from; k < t.Count; k++)
        {
            if (t[k].Kind != ClaimTokenKind.Punctuation || t[k].Text is "," or ";" or "-")
            {
                return false;
            }
        }

        return true;
    }

    // "Prices rose 0.9%, Acme said, and if ...": the attribution closes its clause, and another of the speaker's begins.
    private static bool EndsClause(List<ClaimToken> t, int from) =>
        from + 1 < t.Count && t[from].IsPunctuation(',') && t[from + 1].IsWord
        && t[from + 1].IsIn(WordClasses.ClauseBreak | WordClasses.ClauseBreakAfterComma);

    // "These figures were released by ...": the subject is a definite description of figures.
    private static bool PointsBack(List<ClaimToken> t, int verb)
    {
        var j = verb - 1;
        while (j >= 0 && t[j].IsWord && t[j].IsIn(WordClasses.Auxiliary))
        {
            j--;
        }

        if (NounPhrases.Left(t, j + 1, 0) is not { } np)
        {
            return false;
        }

        var headIndex = NounPhrases.Head(t, np.First, np.Last);
        var head = headIndex >= 0 ? t[headIndex].Lower : string.Empty;
        var first = t[np.First].Lower;
        return Lexicon.FigureNouns.Contains(head) && first is "these" or "the" or "those" or "such" or "this" or "both";
    }

    private static bool IsSourceLike(List<ClaimToken> t, (int First, int Last) np, IReadOnlySet<string> knownNames)
    {
        for (var i = np.First; i <= np.Last; i++)
        {
            var token = t[i];
            if (!token.IsWord)
            {
                continue;
            }

            if (Lexicon.SubjectPronouns.Contains(token.Lower) && np.First == np.Last)
            {
                return false;
            }

            if (Lexicon.SourceNouns.Contains(token.Lower) || (token.IsCapitalized && !Lexicon.IsFunctionWord(token) && (i > 0 || knownNames.Contains(token.Text))))
            {
                return true;
            }
        }

        return false;
    }

    // A source phrase to the right: capitalised names with "of/for/and" inside and a bracketed acronym,
    // or a noun phrase ("the company", "analysts at the bank").
    private static (int First, int Last)? SourcePhraseRight(List<ClaimToken> t, int start)
    {
        if (start >= t.Count)
        {
            return null;
        }

        var np = NounPhrases.Right(t, start, t.Count - 1, maxPrepositions: 3);
        if (np is not { } range)
        {
            return null;
        }

        var last = range.Last;
        // Keep a trailing bracketed acronym: "... Security Studies (PICSS)".
        if (last + 3 < t.Count && t[last + 1].Text == "(" && t[last + 2].IsCapitalized && t[last + 3].Text == ")")
        {
            last += 3;
        }

        return (range.First, last);
    }

    // "Meanwhile Acme said ...", "However, the bank said ...": an adverb that opens the sentence is none of the speaker's name.
    private static bool OpensSentence(List<ClaimToken> t, int i)
    {
        if (!t[i].IsWord && !t[i].IsPunctuation(','))
        {
            return false;
        }

        var k = t[i].IsPunctuation(',') ? i - 1 : i;
        for (var j = 0; j < k; j++)
        {
            if (t[j].IsWord || t[j].IsMention)
            {
                return false;
            }
        }

        return k >= 0 && t[k].IsWord && t[k].IsCapitalized && EnglishWordClasses.SentenceAdverbs.Contains(t[k].Lower);
    }

    private static SourceHit? Make(string text, List<ClaimToken> t, (int First, int Last) np, IReadOnlyList<Mention> mentions, int dateToken, IReadOnlySet<string> knownNames, bool requireSourceLike)
    {
        if (requireSourceLike && !IsSourceLike(t, np, knownNames))
        {
            return null;
        }

        // The source's own date inside its phrase: "A 2022 US Defence Department report".
        if (np.First > 0 && t[np.First - 1].Kind == ClaimTokenKind.Date)
        {
            // The scan stops at the date in "A 2022 US Defence Department report"; take it back in.
            var start = np.First - 1;
            if (start > 0 && t[start - 1].IsWord && t[start - 1].Lower is "a" or "an" or "the" or "its" or "their")
            {
                start--;
            }

            np = (start, np.Last);
        }

        var first = np.First;
        var last = np.Last;
        for (var i = np.First; i <= np.Last; i++)
        {
            if (t[i].Kind == ClaimTokenKind.Date)
            {
                dateToken = i;
            }
        }

        while (first <= last && (t[first].Kind == ClaimTokenKind.Date || (t[first].IsWord && t[first].Lower is "a" or "an" or "the" or "this" or "these" or "those")
            || OpensSentence(t, first)))
        {
            first++;
        }

        if (first > last)
        {
            return null;
        }

        var name = text[t[first].Start..t[last].End];
        var date = dateToken >= 0 ? mentions[t[dateToken].MentionIndex].Date : null;
        var span = new TextSpan(t[np.First].Start, t[np.Last].End);
        return new SourceHit(new ClaimSource(name, span, date), dateToken, PointsBack: false);
    }
}
