using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using FactCheck.Languages.English;
using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>
/// The claims stage: groups mentions into claims and links each to its subject, measure, time, source,
/// effective date, tariff details and related claims.
/// </summary>
/// <remarks>
/// <para>
/// Works sentence by sentence on tokens (mentions are single tokens), with no regular expressions and no
/// parser: cost is linear in the text. The readings are heuristics of English news, each documented where it
/// lives (<see cref="FigureGrouper"/>, <see cref="SubjectFinder"/>, <see cref="SourceFinder"/>,
/// <see cref="TariffReader"/>, <see cref="SubjectDescriber"/>). Across sentences it links:
/// </para>
/// <list type="bullet">
/// <item>a definite description or pronoun subject ("the increased tariff", "it") to the nearest earlier claim
/// with the same head noun (any claim for a pronoun) within four sentences: it takes that claim's key and entities;</item>
/// <item>an effective date ("takes full effect on April 9") in a sentence without figures to the rate claim
/// its subject points back to;</item>
/// <item>a passive attribution of "these figures" ("These figures were released by X") to the claims of the
/// two sentences before that have no source;</item>
/// <item>a change stated in the next sentence ("That is an increase of 12%", "The shortfall was 24.4% above the previous
/// record of $496.5bn") to the pair or level of the sentence before (<see cref="ChangeLinker"/>);</item>
/// <item>claims whose subject keys are equal, and a claim whose clause refers back with "it"/"them" to the
/// claims of the sentence before, as related.</item>
/// </list>
/// <para>Dates that are not a claim's time, an effective date or a source's date become <see cref="ClaimKind.Event"/> claims.</para>
/// </remarks>
internal sealed class ClaimExtractor
{
    private const int AnaphoraSentences = 4;

    private static readonly FrozenSet<string> PastForms = EnglishWordClasses.PastForms;

    private static readonly FrozenSet<string> PresentMarkers = EnglishWordClasses.PresentMarkers;

    /// <summary>Called as each sentence's claims start to be read; lets tests make one sentence fail.</summary>
    public Action<TextSpan>? SentenceStarting { get; init; }

    /// <summary>
    /// Reads the claims of a document. A sentence whose claims cannot be read is reported to <paramref name="sentenceFailed"/>
    /// and left without claims; the other sentences' claims are kept.
    /// </summary>
    public IReadOnlyList<Claim> Extract(
        Document document,
        IReadOnlyList<TextSpan> sentences,
        IReadOnlyList<Mention> mentions,
        CancellationToken cancellationToken,
        Action<TextSpan, Exception>? sentenceFailed = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        cancellationToken.ThrowIfCancellationRequested();
        if (mentions.Count == 0 || sentences.Count == 0)
        {
            return [];
        }

        var text = document.Text;
        var views = BuildViews(text, sentences, mentions);
        var knownNames = KnownNames(views);
        var drafts = new List<ClaimDraft>();
        var bySentence = new List<ClaimDraft>[views.Count];
        var usedDates = new HashSet<(int Sentence, int Token)>();
        for (var k = 0; k < views.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = drafts.Count;
            try
            {
                ReadSentence(k);
            }
#pragma warning disable CA1031 // A sentence whose claims fail is reported and left out; the other sentences keep theirs.
            catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
#pragma warning restore CA1031
            {
                drafts.RemoveRange(before, drafts.Count - before);
                bySentence[k] = [];
                sentenceFailed?.Invoke(views[k].Span, ex);
            }
        }

        void ReadSentence(int k)
        {
            SentenceStarting?.Invoke(views[k].Span);
            var s = views[k];
            if (!HasMention(s.Tokens))
            {
                // No figure and no date: no claim, no event and no date to give a claim. Only an attribution that points back
                // to the figures of the sentences before counts ("These figures were released by X").
                var none = new List<ClaimDraft>();
                ApplySources(SourceFinder.Find(text, s, mentions, knownNames, pointingBackOnly: true), none, bySentence, views, k);
                bySentence[k] = none;
                return;
            }

            var sentenceDrafts = FigureGrouper.Group(s, mentions);
            var sources = SourceFinder.Find(text, s, mentions, knownNames);
            foreach (var hit in sources)
            {
                if (hit.DateToken >= 0)
                {
                    usedDates.Add((k, hit.DateToken));
                }
            }

            var effectiveTokens = EffectiveDateTokens(s);
            foreach (var d in sentenceDrafts)
            {
                Describe(document, s, d, mentions, knownNames);
            }

            foreach (var d in sentenceDrafts)
            {
                AssignTime(document, s, d, mentions, sources, effectiveTokens, usedDates, sentenceDrafts);
            }

            StackedTariffReader.Read(s, mentions, sentenceDrafts);
            ApplySources(sources, sentenceDrafts, bySentence, views, k);
            ApplyEffectiveDates(text, s, mentions, effectiveTokens, sentenceDrafts, drafts, views, knownNames, usedDates);
            bySentence[k] = sentenceDrafts;
            drafts.AddRange(sentenceDrafts);
            var events = Events(document, s, mentions, knownNames, usedDates, sentenceDrafts);
            drafts.AddRange(events);
            bySentence[k].AddRange(events);
        }

        ResolveAnaphora(drafts, views);
        var entities = ArticleEntities.Read(text, views, knownNames);
        EntityResolver.Resolve(entities, views, drafts);
        SourceReferences.Resolve(entities, views, drafts);
        QuantityFinder.Find(text, entities, views, drafts, knownNames);
        EllipsisReader.Read(entities, views, mentions, drafts);
        EntityResolver.PlaceEconomies(entities, views, drafts);
        DirectionReader.Read(views, drafts);
        PeriodResolver.Resolve(text, document.Published, views, mentions, drafts);
        ChangeLinker.Link(views, mentions, drafts);
        LinkRelated(drafts, views);
        return Build(text, document.Source, views, mentions, drafts);
    }

    private static List<SentenceView> BuildViews(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> mentions)
    {
        var order = MentionOrder(mentions);
        var views = new List<SentenceView>(sentences.Count);
        var next = 0;
        var paragraph = 0;
        var previousEnd = 0;
        var inside = new List<int>();
        for (var k = 0; k < sentences.Count; k++)
        {
            var span = sentences[k];
            if (text.AsSpan(previousEnd, Math.Max(0, span.Start - previousEnd)).Contains('\n'))
            {
                paragraph++;
            }

            previousEnd = span.End;
            while (next < order.Length && mentions[order[next]].Span.Start < span.Start)
            {
                next++;
            }

            inside.Clear();
            var j = next;
            while (j < order.Length && mentions[order[j]].Span.Start < span.End)
            {
                inside.Add(order[j]);
                j++;
            }

            next = j;
            views.Add(new SentenceView(k, span, SentenceTokenizer.Tokenize(text, span, mentions, inside), paragraph));
        }

        return views;
    }

    private static bool HasMention(List<ClaimToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.IsMention)
            {
                return true;
            }
        }

        return false;
    }

    // The indices of the mentions in text order, the longer first of two that start together, else in the order found.
    private static int[] MentionOrder(IReadOnlyList<Mention> mentions)
    {
        // Sorted by a key per mention, its start, the longer first, then its index: no look-up of the mentions while sorting.
        var keys = new (int Start, int Longer, int Index)[mentions.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var span = mentions[i].Span;
            keys[i] = (span.Start, -span.Length, i);
        }

        Array.Sort(keys);
        return Array.ConvertAll(keys, key => key.Index);
    }

    // Words written with a capital inside sentences: names. A capitalised first word is a name only if it is one of these.
    private static HashSet<string> KnownNames(List<SentenceView> views)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var view in views)
        {
            var tokens = CollectionsMarshal.AsSpan(view.Tokens);
            for (var i = 1; i < tokens.Length; i++)
            {
                ref readonly var token = ref tokens[i];
                if (token.IsCapitalized && !Lexicon.IsFunctionWord(token) && tokens[i - 1].Text is not ("\"" or "\u201C" or ":" or "(" or "\u2018" or "'"))
                {
                    names.Add(token.Text);
                }
            }
        }

        return names;
    }

    private static void Describe(Document document, SentenceView s, ClaimDraft d, IReadOnlyList<Mention> mentions, IReadOnlySet<string> knownNames)
    {
        var t = s.Tokens;
        var subject = SubjectFinder.Find(document.Text, s, d, knownNames, out _);
        if (subject is not null && subject.Entities.Count == 0 && (subject.Text.StartsWith("its ", StringComparison.OrdinalIgnoreCase) || subject.Text.StartsWith("their ", StringComparison.OrdinalIgnoreCase)))
        {
            var (first, last) = s.ClauseRange(d.MainToken);
            var owner = SubjectFinder.ClauseSubject(document.Text, s, first, last, knownNames);
            if (owner is not null && owner.Entities.Count > 0 && owner.FirstToken != subject.FirstToken)
            {
                subject = SubjectDescriber.WithEntities(subject, owner.Entities);
            }
        }

        var firstFigure = d.FigureTokens().Min();
        if (subject is { IsAnaphoric: false, KeyWords.Count: 0, Entities.Count: 0 } && firstFigure > 0 && t[firstFigure - 1].IsWord
            && t[firstFigure - 1].Lower is "the" or "this" or "that" or "these" or "those" or "its" or "their")
        {
            // "The 29% duty": a definite description that restates an earlier claim.
            subject = new SubjectInfo(subject.Text, subject.Head, subject.KeyWords, subject.Entities, subject.FirstToken, subject.LastToken, isAnaphoric: true);
        }

        d.Subject = subject;
        if (subject is { IsAnaphoric: true, Head.Length: 0 })
        {
            var verb = SubjectFinder.FindVerbBefore(t, d.FigureTokens().Min(), s.ClauseRange(d.MainToken).First);
            d.PronounIsMeasured = verb >= 0 && (Lexicon.UpVerbs.Contains(t[verb].Lower) || Lexicon.DownVerbs.Contains(t[verb].Lower)
                || t[verb].Lower is "stood" or "stands" or "stand" or "reached" or "reaches" or "hit" or "hits" or "was" or "is" or "were" or "are" or "remained" or "remains" or "totalled" or "totaled" or "totals");
        }

        d.FirstToken = d.FigureTokens().Min();
        d.LastToken = d.FigureTokens().Max();
        if (d.ConversionTokens.Count > 0 && d.LastToken + 1 < t.Count && t[d.LastToken + 1].Text == ")")
        {
            d.LastToken++;
        }
        if (subject is not null && subject.FirstToken >= 0)
        {
            d.FirstToken = Math.Min(d.FirstToken, subject.FirstToken);
            d.LastToken = Math.Max(d.LastToken, subject.LastToken);
        }

        var main = mentions[t[d.MainToken].MentionIndex];
        d.Measure = MeasureOf(s, d, main, subject);
        d.IsPresentTense = IsPresentTense(s, d.MainToken);
        if (IsTariff(subject, main))
        {
            TariffReader.Read(s, d);
        }
    }

    private static Measure MeasureOf(SentenceView s, ClaimDraft d, Mention main, SubjectInfo? subject)
    {
        var head = subject?.Head ?? string.Empty;
        var t = s.Tokens;
        var after = d.MainToken + 1 < t.Count && t[d.MainToken + 1].IsWord ? t[d.MainToken + 1].Lower : string.Empty;
        var afterNext = d.MainToken + 2 < t.Count && t[d.MainToken + 2].IsWord ? t[d.MainToken + 2].Lower : string.Empty;
        switch (d.Kind)
        {
            case ClaimKind.Share:
                return Measure.Share;
            case ClaimKind.Change:
                return main.Kind switch
                {
                    MentionKind.Money => Measure.Amount,
                    MentionKind.Number => Measure.Count,
                    MentionKind.PercentagePoints => Lexicon.ShareNouns.Contains(head) ? Measure.Share : Measure.Rate, // points measure a rate or a share
                    _ => Measure.Growth,
                };
        }

        if (head == "growth")
        {
            return Measure.Growth;
        }

        switch (main.Kind)
        {
            case MentionKind.Percentage or MentionKind.PercentagePoints:
                if (Lexicon.ShareNouns.Contains(head) || head is "stake")
                {
                    return Measure.Share;
                }

                return Measure.Rate;
            case MentionKind.Money:
                if (Lexicon.PriceNouns.Contains(head) || Lexicon.PriceNouns.Contains(head + "s") || after is "a" or "an" or "per" or "each" or "apiece" && afterNext is not ("year" or "month" or "week" or "day" or "quarter")
                    || after is "per" or "each" or "apiece")
                {
                    return Measure.Price;
                }

                return Measure.Amount;
            case MentionKind.Number:
                return Measure.Count;
            case MentionKind.Multiplier:
                return Measure.Growth;
            default:
                return Measure.Unknown;
        }
    }

    // Present tense when the clause says "now"/"currently", or has "is"/"has"/"will" (present perfect counts);
    // else past when it has "was", an "-ed" verb or a common irregular past form; else present (including
    // clauses with no verb at all, as in headlines).
    private static bool IsPresentTense(SentenceView s, int token)
    {
        var t = s.Tokens;
        var (first, last) = s.ClauseRange(token);
        var past = false;
        for (var i = first; i <= last; i++)
        {
            if (!t[i].IsWord)
            {
                continue;
            }

            var lower = t[i].Lower;
            if (PresentMarkers.Contains(lower) && !(lower is "face" or "still" && !Lexicon.IsVerb(t, i)))
            {
                return true;
            }

            if (Lexicon.IsVerb(t, i) && (PastForms.Contains(lower) || lower.EndsWith("ed", StringComparison.Ordinal)) && !t[i].IsIn(WordClasses.ReportingVerb))
            {
                past = true; // "said" does not date what was said: "said the recall involves 155,465 pickups"
            }
        }

        return !past;
    }

    // The dates of a sentence that say when something takes effect, in text order ("effective from April 9", "from 2005
    // onwards"); null when none does, as in most sentences.
    private static List<int>? EffectiveDateTokens(SentenceView s)
    {
        var t = s.Tokens;
        List<int>? result = null;
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Kind != ClaimTokenKind.Date)
            {
                continue;
            }

            for (var j = i - 1; j >= 0 && j >= i - 4; j--)
            {
                if (t[j].IsWord && Lexicon.EffectiveWords.Contains(t[j].Lower))
                {
                    (result ??= []).Add(i);
                    break;
                }

                if (!t[j].IsWord)
                {
                    break;
                }
            }

            if (i + 1 < t.Count && t[i + 1].IsWord && t[i + 1].Lower is "onwards" or "onward" && (result is null || result[^1] != i))
            {
                (result ??= []).Add(i);
            }
        }

        return result;
    }

    // Whether the date at token i is the base a change of the draft is compared with ("compared with March 2004", "compared
    // with the same month last year"), a period named by its number or counted back (PeriodResolver.NamesBasePeriod).
    private static bool IsComparedBaseOf(List<ClaimToken> t, int i, ClaimDraft d) =>
        (d.Kind is ClaimKind.Change || d.StatedChangeToken is not null) && !d.BaseDateTokens.Contains(i)
        && FigureComparedWith(t, i) is >= 0 and var figure && d.FigureTokens().Contains(figure) && PeriodResolver.NamesBasePeriod(t[i].Text);

    // Whether a claim of the sentence compares with the date at token i ("up 5% on 2019"); read for each date of each claim.
    private static bool IsBaseDateOfAny(List<ClaimDraft> sentenceDrafts, int i)
    {
        foreach (var d in sentenceDrafts)
        {
            if (d.BaseDateTokens.Contains(i))
            {
                return true;
            }
        }

        return false;
    }

    private static void AssignTime(Document document, SentenceView s, ClaimDraft d, IReadOnlyList<Mention> mentions, List<SourceHit> sources,
        List<int>? effectiveTokens, HashSet<(int Sentence, int Token)> usedDates, List<ClaimDraft> sentenceDrafts)
    {
        var t = s.Tokens;
        var clause = s.ClauseOf[d.MainToken];
        var best = -1;
        var bestDistance = int.MaxValue;
        var fallback = -1;
        HashSet<int>? figureClauses = null;
        var owner = d.MainToken - 2;
        if (owner >= 0 && t[owner].Kind == ClaimTokenKind.Date && t[owner + 1].Kind == ClaimTokenKind.Possessive && !d.BaseDateTokens.Contains(owner))
        {
            // "December's 4% rise": the period owns the figure, whatever other figures of the sentence compare with it, and
            // whatever bound governs the phrase ("coming after December's 4% rise").
            usedDates.Add((s.Index, owner));
            d.Time = new ClaimTime(t[owner].Text, new TextSpan(t[owner].Start, t[owner].End), mentions[t[owner].MentionIndex].Date?.Unbounded());
            return;
        }

        if (Restated(t, d, sentenceDrafts) is { Time: { } restated })
        {
            // "creditors holding $41bn - or 40% of the total debt": the same sum put another way, at the same time.
            d.Time = restated;
            return;
        }

        var reportedAfter = ReportingVerbAfter(t, d.MainToken);
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Kind != ClaimTokenKind.Date || effectiveTokens?.Contains(i) == true || DatesASource(sources, i) || t[i].Text is "may" or "march")
            {
                continue;
            }

            if (reportedAfter >= 0 && i > reportedAfter)
            {
                continue; // "profits fell 33% and it warned that earnings in 2005 may slide": the date of another statement
            }

            if (IsComparedBaseOf(t, i, d))
            {
                d.BaseDateTokens.Add(i); // "rose 2.5% in March compared with March 2004": the period of the value it is compared with
            }

            if (d.BaseDateTokens.Contains(i) || IsBaseDateOfAny(sentenceDrafts, i) || IsBasePeriodOfAnyChange(t, i, sentenceDrafts, d, mentions)
                || (PeriodResolver.EarlierFigureDated(t, i) is >= 0 and var earlier && !d.FigureTokens().Contains(earlier)))
            {
                usedDates.Add((s.Index, i));
                continue;
            }

            if (s.ClauseOf[i] == clause)
            {
                var distance = Math.Abs(i - d.MainToken);
                if (distance < bestDistance)
                {
                    best = i;
                    bestDistance = distance;
                }
            }
            else if (i < d.MainToken && !(figureClauses ??= FigureClauses(s, sentenceDrafts)).Contains(s.ClauseOf[i]))
            {
                fallback = i;
            }
        }

        if (best < 0)
        {
            best = fallback;
        }

        if (best >= 0)
        {
            usedDates.Add((s.Index, best));
            var start = best > 0 && t[best - 1].IsWord && t[best - 1].Lower is "in" or "on" or "during" or "for" or "since" or "by" or "at" or "over" or "until" or "through"
                && t[best - 1].End <= t[best].Start ? best - 1 : best;
            start = PeriodBeforeTo(t, start);
            var span = new TextSpan(t[start].Start, t[best].End);
            var date = mentions[t[best].MentionIndex].Date;
            if (date is { Grain: DateGrain.Month, ShowsYear: false, Start: { } first, End: { } last, Bound: DateBound.None or DateBound.Until }
                && NamesMonthAlone(t[best].Text) && document.Published is DateOnly writtenOn && first > writtenOn && IsPastStatement(t, s.ClauseRange(d.MainToken).First, d.MainToken))
            {
                // "posted a loss in the 12 months through June", published in March: a past statement names the June before.
                var end = new DateOnly(last.Year - 1, last.Month, 1);
                date = new DateValue(date.Grain, first.AddYears(-1), end.AddMonths(1).AddDays(-1), date.Timex);
            }
            else if (date is { Grain: DateGrain.Month or DateGrain.Range, ShowsYear: false, Start: { } past, End: { } pastEnd, Bound: DateBound.None or DateBound.Until or DateBound.By }
                && NamesMonthAlone(t[best].Text) && document.Published is DateOnly writing && pastEnd < new DateOnly(writing.Year, writing.Month, 1).AddMonths(-1)
                && PeriodResolver.LooksAhead(t, s.ClauseRange(d.MainToken).First, Math.Min(best, d.MainToken)))
            {
                // "prices would rise 6% in the year to December", published in March: a forecast names the December ahead; "had
                // warned in September that it would" names the one before.
                date = new DateValue(date.Grain, past.AddYears(1), new DateOnly(pastEnd.Year + 1, pastEnd.Month, 1).AddMonths(1).AddDays(-1), date.Timex);
            }

            d.Time = new ClaimTime(span.Slice(document.Text), span, date);
            return;
        }

        var sourceDate = sources.FirstOrDefault(h => h.Source.Date is not null && h.DateToken >= 0);
        if (sourceDate is not null)
        {
            var token = t[sourceDate.DateToken];
            d.Time = new ClaimTime(token.Text, new TextSpan(token.Start, token.End), sourceDate.Source.Date);
            return;
        }

        if (d.IsPresentTense && document.Published is DateOnly published)
        {
            d.Time = PublicationTime(published);
        }
    }

    private static bool DatesASource(List<SourceHit> sources, int token)
    {
        foreach (var hit in sources)
        {
            if (hit.DateToken == token)
            {
                return true;
            }
        }

        return false;
    }

    // "$41bn - or 40% of the total debt", "30 pence, or 4.1%": a figure after "or" that restates the figure of another claim
    // of the sentence just before it.
    private static ClaimDraft? Restated(List<ClaimToken> t, ClaimDraft d, List<ClaimDraft> sentenceDrafts)
    {
        var i = d.FigureTokens().Min() - 1;
        while (i >= 0 && t[i].Kind == ClaimTokenKind.Punctuation && t[i].Text is "-" or "\u2013" or "\u2014" or "," or "(")
        {
            i--;
        }

        if (i < 1 || !t[i].Is("or"))
        {
            return null;
        }

        i--;
        while (i >= 0 && t[i].Kind == ClaimTokenKind.Punctuation && t[i].Text is "-" or "\u2013" or "\u2014" or "," or ")")
        {
            i--;
        }

        if (i < 0 || t[i].Kind != ClaimTokenKind.Figure)
        {
            return null;
        }

        foreach (var other in sentenceDrafts)
        {
            if (other != d && other.FigureTokens().Contains(i))
            {
                return other;
            }
        }

        return null;
    }

    // "..., and warned that": a reporting verb after the figure, past a conjunction, opens a statement of its own.
    private static int ReportingVerbAfter(List<ClaimToken> t, int figure)
    {
        for (var i = figure + 2; i + 1 < t.Count; i++)
        {
            if (t[i].IsWord && t[i].IsIn(WordClasses.ReportingVerb) && Lexicon.IsVerb(t, i) && t[i + 1].Is("that")
                && (t[i - 1].Lower is "and" or "but" || (t[i - 2].IsWord && t[i - 2].Lower is "and" or "but")))
            {
                return i;
            }
        }

        return -1;
    }

    // A clause told in the past before its figure ("posted", "fell"), with no modal or "to" that puts it ahead.
    internal static bool IsPastStatement(List<ClaimToken> t, int clauseFirst, int figure)
    {
        var past = false;
        for (var i = clauseFirst; i < figure; i++)
        {
            if (!t[i].IsWord)
            {
                continue;
            }

            if (EnglishWordClasses.AheadWords.Contains(t[i].Lower))
            {
                return false;
            }

            past |= Lexicon.IsVerb(t, i) && (PastForms.Contains(t[i].Lower) || t[i].Lower.EndsWith("ed", StringComparison.Ordinal));
        }

        return past;
    }

    // "in the 12 months through June", "the year to March": the span of the period the month ends, read whole.
    private static int PeriodBeforeTo(List<ClaimToken> t, int start)
    {
        var opens = t[start].IsWord ? t[start].Lower : t[start].Kind == ClaimTokenKind.Date ? FirstWord(t[start].Text) : string.Empty;
        if (start < 2 || !PeriodLexicon.PeriodTo.Contains(opens))
        {
            return start;
        }

        var i = start - 1;
        if (t[i].IsWord && t[i].Lower is "year" or "months")
        {
            i--;
            if (i >= 0 && (t[i].Kind == ClaimTokenKind.Figure || (t[i].IsWord && t[i].Lower is "twelve" or "12")))
            {
                i--;
            }

            return i >= 0 && t[i].Is("the") ? i : start;
        }

        return start;
    }

    private static readonly FrozenSet<string> MonthNames = EnglishCalendarWords.MonthNames.Split('|').ToFrozenSet(StringComparer.Ordinal);

    // "June", "through June": a month by its name, not one counted from now ("next month").
    private static bool NamesMonthAlone(string dateText)
    {
        var space = dateText.LastIndexOf(' ');
        return MonthNames.Contains(space < 0 ? dateText : dateText[(space + 1)..]);
    }

    private static string FirstWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return SentenceTokenizer.Lower(space < 0 ? text : text[..space]);
    }

    // Whether the date at token i is the base of the claim's change or of another change of the sentence: "made £347m, an
    // 82% jump on 2003" leaves 2003 to the jump.
    private static bool IsBasePeriodOfAnyChange(List<ClaimToken> t, int i, List<ClaimDraft> sentenceDrafts, ClaimDraft d, IReadOnlyList<Mention> mentions)
    {
        if (IsBasePeriodOfChange(t, i, d, mentions))
        {
            return true;
        }

        foreach (var other in sentenceDrafts)
        {
            if (other != d && IsBasePeriodOfChange(t, i, other, mentions))
            {
                return true;
            }
        }

        return false;
    }

    // "rose 15% from a year ago", "up 31.8% on the previous year": the period a change is measured from, not the claim's time.
    private static bool IsBasePeriodOfChange(List<ClaimToken> t, int date, ClaimDraft d, IReadOnlyList<Mention> mentions)
    {
        if (d.Kind is not (ClaimKind.Change or ClaimKind.Range) && d.StatedChangeToken is null && d.Direction == ChangeDirection.None)
        {
            return false; // "will fall 8-9% from the year before": a range of changes is measured from a base too
        }

        if (date < 2 || !t[date - 1].IsWord)
        {
            return false;
        }

        var before = t[date - 1].Lower;
        if (ComparedWithBefore(t, date))
        {
            return true; // "fell 0.2% compared with the previous quarter": the base of the change
        }

        return (before == "from" && date - 2 >= 0 && (t[date - 2].Kind == ClaimTokenKind.Figure || t[date - 2].IsWord && t[date - 2].Lower is "up" or "down"))
            || (before == "on" && (t[date - 2].Kind == ClaimTokenKind.Figure || (date >= 3 && t[date - 3].Kind == ClaimTokenKind.Figure && t[date - 2].IsWord
                && Lexicon.IsChangeNoun(t[date - 2].Lower)))
                && mentions[t[date].MentionIndex].Date?.Grain != DateGrain.Day); // "an 82% jump on 2003"; "up 6% on Thursday" is when
    }

    // "fell 0.2% compared with the previous quarter", "rose 8% compared with the same period a year earlier", "fell 1.3% in
    // February compared with the same month last year": "compared with" or "compared to" (and "the", or "the same period")
    // between a figure, or a figure and its own period, and the date.
    private static bool ComparedWithBefore(List<ClaimToken> t, int date) => FigureComparedWith(t, date) >= 0;

    /// <summary>The figure a date after "compared with" is the base of (see <see cref="ComparedWithBefore"/>), or -1.</summary>
    private static int FigureComparedWith(List<ClaimToken> t, int date)
    {
        var j = date - 1;
        if (j >= 2 && (t[j].Is("period") || PeriodLexicon.PeriodMonths.ContainsKey(t[j].Lower)) && t[j - 1].Is("same") && t[j - 2].Is("the"))
        {
            j -= 2; // "compared with the same period a year earlier"
        }
        else if (j >= 1 && PeriodResolver.IsSamePeriod(t[j]))
        {
            j--; // "compared with the same month last year": "same month" read as a date of its own
        }

        if (j >= 0 && t[j].Is("the"))
        {
            j--;
        }

        if (j < 1 || !t[j].IsWord || !PeriodResolver.IsComparedWith(t, j))
        {
            return -1;
        }

        var k = j - 2;
        if (k >= 0 && t[k].IsPunctuation(','))
        {
            k--;
        }

        if (k >= 2 && t[k].Kind == ClaimTokenKind.Date && t[k - 1].IsWord && t[k - 1].Lower is "in" or "for")
        {
            k -= 2; // "fell 1.3% in February compared with ...": the figure's own period before the base
        }

        return k >= 0 && t[k].Kind == ClaimTokenKind.Figure ? k : -1;
    }

    private static ClaimTime PublicationTime(DateOnly published)
    {
        var iso = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ClaimTime(iso, null, new DateValue(DateGrain.Day, published, published, iso), TimeBasis.PublicationDate);
    }

    private static void ApplySources(List<SourceHit> sources, List<ClaimDraft> sentenceDrafts, List<ClaimDraft>[] bySentence, List<SentenceView> views, int k)
    {
        foreach (var hit in sources)
        {
            if (hit.PointsBack && sentenceDrafts.Count > 0)
            {
                continue;
            }

            if (hit.PointsBack)
            {
                // "These figures were released by X": the figures of the sentences before, in the same paragraph.
                for (var back = k - 1; back >= 0 && back >= k - 2 && views[back].Paragraph == views[k].Paragraph; back--)
                {
                    var earlier = bySentence[back].Where(x => x.Kind != ClaimKind.Event).ToList();
                    if (earlier.Count == 0)
                    {
                        continue;
                    }

                    foreach (var d in earlier.Where(x => x.Source is null))
                    {
                        d.Source = hit.Source;
                    }

                    break;
                }

                continue;
            }

        }

        foreach (var d in sentenceDrafts)
        {
            // The nearest attribution whose words cover the claim: "X said ... and Y believe ..." gives each its own.
            SourceHit? best = null;
            var bestDistance = int.MaxValue;
            foreach (var h in sources)
            {
                var distance = h.Anchor <= d.MainToken ? d.MainToken - h.Anchor : 2 * (h.Anchor - d.MainToken);
                if (!h.PointsBack && h.Covers(d.MainToken) && distance < bestDistance)
                {
                    best = h;
                    bestDistance = distance;
                }
            }

            d.Source ??= best?.Source;
        }
    }

    private static void ApplyEffectiveDates(string text, SentenceView s, IReadOnlyList<Mention> mentions, List<int>? effectiveTokens,
        List<ClaimDraft> sentenceDrafts, List<ClaimDraft> earlier, List<SentenceView> views, IReadOnlySet<string> knownNames, HashSet<(int Sentence, int Token)> usedDates)
    {
        if (effectiveTokens is null)
        {
            return;
        }

        foreach (var token in effectiveTokens)
        {
            var t = s.Tokens;
            var time = EffectiveTime(text, t, token, mentions);
            var governed = sentenceDrafts.Where(d => d.Measure is Measure.Rate or Measure.Price).ToList();
            if (governed.Count > 0)
            {
                foreach (var d in governed)
                {
                    d.EffectiveDate ??= time;
                }

                usedDates.Add((s.Index, token));
                continue;
            }

            if (sentenceDrafts.Count > 0)
            {
                continue;
            }

            // "The increased tariff takes full effect on April 9": the subject points back to a rate claim.
            var (first, last) = s.ClauseRange(token);
            var subject = SubjectFinder.ClauseSubject(text, s, first, last, knownNames);
            if (subject is null)
            {
                continue;
            }

            var isPronoun = subject.Head.Length == 0 || Lexicon.SubjectPronouns.Contains(SentenceTokenizer.Lower(subject.Text));
            if (EffectiveDateAntecedent(earlier, s.Index, subject.Head, isPronoun) is { } antecedent)
            {
                antecedent.EffectiveDate ??= time;
                usedDates.Add((s.Index, token));
            }
        }
    }

    /// <summary>
    /// The latest rate or price claim, of the four sentences before <paramref name="sentence"/> or of it, that a clause
    /// subject with the head <paramref name="head"/> (or a pronoun) points back to. Reads back from the end of
    /// <paramref name="drafts"/> (in sentence order) and stops at the first draft out of reach, so a long document costs
    /// no more per sentence than a short one.
    /// </summary>
    internal static ClaimDraft? EffectiveDateAntecedent(IReadOnlyList<ClaimDraft> drafts, int sentence, string head, bool isPronoun)
    {
        for (var n = drafts.Count - 1; n >= 0; n--)
        {
            var d = drafts[n];
            if (d.Sentence < sentence - AnaphoraSentences)
            {
                break;
            }

            if (d.Kind != ClaimKind.Event && d.Measure is Measure.Rate or Measure.Price && d.Subject is not null && (isPronoun || d.Subject.Head == head))
            {
                return d;
            }
        }

        return null;
    }

    private static ClaimTime EffectiveTime(string text, List<ClaimToken> t, int token, IReadOnlyList<Mention> mentions)
    {
        var start = token > 0 && t[token - 1].IsWord && t[token - 1].Lower is "on" or "from" or "by" ? token - 1 : token;
        var span = new TextSpan(t[start].Start, t[token].End);
        return new ClaimTime(span.Slice(text), span, mentions[t[token].MentionIndex].Date);
    }

    private static List<ClaimDraft> Events(Document document, SentenceView s, IReadOnlyList<Mention> mentions, IReadOnlySet<string> knownNames,
        HashSet<(int Sentence, int Token)> usedDates, List<ClaimDraft> sentenceDrafts)
    {
        var events = new List<ClaimDraft>();
        var t = s.Tokens;
        HashSet<int>? figureClauses = null;
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Kind != ClaimTokenKind.Date || usedDates.Contains((s.Index, i)) || (figureClauses ??= FigureClauses(s, sentenceDrafts)).Contains(s.ClauseOf[i]))
            {
                continue;
            }

            var mention = mentions[t[i].MentionIndex];
            if (mention.Text is "may" or "march")
            {
                continue; // the modal "may" or the verb "march" read as a month: no event to report
            }

            var (clauseFirst, clauseLast) = s.ClauseRange(i);
            var anchor = i > clauseFirst && t[i - 1].IsWord && t[i - 1].IsIn(WordClasses.Preposition) ? i - 1 : i;
            SubjectInfo? subject = null;
            var next = i + 1;
            while (next + 1 <= clauseLast && t[next].IsWord && t[next].Lower is "and" or "or" && t[next + 1].Kind == ClaimTokenKind.Date)
            {
                next += 2; // "2000 and 2003 results"
            }

            if (anchor == i && NounPhrases.IsContentWord(t, next) && NounPhrases.Right(t, next, clauseLast, maxPrepositions: 1) is { } modified)
            {
                // A date that modifies a noun: "2003 results", "Time Warner's fourth quarter profits".
                var from = i > clauseFirst && t[i - 1].Kind == ClaimTokenKind.Possessive && NounPhrases.Left(t, i, clauseFirst) is { } owner ? owner.First : modified.First;
                subject = SubjectDescriber.Describe(document.Text, t, from, modified.Last, knownNames);
            }
            else if (NounPhrases.Left(t, anchor, clauseFirst) is { } np && !(np.First == np.Last && Lexicon.SubjectPronouns.Contains(t[np.First].Lower)))
            {
                var from = np.First;
                if (np.First > clauseFirst && Lexicon.IsVerb(t, np.First - 1) && NounPhrases.Left(t, np.First - 1, clauseFirst) is { } actor
                    && !(actor.First == actor.Last && Lexicon.SubjectPronouns.Contains(t[actor.First].Lower)))
                {
                    from = actor.First; // the object of a verb: the event is the whole act, "the Taliban seized Kabul"
                }

                subject = SubjectDescriber.Describe(document.Text, t, from, np.Last, knownNames);
            }

            subject ??= SubjectFinder.ClauseSubject(document.Text, s, clauseFirst, clauseLast, knownNames);
            if (subject is not null && subject.Entities.Count == 0 && (subject.Text.StartsWith("its ", StringComparison.OrdinalIgnoreCase) || subject.Text.StartsWith("their ", StringComparison.OrdinalIgnoreCase)))
            {
                var owner = SubjectFinder.ClauseSubject(document.Text, s, clauseFirst, clauseLast, knownNames);
                if (owner is not null && owner.Entities.Count > 0)
                {
                    subject = SubjectDescriber.WithEntities(subject, owner.Entities);
                }
            }

            var d = new ClaimDraft(s.Index, s.ClauseOf[i], ClaimKind.Event, i)
            {
                Subject = subject,
                Measure = Measure.Unknown,
                FirstToken = subject is { FirstToken: >= 0 } ? Math.Min(subject.FirstToken, i) : i,
                LastToken = subject is { LastToken: >= 0 } ? Math.Max(subject.LastToken, i) : i,
            };
            var start = anchor < i && t[anchor].End <= t[i].Start ? anchor : i;
            var span = new TextSpan(t[start].Start, t[i].End);
            d.Time = new ClaimTime(span.Slice(document.Text), span, mention.Date);
            usedDates.Add((s.Index, i));
            events.Add(d);
        }

        return events;
    }

    // The clauses of a sentence that hold a claim's main figure.
    private static HashSet<int> FigureClauses(SentenceView s, List<ClaimDraft> sentenceDrafts)
    {
        var clauses = new HashSet<int>();
        foreach (var d in sentenceDrafts)
        {
            clauses.Add(s.ClauseOf[d.MainToken]);
        }

        return clauses;
    }

    private static void ResolveAnaphora(List<ClaimDraft> drafts, List<SentenceView> views)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Subject is not { IsAnaphoric: true } subject)
            {
                continue;
            }

            var isPronoun = subject.Head.Length == 0 || Lexicon.SubjectPronouns.Contains(SentenceTokenizer.Lower(subject.Text));
            if (isPronoun && !d.PronounIsMeasured)
            {
                continue; // "It has offered to pay $300m": "it" is an actor, not the thing measured
            }

            for (var j = i - 1; j >= 0; j--)
            {
                var e = drafts[j];
                if (e.Sentence < d.Sentence - AnaphoraSentences)
                {
                    break;
                }

                if (e.Kind == ClaimKind.Event || e.Subject is null || e.Subject.IsAnaphoric || (e.Sentence == d.Sentence && !isPronoun))
                {
                    continue;
                }

                if (isPronoun ? e.Sentence < d.Sentence : e.Subject.Head == subject.Head)
                {
                    d.Subject = new SubjectInfo(isPronoun ? e.Subject.Text : subject.Text, e.Subject.Head, e.Subject.KeyWords, e.Subject.Entities, subject.FirstToken, subject.LastToken, isAnaphoric: false);
                    d.Related.Add(j);
                    e.Related.Add(i);
                    break;
                }
            }
        }

        _ = views;
    }

    /// <summary>How many claims of the same subject, on each side in text order, a claim is linked to.</summary>
    private const int SameSubjectLinks = 8;

    private static void LinkRelated(List<ClaimDraft> drafts, List<SentenceView> views)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++)
        {
            var key = KeyOf(drafts[i].Subject);
            if (string.IsNullOrEmpty(key))
            {
                continue;
            }

            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = [];
            }

            list.Add(i);
        }

        // Each claim links to the nearest claims of the same subject on either side, not to all of them: a long
        // document that names one subject thousands of times would otherwise grow links with the square of its length.
        foreach (var list in byKey.Values.Where(l => l.Count > 1))
        {
            for (var n = 0; n < list.Count; n++)
            {
                var from = Math.Max(0, n - SameSubjectLinks);
                var to = Math.Min(list.Count - 1, n + SameSubjectLinks);
                for (var m = from; m <= to; m++)
                {
                    if (m != n)
                    {
                        drafts[list[n]].Related.Add(list[m]);
                    }
                }
            }
        }

        // The drafts come sentence by sentence: those of sentence k are the ones from firstOf[k] up to firstOf[k + 1].
        var firstOf = new int[views.Count + 1];
        for (int k = 0, j = 0; k <= views.Count; k++)
        {
            while (j < drafts.Count && drafts[j].Sentence < k)
            {
                j++;
            }

            firstOf[k] = j;
        }

        // "The Taliban captured most of it": an object pronoun points to the claims of the sentence before.
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var s = views[d.Sentence];
            var (first, last) = s.ClauseRange(d.MainToken);
            var pointsBack = false;
            for (var k = Math.Max(first, 1); k <= last; k++)
            {
                var token = s.Tokens[k];
                if (token.IsWord && token.Lower is "it" or "them" && (s.Tokens[k - 1].IsWord && (s.Tokens[k - 1].IsIn(WordClasses.Preposition) || Lexicon.IsVerb(s.Tokens, k - 1))))
                {
                    pointsBack = true;
                    break;
                }
            }

            if (!pointsBack)
            {
                continue;
            }

            for (var j = d.Sentence > 0 ? firstOf[d.Sentence - 1] : 0; j < firstOf[d.Sentence]; j++)
            {
                if (drafts[j].Kind != ClaimKind.Event)
                {
                    d.Related.Add(j);
                    drafts[j].Related.Add(i);
                }
            }
        }
    }

    private static List<Claim> Build(string text, string source, List<SentenceView> views, IReadOnlyList<Mention> mentions, List<ClaimDraft> drafts)
    {
        // Claims in text order of their main figures; drafts whose main figures start together keep their order.
        var keys = new long[drafts.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ((long)views[drafts[i].Sentence].Tokens[drafts[i].MainToken].Start << 32) | (uint)i;
        }

        Array.Sort(keys);
        var order = Array.ConvertAll(keys, key => (int)(key & uint.MaxValue));
        var ids = new string[drafts.Count];
        var ranks = new int[drafts.Count];
        for (var n = 0; n < order.Length; n++)
        {
            ids[order[n]] = string.Create(CultureInfo.InvariantCulture, $"c{n + 1}");
            ranks[order[n]] = n;
        }

        // The wording of a sentence is read once, however many claims it holds.
        var wordingRead = new bool[views.Count];
        var clauseStarts = new List<int>();
        var clausesOf = -1;
        var wordings = new ClaimModality?[views.Count];

        var claims = new List<Claim>(drafts.Count);
        foreach (var i in order)
        {
            var d = drafts[i];
            var t = views[d.Sentence].Tokens;
            var main = mentions[t[d.MainToken].MentionIndex];
            var span = new TextSpan(t[d.FirstToken].Start, t[d.LastToken].End);
            var value = main.Value;
            var low = main.Low;
            var high = main.High;
            var unit = main.Unit;
            var qualifier = main.Qualifier;
            if (d.RangeEndToken is int rangeEnd)
            {
                var upper = mentions[t[rangeEnd].MentionIndex];
                high = Math.Max(high, upper.High);
                low = Math.Min(low, upper.Low);
                unit = unit.Length == 0 ? upper.Unit : unit;
                qualifier = Qualifier.Between;
            }

            var figureIndices = FigureMentions(d, t, mentions);
            var previous = Figure(t, mentions, d.PreviousToken) ?? Figure(mentions, d.LinkedPreviousMention);
            var subject = d.Subject;
            var claimText = span.Slice(text);
            if (!wordingRead[d.Sentence])
            {
                wordings[d.Sentence] = ClaimWording.SentenceModality(text, views[d.Sentence].Span);
                wordingRead[d.Sentence] = true;
            }

            // The clauses matter only where the sentence has plan or future wording; read once per sentence.
            if (wordings[d.Sentence] is not null && clausesOf != d.Sentence)
            {
                ClaimWording.ClauseStarts(text, views[d.Sentence].Span, clauseStarts);
                clausesOf = d.Sentence;
            }
            var claim = new Claim(
                ids[i],
                d.Kind,
                span,
                claimText,
                value,
                unit,
                low,
                high,
                Array.ConvertAll(figureIndices, index => ClaimFigure.FromMention(mentions[index], index)),
                document: source,
                qualifier: qualifier,
                direction: d.Direction,
                previous: previous,
                previousValue: previous?.Value,
                statedChange: Figure(t, mentions, d.StatedChangeToken) ?? Figure(mentions, d.LinkedStatedChangeMention),
                whole: Figure(t, mentions, d.WholeToken),
                comparedWith: Figure(t, mentions, d.ComparedToken),
                rank: d.Rank,
                subject: subject?.Text ?? string.Empty,
                subjectKey: KeyOf(subject),
                entities: EntitiesOf(subject, d.Entity),
                entity: d.Entity,
                entityResolution: d.EntityResolution,
                quantity: d.Quantity,
                previousTime: d.PreviousTime,
                measure: d.Measure,
                modality: ClaimWording.ModalityOf(ClaimWording.ClauseModality(text, views[d.Sentence].Span, t[d.MainToken].Start, wordings[d.Sentence], clauseStarts), d.IsPresentTense),
                time: d.Time,
                effectiveDate: d.EffectiveDate,
                source: d.Source,
                related: RelatedIds(d.Related, ids, ranks, order),
                tariff: d.Kind != ClaimKind.Event && (IsTariff(subject, main) || d.StackedAdditionalToken is not null)
                    ? new TariffDetails(
                        value,
                        previous?.Value,
                        d.Imposer,
                        d.Target,
                        d.Goods,
                        d.IsAdditional,
                        existingRate: Figure(t, mentions, d.StackedExistingToken),
                        additionalRate: Figure(t, mentions, d.StackedAdditionalToken),
                        totalRate: d.StackedAdditionalToken is null ? null : Figure(t, mentions, d.MainToken))
                    : null)
            {
                Cues = ClaimWording.CuesOf(claimText, subject?.Text ?? string.Empty) | (d.CrossesZero ? ClaimCues.CrossesZero : ClaimCues.None),
            };
            claims.Add(claim);
        }

        return claims;
    }

    // The mentions of a claim's figures, linked ones from other sentences included, each once, in text order.
    private static int[] FigureMentions(ClaimDraft d, List<ClaimToken> t, IReadOnlyList<Mention> mentions)
    {
        var indices = new List<int>(4);
        foreach (var token in d.FigureTokens())
        {
            AddOnce(indices, t[token].MentionIndex);
        }

        if (d.LinkedPreviousMention is int linkedPrevious)
        {
            AddOnce(indices, linkedPrevious);
        }

        if (d.LinkedStatedChangeMention is int linkedChange)
        {
            AddOnce(indices, linkedChange);
        }

        // A claim has a handful of figures: an insertion sort, stable, so figures that start together keep their order.
        var result = indices.ToArray();
        for (var i = 1; i < result.Length; i++)
        {
            var index = result[i];
            var j = i - 1;
            while (j >= 0 && mentions[result[j]].Span.Start > mentions[index].Span.Start)
            {
                result[j + 1] = result[j];
                j--;
            }

            result[j + 1] = index;
        }

        return result;

        static void AddOnce(List<int> list, int index)
        {
            if (!list.Contains(index))
            {
                list.Add(index);
            }
        }
    }

    // The ids of the related claims in text order ("c2" before "c10").
    private static string[] RelatedIds(HashSet<int> related, string[] ids, int[] ranks, int[] order)
    {
        if (related.Count == 0)
        {
            return [];
        }

        var byRank = new int[related.Count];
        var n = 0;
        foreach (var r in related)
        {
            byRank[n++] = ranks[r];
        }

        Array.Sort(byRank);
        var result = new string[byRank.Length];
        for (var i = 0; i < byRank.Length; i++)
        {
            result[i] = ids[order[byRank[i]]];
        }

        return result;
    }

    // The entity a claim is about comes first, then the other names of its subject.
    private static IReadOnlyList<string> EntitiesOf(SubjectInfo? subject, string entity)
    {
        var named = subject?.Entities ?? [];
        if (entity.Length == 0 || named.Contains(entity, StringComparer.Ordinal))
        {
            return named;
        }

        return [entity, .. named];
    }

    // A tariff claim: the subject is a tariff, duty or levy, or a rate whose subject names one ("tariff rate on steel").
    private static bool IsTariff(SubjectInfo? subject, Mention main) =>
        subject is not null && (subject.Head == "tariff" || (subject.KeyWords.Contains("tariff") && main.Kind is MentionKind.Percentage or MentionKind.PercentagePoints));

    // An unresolved pronoun ("it") has no key: it must not meet every other "it".
    private static string KeyOf(SubjectInfo? subject) =>
        subject is null || (subject.IsAnaphoric && subject.Head.Length == 0) ? string.Empty : subject.Key;

    private static ClaimFigure? Figure(List<ClaimToken> t, IReadOnlyList<Mention> mentions, int? token) =>
        token is int index ? Figure(mentions, t[index].MentionIndex) : null;

    private static ClaimFigure? Figure(IReadOnlyList<Mention> mentions, int? mentionIndex)
    {
        if (mentionIndex is not int index)
        {
            return null;
        }

        var m = mentions[index];
        return new ClaimFigure(index, m.Span, m.Text, m.Value, m.Unit, m.Low, m.High, m.Qualifier);
    }
}
