using System.Globalization;
using FactCheck.Languages.English;
using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>
/// Settles the period of each claim, and of the earlier value of pairs and changes, with what the sentences before say.
/// </summary>
/// <list type="bullet">
/// <item><b>Bounds</b>: a date recognition marks as bounded by "since" or "after" (<see cref="DateValue.Bound"/>) bounds the figure's period; for a change it is the earlier period
/// ("has halved since August").</item>
/// <item><b>Earlier value</b>: a date right after the earlier figure of a pair ("from £3.2bn in 2003 to £2.9bn in 2004"), or on
/// the way to a base ("24.4% above the previous record - 2003's gap of $496.5bn"), is its period; "a year earlier", "on the month", "the previous quarter" place it one period before the claim's; a change with
/// a period and no other word about its base is measured against the period before (a year for a year, a month for a
/// month).</item>
/// <item><b>Context</b>: a claim whose clause names no period takes the last period named by a claim of the three sentences
/// before, in the past tense; in the present tense only from its own or the previous sentence; a forecast, a plan or a
/// condition ("will", "would", "plans") never.</item>
/// <item><b>Days</b>: "that day" and "the same day" are the day named in the sentence or the one before; "a day later" counts
/// from a day of the story, not from publication, so it is no period of its own.</item>
/// <item><b>Events</b>: a claim with no period named or in context takes that of a past event of the same measure told in
/// the three sentences before ("Wholesale prices rose at the fastest rate in six years in January."); results told of a
/// period ("Acme saw strong fourth-quarter profits") are the context of the figures after them, whatever they measure.</item>
/// <item><b>Whole year</b>: results of a whole year ("annual profits fell 33%") told in the past, with no period named or
/// in context, are those of the last calendar year when the text is written in the first months of the next.</item>
/// <item><b>Relative to context</b>: "the previous year" and "a year earlier" as a claim's own period count back from the
/// period the text is about, not from the publication date; "the year to March 2005" starts in April 2004.</item>
/// <item><b>Not carried</b>: a period owned by a noun ("last year's peak of $55.67") or one after the time of writing ("aims to
/// save £190m a year from 2009") is no context for the sentences after it.</item>
/// <item><b>Calendar parts</b>: "the three months to 31 December" is the fourth quarter, "the six months to June" the first
/// half: a change over it is measured against the same part of the year before.</item>
/// </list>
internal static class PeriodResolver
{
    private const int ContextSentences = 3;

    // Results of a calendar year come out in the first months of the next: an annual figure told in the past up to April
    // is of the year before; later in the year it may be of a fiscal year, which the words do not say.
    private const int ResultsSeasonMonths = 4;

    // The lower-case words of a time's text. Times are few per sentence; splitting them again per reading would cost more
    // than keeping them.
    private static string[] Words(string timeText) => SentenceTokenizer.Lower(timeText).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static void Resolve(string text, DateOnly? published, IReadOnlyList<SentenceView> views, IReadOnlyList<Mention> mentions, IEnumerable<ClaimDraft> drafts)
    {
        (ClaimTime Time, int Sentence)? context = null;
        (ClaimTime Time, int Sentence, string Head)? told = null;
        (ClaimTime Time, int Sentence)? lastDay = null;
        foreach (var d in drafts)
        {
            if (d.Time is { Span: not null, Date.Grain: DateGrain.Day } namedDay && !CountsFromStory(namedDay.Text))
            {
                lastDay = (namedDay, d.Sentence);
            }

            if (d.Kind == ClaimKind.Event)
            {
                if (d.Time is { Basis: TimeBasis.Named, Date: { Bound: DateBound.None, Grain: DateGrain.Year or DateGrain.HalfYear or DateGrain.Quarter or DateGrain.Month } }
                    && d.Subject is { Head.Length: > 0 } happened && ClaimExtractor.IsPastStatement(views[d.Sentence].Tokens, views[d.Sentence].ClauseRange(d.MainToken).First, d.MainToken))
                {
                    told = (d.Time, d.Sentence, happened.Head);
                    if (EnglishWordClasses.ResultNouns.Contains(happened.Head) && !(published is { } writing && d.Time.Date.Start > writing))
                    {
                        // "Acme saw strong fourth-quarter profits. Sales rose 5%.": results told of a period are the period the
                        // figures after them are about, whatever they measure.
                        context = (d.Time, d.Sentence);
                    }
                }

                continue;
            }

            var t = views[d.Sentence].Tokens;
            var changes = d.Kind is ClaimKind.Change || d.PreviousToken is not null || d.StatedChangeToken is not null || d.Direction != ChangeDirection.None;
            if (d.Time is { Basis: TimeBasis.Named, Span: not null, Date.Bound: DateBound.Since or DateBound.After } named)
            {
                if (changes)
                {
                    d.PreviousTime = named;
                }

                d.Time = null;
            }

            if (d.Time is { Basis: TimeBasis.Named, Span: { } partSpan } part && YearPart(text, t, part, partSpan) is { } narrowed)
            {
                d.Time = narrowed;
            }
            else if (d.Time is { Basis: TimeBasis.Named } span && CalendarPart(span) is { } calendarPart)
            {
                d.Time = calendarPart;
            }
            else if (d.Time is { Basis: TimeBasis.Named, Span: { } quarterSpan } quarter && QuarterEndedOn(t, quarter, quarterSpan, mentions) is { } ended)
            {
                d.Time = ended;
            }

            foreach (var owned in d.FigureTokens())
            {
                if (owned != d.MainToken && owned > 1 && t[owned - 1].Kind == ClaimTokenKind.Possessive && t[owned - 2].Kind == ClaimTokenKind.Date)
                {
                    // "up from 2002's $900m": the earlier value's period is its owner.
                    d.PreviousTime = TimeOf(text, t, owned - 2, mentions);
                    changes = true;
                    break;
                }
            }

            var previousMonths = 0;
            if (d.PreviousToken is int previous && DateAfter(t, previous) is int previousDate)
            {
                var previousSpan = new TextSpan(t[previousDate].Start, t[previousDate].End);
                previousMonths = MonthsBack(previousSpan.Slice(text));
                if (previousMonths == 0)
                {
                    d.PreviousTime = new ClaimTime(previousSpan.Slice(text), previousSpan, mentions[t[previousDate].MentionIndex].Date);
                }

                if (d.Time?.Span is { } timeSpan && timeSpan.End == previousSpan.End)
                {
                    // "from £3.2bn in 2003 to £2.9bn in 2004": the claim's period is the one after its own figures.
                    d.Time = d.FigureTokens().Where(f => f != previous).Select(f => DateAfter(t, f)).FirstOrDefault(x => x is not null) is int own
                        ? TimeOf(text, t, own, mentions)
                        : null;
                }
            }

            // "24.4% above the previous record - 2003's gap of $496.5bn": a date on the way to the base is its period.
            if (d.PreviousTime is null && (d.PreviousToken is not null || (d.ComparedToken is not null && d.StatedChangeToken is not null) || d.Kind == ClaimKind.Change)
                && d.BaseDateTokens.FirstOrDefault(b => MonthsBack(t[b].Text) == 0, -1) is var baseDate and >= 0)
            {
                d.PreviousTime = TimeOf(text, t, baseDate, mentions);
            }

            if (d.Time is { Basis: TimeBasis.Named } onBase && IsBase(onBase.Text) is > 0 and var baseMonths)
            {
                // "up 0.4% on the month", "12.6% on a year earlier": the base of the change, not its period.
                previousMonths = baseMonths;
                changes = true;
                d.Time = DateBefore(t, d.FigureTokens().Min()) is int before ? TimeOf(text, t, before, mentions) : null;
            }

            if (d.Time is { Basis: TimeBasis.Named, Span: { } fromSpan } fromBase && !Words(fromBase.Text).Any(PeriodLexicon.FromWriting.Contains)
                && MonthsBack(fromBase.Text) is > 0 and var fromMonths && OpensBase(t, fromSpan, d, changes))
            {
                // "sales were down 25% from the previous year to 1.4bn": the base of the change, not the period of its figures.
                previousMonths = changes ? fromMonths : 0;
                d.Time = DateBefore(t, d.FigureTokens().Min()) is int before ? TimeOf(text, t, before, mentions) : null;
            }

            // "last year" counts back from the time of writing, which the date read already did.
            var shift = d.Time is { Basis: TimeBasis.Named } relative && !Words(relative.Text).Any(PeriodLexicon.FromWriting.Contains)
                ? MonthsBack(relative.Text)
                : 0;
            // The context is not counted back from when it is the same words: "rose from 8% to 20% last year, an increase of 12%".
            if (shift > 0 && context is { } back && back.Time.Date is { } backDate && back.Time.Span != d.Time!.Span)
            {
                d.Time = Shifted(d.Time!.Text, d.Time.Span, backDate, shift, TimeBasis.Derived);
            }
            else if (d.Time is { Basis: TimeBasis.Named } periodTo && PeriodToStart(periodTo) is { } fiscal)
            {
                d.Time = fiscal;
            }

            if (d.Time is { Basis: TimeBasis.Named } later && CountsFromStory(later.Text))
            {
                d.Time = null; // "with the rest arriving a day later": a day after one the story tells of, not after publication
            }

            if (lastDay is { } day && d.Sentence - day.Sentence <= 1 && PointsBackToDay(views[d.Sentence], d.MainToken))
            {
                // "money was transferred on 14 December ... only $480,000 had been in the accounts that day".
                d.Time = new ClaimTime(day.Time.Text, day.Time.Span, day.Time.Date, TimeBasis.Context);
            }

            var ahead = LooksAhead(t, views[d.Sentence].ClauseRange(d.MainToken).First, d.FigureTokens().Min());
            if (context is { } c && d.Sentence - c.Sentence <= ContextSentences && !MovesTradedPrice(d)
                && (((d.Time is null || (d.Time.FromPublicationDate && d.Sentence - c.Sentence <= 1)) && !ahead) || (d.Time is not null && IsDefinitePeriod(d.Time))))
            {
                d.Time = d.Time is { Date.Grain: DateGrain.Year, Span: { } yearSpan } definite && IsDefinitePeriod(definite) && YearOf(c.Time) is { } year
                    && DateIndex(t, yearSpan) < d.FigureTokens().Min()
                    ? new ClaimTime(definite.Text, definite.Span, year, TimeBasis.Context)
                    : new ClaimTime(c.Time.Text, c.Time.Span, c.Time.Date, TimeBasis.Context);
            }

            if (d.Time is null && !ahead && told is { } e && d.Sentence - e.Sentence <= ContextSentences
                && d.Subject is { } subject && (subject.Head == e.Head || subject.KeyWords.Contains(e.Head)))
            {
                // "Wholesale prices rose at the fastest rate in six years in January. The producer price index rose by 0.3%.":
                // a past event of the same measure gives the period.
                d.Time = new ClaimTime(e.Time.Text, e.Time.Span, e.Time.Date, TimeBasis.Context);
            }

            if ((d.Time is null || d.Time.Basis == TimeBasis.Context) && YearPartWordBefore(views[d.Sentence], d) is int partWord)
            {
                // "Fourth-quarter profit rose 12%. First-half sales rose 3%.": the figure's own words name the part of the year,
                // of the year the story is about; the part of a year not yet over when a past statement was written is deferred.
                d.Time = PartOfYear(text, t, partWord, d.Time, published, ahead);
            }

            if (d.Time is null && !ahead && published is { Month: <= ResultsSeasonMonths } writtenOn && WholeYearWord(views[d.Sentence], d) is int annual
                && !ForecastIn(views[d.Sentence], d.MainToken))
            {
                // "Acme saw its annual profits drop 33%", written in March 2005: the results of 2004.
                var year = writtenOn.Year - 1;
                d.Time = new ClaimTime(t[annual].Text, new TextSpan(t[annual].Start, t[annual].End),
                    new DateValue(DateGrain.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString(CultureInfo.InvariantCulture)), TimeBasis.Derived);
            }

            if (changes && d.PreviousTime is null && d.Time?.Date is { Start: { } ownStart } ownDate
                && SamePeriodOfYear(views[d.Sentence], d, mentions) is int baseYear && baseYear < ownStart.Year)
            {
                // "48,000 fewer mortgages were approved in January than for the same month in 2004": January 2004.
                d.PreviousTime = Shifted(d.Time.Text, null, ownDate, (ownStart.Year - baseYear) * 12, TimeBasis.Derived);
            }

            if (changes && d.PreviousTime is null && d.Time is { Date: not null } revised && IsRevision(t, d))
            {
                // "revised down the gains in December from 157,000 to 133,000", "down from an earlier estimate of 1.7%": one
                // period, read twice.
                d.PreviousTime = new ClaimTime(revised.Text, null, revised.Date, TimeBasis.Derived);
            }

            if (changes && d.PreviousTime is null && d.Time?.Date is { } own2)
            {
                var months = previousMonths > 0 ? previousMonths : BaseMonths(t, d);
                d.PreviousTime = months == 0 ? null : Shifted(d.Time.Text, null, own2, months > 0 ? months : DefaultBaseMonths(own2.Grain, MeasuresOutput(d.Quantity)), TimeBasis.Derived);
            }

            if (d.Time is { Basis: TimeBasis.Named or TimeBasis.Derived, Date: { Grain: DateGrain.Year or DateGrain.HalfYear or DateGrain.Quarter or DateGrain.Month } } stated
                && !IsDefinitePeriod(stated) && !DatesEarlierFigure(t, stated) && !OwnsNoun(t, stated) && !(published is { } now && stated.Date.Start > now))
            {
                context = (stated, d.Sentence);
            }
        }
    }

    /// <summary>
    /// Whether a claim moves a traded price ("Shares in Acme closed 3p lower", "its stock fell 2%"): such a move is of its
    /// trading day, not of the year or quarter the sentences before it named.
    /// </summary>
    private static bool MovesTradedPrice(ClaimDraft d) =>
        d.Subject is { } subject && (PeriodLexicon.TradedPriceHeads.Contains(subject.Head) || PeriodLexicon.TradedPriceHeads.Contains(d.Quantity.ToLowerInvariant()));

    /// <summary>
    /// Whether the words of a clause before its figure put it ahead of the time of writing: a forecast, a plan or a condition
    /// ("would rise 6%", "plans to cut 200 jobs"). A modal before "have" looks back ("would have been 8% higher", "if
    /// currency movements were stripped out"): the same period told another way.
    /// </summary>
    internal static bool LooksAhead(List<ClaimToken> t, int clauseFirst, int figure)
    {
        var ahead = false;
        for (var i = clauseFirst; i < figure; i++)
        {
            if (!t[i].IsWord)
            {
                continue;
            }

            if (i + 1 < t.Count && t[i + 1].Is("have") && EnglishWordClasses.Auxiliaries.Contains(t[i].Lower))
            {
                return false;
            }

            ahead |= EnglishWordClasses.ForwardWords.Contains(t[i].Lower) && (t[i].IsIn(WordClasses.Auxiliary) || Lexicon.Subordinators.Contains(t[i].Lower) || IsVerbOfIntent(t, i));
        }

        return ahead;
    }

    // "a day later", "two weeks afterwards": counted from a time of the story; the date read counted from publication.
    private static bool CountsFromStory(string timeText)
    {
        var words = Words(timeText);
        return words.Length > 1 && EnglishWordClasses.LaterWords.Contains(words[^1]) && !timeText.Any(char.IsAsciiDigit);
    }

    // "that day", "the same day" in the claim's clause.
    private static bool PointsBackToDay(SentenceView s, int token)
    {
        var (first, last) = s.ClauseRange(token);
        for (var i = first; i < last; i++)
        {
            if (s.Tokens[i].IsWord && EnglishWordClasses.SamePeriodWords.Contains(s.Tokens[i].Lower) && s.Tokens[i + 1].Is("day"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a date may be the period of a base a change is compared with: one that names its year ("March 2004") or one
    /// period counted back ("last year", "the previous quarter"); not "the same month" (named by the period before it), nor
    /// "the previous three months" (a span counted from the day of writing).
    /// </summary>
    internal static bool NamesBasePeriod(string timeText) => timeText.Any(char.IsAsciiDigit) || MonthsBack(timeText) > 0;

    /// <summary>Whether a token is a date of the words "same month", "same quarter" or the like: a period named by another.</summary>
    internal static bool IsSamePeriod(ClaimToken token) =>
        token.Kind == ClaimTokenKind.Date && Words(token.Text) is { Length: 2 } words
        && EnglishWordClasses.SamePeriodWords.Contains(words[0]) && PeriodLexicon.PeriodMonths.ContainsKey(words[1]);

    // "than for the same month in 2004", "on the same quarter of 2003": the year of a base that is the claim's own period in
    // another year, named after the figure in its clause.
    private static int? SamePeriodOfYear(SentenceView s, ClaimDraft d, IReadOnlyList<Mention> mentions)
    {
        var t = s.Tokens;
        var last = s.ClauseRange(d.MainToken).Last;
        for (var i = d.LastFigure() + 1; i + 2 <= last; i++)
        {
            if (!IsSamePeriod(t[i]))
            {
                continue;
            }

            return t[i + 1].IsWord && t[i + 1].Lower is "in" or "of" && t[i + 2].Kind == ClaimTokenKind.Date
                && mentions[t[i + 2].MentionIndex].Date is { Grain: DateGrain.Year, ShowsYear: true, Start: { } year }
                ? year.Year
                : null;
        }

        return null;
    }

    // "Acme plans to", "expects sales to rise": not the nouns "its plans", "Forecasts for growth", "missing forecasts of 53.7".
    private static bool IsVerbOfIntent(List<ClaimToken> t, int i) =>
        !t[i].IsCapitalized
        && !(i > 0 && t[i - 1].IsWord && Lexicon.OpensNounPhrase(t[i - 1]))
        && !(i + 1 < t.Count && t[i + 1].IsWord && t[i + 1].Lower != "to" && t[i + 1].IsIn(WordClasses.Preposition));

    // A forecast of annual results ("had forecast a 2% rise in full-year revenue") may be of a year not yet over: a word of
    // expectation before the figure.
    private static bool ForecastIn(SentenceView s, int token)
    {
        for (var i = s.ClauseRange(token).First; i < token; i++)
        {
            var w = s.Tokens[i];
            if (w.IsWord && (EnglishWordClasses.ExpectationNouns.Contains(w.Lower) || (EnglishWordClasses.AheadWords.Contains(w.Lower) && w.Lower != "to")))
            {
                return true;
            }
        }

        return false;
    }

    // "annual profits", "full-year pre-tax profits": a word of a whole year a few words before a noun of results, in the clause.
    private static int? WholeYearWord(SentenceView s, ClaimDraft d)
    {
        var t = s.Tokens;
        var (first, last) = s.ClauseRange(d.MainToken);
        for (var i = first; i < last; i++)
        {
            if (!t[i].IsWord || !EnglishWordClasses.WholeYearWords.Contains(t[i].Lower))
            {
                continue;
            }

            for (var j = i + 1; j <= Math.Min(last, i + 3) && t[j].IsWord; j++)
            {
                if (EnglishWordClasses.ResultNouns.Contains(t[j].Lower))
                {
                    return i;
                }
            }
        }

        return null;
    }

    // A revision of one figure: a revising word in the clause before the earlier value ("revised", "an earlier estimate of",
    // "cut its growth forecast for Germany from").
    private static bool IsRevision(List<ClaimToken> t, ClaimDraft d)
    {
        if (d.PreviousToken is not int previous)
        {
            return false;
        }

        for (var i = Math.Max(0, Math.Min(previous, d.MainToken) - 12); i < previous; i++)
        {
            if (t[i].IsWord && (EnglishWordClasses.RevisionWords.Contains(t[i].Lower) || IsRevisedNoun(t, i)))
            {
                return true;
            }
        }

        return false;
    }

    // "its forecast from", "the growth forecast for Germany", "a projection of": the noun, after a determiner or before a
    // preposition; the verb has an object after it ("economists forecast sales rising").
    private static bool IsRevisedNoun(List<ClaimToken> t, int i) =>
        EnglishWordClasses.RevisedNouns.Contains(t[i].Lower)
        && ((i > 0 && t[i - 1].IsWord && Lexicon.OpensNounPhrase(t[i - 1]))
            || (i + 1 < t.Count && t[i + 1].IsWord && t[i + 1].Lower is "for" or "from" or "of"));

    /// <summary>
    /// The figure whose period a date gives when that figure is an earlier value ("down from 47.1% in the third quarter",
    /// "compared with a loss of 10.8bn kronor in 2003", "against 6.3bn last year"), or -1: the date is when that value
    /// stood, not the period of the figures before it, nor the period the text goes on to tell of.
    /// </summary>
    internal static int EarlierFigureDated(List<ClaimToken> t, int date)
    {
        var k = date - 1;
        if (k >= 0 && t[k].IsWord && t[k].Lower is "in" or "for" or "during" or "on")
        {
            k--;
        }

        if (k >= 0 && t[k].Text == ")")
        {
            while (k >= 0 && t[k].Text != "(")
            {
                k--; // "from 6.3bn kronor (£480m) in 2003"
            }

            k--;
        }

        if (k < 1 || t[k].Kind != ClaimTokenKind.Figure)
        {
            return -1;
        }

        var j = k - 1;
        if (j >= 2 && t[j].Is("of") && t[j - 1].IsWord && !Lexicon.IsFunctionWord(t[j - 1]))
        {
            j -= 2; // "compared with a loss of 10.8bn"
            if (j >= 0 && t[j].IsWord && Lexicon.Determiners.Contains(t[j].Lower))
            {
                j--;
            }
        }

        if (j < 0 || !t[j].IsWord)
        {
            return -1;
        }

        return OpensEarlierValue(t, j) ? k : -1;
    }

    // "up from", "against", "compared with": the word before an earlier value; not "than", which opens a comparison.
    private static bool OpensEarlierValue(List<ClaimToken> t, int j) =>
        IsComparedWith(t, j)
        || (t[j].Lower is not ("than" or "instead" or "compared") && EnglishWordClasses.PreviousMarkers.Contains(t[j].Lower));

    /// <summary>Whether the word at <paramref name="j"/> is the "with" of "compared with" or the "to" of "compared to".</summary>
    internal static bool IsComparedWith(List<ClaimToken> t, int j) => t[j].Lower is "with" or "to" && j > 0 && t[j - 1].Is("compared");

    // A period stated for an earlier value ("compared with a loss of 10.8bn in 2003") is not the one the text goes on with.
    private static bool DatesEarlierFigure(List<ClaimToken> t, ClaimTime time)
    {
        if (time.Span is not { } span)
        {
            return false;
        }

        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Kind == ClaimTokenKind.Date && t[i].End == span.End)
            {
                return EarlierFigureDated(t, i) >= 0;
            }
        }

        return false;
    }

    // "in 2003" right after a figure (and the bracketed conversion that may follow it).
    private static int? DateAfter(List<ClaimToken> t, int figure)
    {
        var i = figure + 1;
        if (i < t.Count && t[i].Text == "(")
        {
            while (i < t.Count && t[i].Text != ")")
            {
                i++;
            }

            i++;
        }

        if (i + 1 < t.Count && t[i].IsWord && Lexicon.IsChangeNoun(t[i].Lower))
        {
            i++; // "the £7.1bn rise in December"
        }

        if (i < t.Count && t[i].IsWord && t[i].Lower is "in" or "for" or "during")
        {
            i++;
        }

        return i < t.Count && t[i].Kind == ClaimTokenKind.Date ? i : null;
    }

    /// <summary>
    /// A word in the figure's clause before its figures that names a part of a year without the year ("first-half sales",
    /// "second-half profits"), or <see langword="null"/>.
    /// </summary>
    private static int? YearPartWordBefore(SentenceView s, ClaimDraft d)
    {
        var t = s.Tokens;
        var figure = d.FigureTokens().Min();
        for (var i = s.ClauseRange(d.MainToken).First; i < figure; i++)
        {
            if (t[i].IsWord && PeriodLexicon.YearParts.ContainsKey(t[i].Lower))
            {
                return i;
            }
        }

        return null;
    }

    // The part of a year named by the word at partWord, in the year of the period the story is about (carried), else the last
    // such part over by the day of writing. A part that is not over by then, in a clause that does not look ahead, is no
    // period the text gives: none.
    private static ClaimTime? PartOfYear(string text, List<ClaimToken> t, int partWord, ClaimTime? carried, DateOnly? published, bool ahead)
    {
        var (firstMonth, months) = PeriodLexicon.YearParts[t[partWord].Lower];
        int year;
        if (carried?.Date is { Start: { } start, End: { } end } && start.Year == end.Year)
        {
            year = start.Year;
        }
        else if (published is { } writtenOn && !ahead)
        {
            year = new DateOnly(writtenOn.Year, firstMonth, 1).AddMonths(months) <= writtenOn.AddDays(1) ? writtenOn.Year : writtenOn.Year - 1;
        }
        else
        {
            return null;
        }

        var part = QuarterOrHalf(year, firstMonth, months);
        if (!ahead && published is { } written && part.End > written)
        {
            return null;
        }

        var named = new TextSpan(t[partWord].Start, t[partWord].End);
        return new ClaimTime(named.Slice(text), named, part, TimeBasis.Derived);
    }

    // "third-quarter 2003 sales": the part of the year written before it.
    private static ClaimTime? YearPart(string text, List<ClaimToken> t, ClaimTime time, TextSpan span)
    {
        if (time.Date is not { Grain: DateGrain.Year, Start: { } start })
        {
            return null;
        }

        var date = t.FindIndex(x => x.Kind == ClaimTokenKind.Date && x.End == span.End);
        if (date < 1 || t[date - 1].Kind is not (ClaimTokenKind.Word or ClaimTokenKind.Date)
            || !PeriodLexicon.YearParts.TryGetValue(SentenceTokenizer.Lower(t[date - 1].Text), out var part))
        {
            return null;
        }

        var named = new TextSpan(t[date - 1].Start, span.End);
        return new ClaimTime(named.Slice(text), named, QuarterOrHalf(start.Year, part.FirstMonth, part.Months));
    }

    // "the three months to 31 December", "the six months ending June": a span that is one calendar quarter or half is that
    // quarter or half, so that a change over it has a base a year before and the sentences after it are about it.
    private static ClaimTime? CalendarPart(ClaimTime time)
    {
        if (time.Date is not { Grain: DateGrain.Range, Start: { } start, End: { } end } || start.Day != 1 || end.AddDays(1).Day != 1)
        {
            return null;
        }

        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
        return months is 3 or 6 && (start.Month - 1) % months == 0
            ? new ClaimTime(time.Text, time.Span, QuarterOrHalf(start.Year, start.Month, months), TimeBasis.Named)
            : null;
    }

    // "in the last quarter, which ended December 30, 2006", "the quarter ended 1 January": a firm's quarter dated by the day it
    // ended is the three months up to that day, not the quarter the words alone name counted from the time of writing.
    private static ClaimTime? QuarterEndedOn(List<ClaimToken> t, ClaimTime time, TextSpan span, IReadOnlyList<Mention> mentions)
    {
        var named = DateIndex(t, span);
        if (named < 0 || time.Date is not { Grain: DateGrain.Quarter or DateGrain.Day })
        {
            return null;
        }

        var quarter = time.Date.Grain == DateGrain.Quarter ? named : -1;
        var day = quarter >= 0 ? -1 : named;
        var j = quarter >= 0 ? named + 1 : named - 1;
        var step = quarter >= 0 ? 1 : -1;
        j -= quarter < 0 && j > 0 && t[j].Is("on") ? 1 : 0;
        if (quarter < 0 && j >= 0 && t[j].IsWord && PeriodLexicon.PeriodTo.Contains(t[j].Lower))
        {
            j += step; // "the quarter ended December 30": read back from the day
            j += j >= 0 && t[j].Is("which") ? step : 0;
            j += j >= 0 && t[j].IsPunctuation(',') ? step : 0;
            quarter = j >= 0 && (t[j].Is("quarter") || (t[j].Kind == ClaimTokenKind.Date && mentions[t[j].MentionIndex].Date is { Grain: DateGrain.Quarter })) ? j : -1;
        }
        else if (quarter >= 0)
        {
            j += j < t.Count && t[j].IsPunctuation(',') ? 1 : 0;
            j += j < t.Count && t[j].Is("which") ? 1 : 0;
            if (j + 1 < t.Count && t[j].IsWord && PeriodLexicon.PeriodTo.Contains(t[j].Lower))
            {
                j += t[j + 1].Is("on") ? 2 : 1;
                day = j < t.Count && t[j].Kind == ClaimTokenKind.Date ? j : -1;
            }
        }

        if (quarter < 0 || day < 0 || mentions[t[day].MentionIndex].Date is not { Grain: DateGrain.Day, End: { } end })
        {
            return null;
        }

        // A quarter that ends in the last week of a month covers that month and the two before it; one that ends in the first
        // week of a month (a 52-week year: "ended January 1") the three months before it; otherwise three months to the day.
        var start = end.Day >= LastWeekOfMonth ? new DateOnly(end.Year, end.Month, 1).AddMonths(-2)
            : end.Day <= FirstWeekOfMonth ? new DateOnly(end.Year, end.Month, 1).AddMonths(-3)
            : end.AddMonths(-3).AddDays(1);
        var timex = start.Day == 1 && (start.Month - 1) % 3 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{start.Year}-Q{(start.Month + 2) / 3}")
            : start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ClaimTime(time.Text, time.Span, new DateValue(DateGrain.Quarter, start, end, timex), TimeBasis.Named);
    }

    private const int LastWeekOfMonth = 24;
    private const int FirstWeekOfMonth = 7;

    // The quarter (three months) or half (six) of a year that starts in firstMonth, with its timex ("2004-Q3", "2004-H1").
    private static DateValue QuarterOrHalf(int year, int firstMonth, int months)
    {
        var from = new DateOnly(year, firstMonth, 1);
        var timex = months == 3
            ? string.Create(CultureInfo.InvariantCulture, $"{year}-Q{(firstMonth + 2) / 3}")
            : string.Create(CultureInfo.InvariantCulture, $"{year}-H{(firstMonth + 5) / 6}");
        return new DateValue(months == 3 ? DateGrain.Quarter : DateGrain.HalfYear, from, from.AddMonths(months).AddDays(-1), timex);
    }

    // "in January house prices went up by 0.4% on the month": the period named before the figure in its sentence.
    private static int? DateBefore(List<ClaimToken> t, int figure)
    {
        for (var i = figure - 1; i > 0; i--)
        {
            if (t[i].Kind == ClaimTokenKind.Date && t[i - 1].IsWord && t[i - 1].Lower is "in" or "during" or "for")
            {
                return i;
            }
        }

        return null;
    }

    private static ClaimTime TimeOf(string text, List<ClaimToken> t, int date, IReadOnlyList<Mention> mentions)
    {
        var span = new TextSpan(t[date].Start, t[date].End);
        return new ClaimTime(span.Slice(text), span, mentions[t[date].MentionIndex].Date);
    }

    // "a year earlier", "the previous quarter", "last year": the months counted back; 0 when the words count back nothing.
    private static int MonthsBack(string timeText)
    {
        if (!HasEarlierWord(timeText))
        {
            return 0;
        }

        var words = Words(timeText);
        var earlier = words.Any(w => PeriodLexicon.Earlier.Contains(w)) || (words.Length > 0 && PeriodLexicon.LastWords.Contains(words[0]));
        if (!earlier || words.Any(w => w.Any(char.IsDigit) || EnglishPack.Instance.Numbers.ValueOf(w) > 1))
        {
            return 0; // "five years ago" counts back five years from the day of writing, not one from the period of the story
        }

        foreach (var w in words)
        {
            if (PeriodLexicon.PeriodMonths.TryGetValue(w, out var months))
            {
                return months;
            }
        }

        return 0;
    }

    // A cheap test before the words are split: most times ("in 2004") name no earlier period.
    private static bool HasEarlierWord(string timeText)
    {
        foreach (var word in PeriodLexicon.Earlier)
        {
            if (timeText.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var word in PeriodLexicon.LastWords)
        {
            if (timeText.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The base of a change: "a year earlier", "on the month", "year-on-year" in its clause; else the period before its own (-1).
    private static int BaseMonths(List<ClaimToken> t, ClaimDraft d)
    {
        foreach (var token in d.BaseDateTokens)
        {
            if (MonthsBack(t[token].Text) is > 0 and var months)
            {
                return months;
            }
        }

        var last = Math.Min(t.Count - 1, d.LastFigure() + 5);
        for (var i = d.LastFigure() + 1; i <= last; i++)
        {
            if (t[i].Kind == ClaimTokenKind.Date && MonthsBack(t[i].Text) is > 0 and var months)
            {
                return months;
            }

            if (t[i].IsWord && t[i].Lower is "on" && i + 2 <= last && t[i + 1].Is("the") && PeriodLexicon.PeriodMonths.TryGetValue(t[i + 2].Lower, out var onThe))
            {
                return onThe; // "up 0.4% on the month"
            }

            if (t[i].IsWord && PeriodLexicon.PeriodMonths.TryGetValue(t[i].Lower, out var onWord) && t[i].Lower.Contains("-on-", StringComparison.Ordinal))
            {
                return onWord;
            }
        }

        return -1;
    }

    // "on the month", "on a year earlier", "on the previous quarter": the months back to the base of a change; 0 otherwise.
    private static int IsBase(string timeText)
    {
        if (!timeText.StartsWith("on ", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var words = Words(timeText);
        if (words.Length < 2 || words[0] != "on")
        {
            return 0;
        }

        return MonthsBack(timeText) is > 0 and var back ? back
            : words.Length == 3 && words[1] == "the" && PeriodLexicon.PeriodMonths.TryGetValue(words[2], out var months) ? months : 0;
    }

    // "last year's peak of $55.67", "2004's average of $41.48": a period owned by a noun is that noun's, not the period the
    // text goes on with.
    private static bool OwnsNoun(List<ClaimToken> t, ClaimTime time)
    {
        var date = time.Span is { } span ? DateIndex(t, span) : -1;
        return date >= 0 && date + 1 < t.Count && t[date + 1].Kind == ClaimTokenKind.Possessive;
    }

    // "revenue for the year" after "the three months to 31 December 2004": the year the quarter, half or month is part of.
    private static DateValue? YearOf(ClaimTime context)
    {
        if (context.Date is not { Grain: DateGrain.Quarter or DateGrain.HalfYear or DateGrain.Month, Start: { } start })
        {
            return null;
        }

        var year = start.Year;
        return new DateValue(DateGrain.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString(CultureInfo.InvariantCulture));
    }

    // "down 25% from the previous year", "compared with a year earlier": a time after a change that opens its base; or before
    // the figure a change goes to ("from the previous year to 1.4bn"). Not "a charge from the previous quarter", where the
    // time is when the figure arose.
    private static bool OpensBase(List<ClaimToken> t, TextSpan span, ClaimDraft d, bool changes)
    {
        var date = DateIndex(t, span);
        var first = d.FigureTokens().Min();
        var placed = changes ? date > first : date + 2 < t.Count && date < first && t[date + 1].Is("to") && t[date + 2].Kind == ClaimTokenKind.Figure;
        var k = date - 1;
        if (k > 0 && t[k].IsWord && Lexicon.Determiners.Contains(t[k].Lower))
        {
            k--;
        }

        return placed && k > 0 && t[k].IsWord && OpensEarlierValue(t, k);
    }

    private static int DateIndex(List<ClaimToken> t, TextSpan span) => t.FindIndex(x => x.Kind == ClaimTokenKind.Date && x.End == span.End);

    // "for the year", "the quarter": a period named without a number is the one the text is about.
    private static bool IsDefinitePeriod(ClaimTime time)
    {
        if (!time.Text.Contains("the ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var words = Words(time.Text);
        return words.Length is 2 or 3 && words[^2] == "the" && PeriodLexicon.PeriodMonths.ContainsKey(words[^1]) && !words[^1].Contains('-', StringComparison.Ordinal);
    }

    // "the year to March 2005", "the 12 months to June": a year that ends with the month named.
    private static ClaimTime? PeriodToStart(ClaimTime time)
    {
        if (time.Date is not { Grain: DateGrain.Month } || time.Text.IndexOf(' ', StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var words = Words(time.Text);
        var to = Array.FindIndex(words, w => PeriodLexicon.PeriodTo.Contains(w));
        if (to < 1 || !(words[to - 1] is "year" || (words[to - 1] == "months" && to >= 2 && words[to - 2] == "12")) || time.Date is not { Grain: DateGrain.Month, End: { } end })
        {
            return null;
        }

        var start = new DateOnly(end.Year, end.Month, 1).AddMonths(-11);
        var timex = start.ToString("yyyy-MM", CultureInfo.InvariantCulture) + "/" + end.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return new ClaimTime(time.Text, time.Span, new DateValue(DateGrain.Year, start, end, timex), TimeBasis.Named);
    }

    // The base a change over a period is measured from when the text names none: the year before for years, quarters and
    // halves (results are compared with the same period a year earlier), the month before for months.
    // The base of a change that names none: the same period a year earlier, but the quarter before for an economy's output.
    private static int DefaultBaseMonths(DateGrain grain, bool output) => grain switch
    {
        DateGrain.Quarter when output => 3,
        DateGrain.Year or DateGrain.HalfYear or DateGrain.Quarter => 12,
        DateGrain.Month => 1,
        _ => 0,
    };

    // "GDP", "the economy", "economic growth", "gross domestic product".
    private static bool MeasuresOutput(string quantity)
    {
        foreach (var phrase in EnglishWordClasses.EconomyOutputPhrases)
        {
            if (quantity.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var word in quantity.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (EnglishWordClasses.EconomyOutputWords.Contains(word.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    private static int GrainMonths(DateGrain grain) => grain switch
    {
        DateGrain.Year => 12,
        DateGrain.HalfYear => 6,
        DateGrain.Quarter => 3,
        DateGrain.Month => 1,
        _ => 0,
    };

    private static ClaimTime? Shifted(string timeText, TextSpan? span, DateValue date, int months, TimeBasis basis)
    {
        if (months <= 0 || date.Start is not { } start || date.End is not { } end || GrainMonths(date.Grain) == 0)
        {
            return null;
        }

        var from = start.AddMonths(-months);
        var to = new DateOnly(end.Year, end.Month, 1).AddMonths(1 - months).AddDays(-1);
        var timex = date.Grain == DateGrain.Year && from.Month == 1
            ? from.Year.ToString(CultureInfo.InvariantCulture)
            : from.ToString("yyyy-MM", CultureInfo.InvariantCulture) + "/" + to.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return new ClaimTime(timeText, span, new DateValue(date.Grain, from, to, timex), basis);
    }
}
