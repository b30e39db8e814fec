using System.Globalization;
using FactCheck.Checks.Internal;
using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Reports;
using FactCheck.Text;

namespace FactCheck.Checks.DateOrder;

/// <summary>The <c>date-order</c> rule. See <see cref="DateOrderOptions"/>.</summary>
internal sealed class DateOrderCheck : IBuiltInRule
{
    private readonly DateOrderOptions _options;

    public DateOrderCheck(DateOrderOptions options) => _options = options;

    public string RuleId => RuleIds.DateOrder;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sentences = context.Sentences;
        var dates = context.Mentions
            .Select((m, i) => (Mention: m, Index: i))
            .Where(x => x.Mention.Kind == MentionKind.Date && x.Mention.Date is { IsResolved: true })
            .OrderBy(x => x.Mention.Span.Start)
            .ToList();
        var findings = new List<Finding>();
        findings.AddRange(ReversedPeriods(context));
        findings.AddRange(DaysAfter(context));
        findings.AddRange(EffectiveBeforeAnnouncement(context, sentences, dates));
        findings.AddRange(ReportsBeforeSubject(context, dates));
        if (_options.CheckEventsAfterPublication)
        {
            findings.AddRange(EventsAfterPublication(context, dates));
        }

        // One finding per place: the first rule to speak about a span keeps it.
        var kept = new List<Finding>();
        var keptSpans = new SpanSet();
        foreach (var finding in findings)
        {
            if (!keptSpans.OverlapsAny(finding.Spans))
            {
                kept.Add(finding);
                foreach (var span in finding.Spans)
                {
                    keptSpans.Add(span);
                }
            }
        }

        return kept.OrderBy(f => f.Spans.Count > 0 ? f.Spans[0].Start : 0);
    }

    // The periods the recognition stage found: those of written years first, then two dates joined by "to".
    private List<Finding> ReversedPeriods(CheckContext context)
    {
        var found = new List<Finding>();
        var foundSpans = new SpanSet();
        foreach (var period in context.DateMarks.Periods)
        {
            if (period.Start <= period.End || (period.JoinsTwoDates && foundSpans.Overlaps(period.Span)))
            {
                continue;
            }

            found.Add(Reversed(context, period.Span, period.Text, period.Start, period.End));
            foundSpans.Add(period.Span);
        }

        return found;
    }

    private Finding Reversed(CheckContext context, TextSpan span, string surface, DateOnly start, DateOnly end) => new(
        RuleIds.DateOrder,
        _options.Severity,
        $"The period {Formatting.Quote(surface)} starts after it ends ({Formatting.Date(start)} is after {Formatting.Date(end)}).",
        ClaimsAt(context, span),
        [span],
        new Computation(
            "start <= end",
            new Dictionary<string, decimal>(StringComparer.Ordinal) { ["start (yyyyMMdd)"] = DayNumber(start), ["end (yyyyMMdd)"] = DayNumber(end) },
            end.DayNumber - start.DayNumber,
            0m),
        "swap the two ends of the period");

    private List<Finding> DaysAfter(CheckContext context)
    {
        var found = new List<Finding>();
        foreach (var gap in context.DateMarks.DayGaps)
        {
            if (Contradiction(context, gap) is Finding finding)
            {
                found.Add(finding);
            }
        }

        return found;
    }

    private Finding? Contradiction(CheckContext context, DayGap stated)
    {
        var count = stated.Count;
        var unitDays = stated.UnitDays;
        var isAfter = stated.IsAfter;
        var d1 = stated.First.Date!.Start!.Value;
        var d2 = stated.Second.Date!.Start!.Value;

        // "X on d1, three days after Y on d2": d1 - d2 should be +3; with "before", -3.
        var actual = d1.DayNumber - d2.DayNumber;
        var expected = (isAfter ? 1 : -1) * (count ?? 0) * unitDays;
        var tolerance = _options.DayTolerance + (unitDays == 7 ? 3 : 0);
        var wrongOrder = isAfter ? actual <= 0 : actual >= 0;
        var wrongCount = count is not null && Math.Abs(actual - expected) > tolerance;
        if (!wrongOrder && !wrongCount)
        {
            return null;
        }

        var spans = new[] { stated.First.Span, stated.Span, stated.Second.Span };
        var gap = Math.Abs(actual).ToString(CultureInfo.InvariantCulture);
        var direction = actual > 0 ? "after" : "before";
        return new Finding(
            RuleIds.DateOrder,
            _options.Severity,
            $"{Formatting.Quote(stated.Text)} does not fit the dates: {Formatting.Date(d1)} is {(actual == 0 ? "the same day as" : gap + (Math.Abs(actual) == 1 ? " day " : " days ") + direction)} {Formatting.Date(d2)}.",
            ClaimsAt(context, spans),
            spans,
            new Computation(
                "first date - second date, in days",
                new Dictionary<string, decimal>(StringComparer.Ordinal) { ["first (yyyyMMdd)"] = DayNumber(d1), ["second (yyyyMMdd)"] = DayNumber(d2), ["stated"] = expected },
                actual,
                tolerance),
            actual == 0 ? "check the two dates" : $"should read {gap} {(Math.Abs(actual) == 1 ? "day" : "days")} {direction}");
    }

    private List<Finding> EffectiveBeforeAnnouncement(CheckContext context, Sentences sentences, List<(Mention Mention, int Index)> dates)
    {
        var announcements = new List<(Mention Mention, int Sentence)>();
        var effectives = new List<(Mention Mention, int Sentence)>();
        foreach (var (mention, _) in dates)
        {
            var sentence = sentences.IndexOf(mention.Span.Start);
            if (sentence < 0)
            {
                continue;
            }

            if (mention.Date!.TakesEffect)
            {
                effectives.Add((mention, sentence));
            }
            else if (mention.Date.Grain is DateGrain.Day && mention.Date.InAnnouncement)
            {
                announcements.Add((mention, sentence));
            }
        }

        var known = new HashSet<Mention>(effectives.Select(e => e.Mention), ReferenceEqualityComparer.Instance);
        var longestDate = dates.Count == 0 ? 0 : dates.Max(d => d.Mention.Span.Length);
        foreach (var claim in context.Claims)
        {
            if (claim.EffectiveDate is { Date.IsResolved: true, Span: TextSpan effectiveSpan })
            {
                var match = FirstOverlapping(dates, effectiveSpan, longestDate);
                if (match is not null && known.Add(match))
                {
                    effectives.Add((match, sentences.IndexOf(effectiveSpan.Start)));
                }
            }
        }

        var found = new List<Finding>();
        foreach (var (effective, sentence) in effectives)
        {
            var announcement = AnnouncementBefore(announcements, sentence, effective.Span.Start);
            if (announcement.Mention is null)
            {
                continue;
            }

            var announced = announcement.Mention.Date!.Start!.Value;
            var takesEffect = effective.Date!.End!.Value;
            if (takesEffect >= announced)
            {
                continue;
            }

            var spans = new[] { announcement.Mention.Span, effective.Span }.OrderBy(s => s.Start).ToArray();
            found.Add(new Finding(
                RuleIds.DateOrder,
                _options.EffectiveBeforeAnnouncementSeverity,
                $"The effective date {Formatting.Quote(effective.Text)} ({Formatting.Date(takesEffect)}) is before the announcement on {Formatting.Quote(announcement.Mention.Text)} ({Formatting.Date(announced)}); that holds only if the measure is retroactive.",
                ClaimsAt(context, spans),
                spans,
                new Computation(
                    "effective date - announcement date, in days",
                    new Dictionary<string, decimal>(StringComparer.Ordinal) { ["announced (yyyyMMdd)"] = DayNumber(announced), ["effective (yyyyMMdd)"] = DayNumber(takesEffect) },
                    takesEffect.DayNumber - announced.DayNumber,
                    0m),
                "check the effective date, or say that it applies retroactively"));
        }

        return found;
    }

    // The first date (in text order) that overlaps the span: dates start no further back than the longest date.
    private static Mention? FirstOverlapping(List<(Mention Mention, int Index)> dates, TextSpan span, int longestDate)
    {
        for (var k = FirstStartingAt(dates, span.Start - longestDate); k < dates.Count && dates[k].Mention.Span.Start < span.End; k++)
        {
            if (dates[k].Mention.Span.Overlaps(span))
            {
                return dates[k].Mention;
            }
        }

        return null;
    }

    // The last announcement (in text order) of the sentence or the one before it, other than the date itself.
    private static (Mention Mention, int Sentence) AnnouncementBefore(List<(Mention Mention, int Sentence)> announcements, int sentence, int effectiveStart)
    {
        int low = 0, high = announcements.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (announcements[mid].Sentence <= sentence)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        for (var k = low - 1; k >= 0 && announcements[k].Sentence >= sentence - 1; k--)
        {
            if (announcements[k].Mention.Span.Start != effectiveStart)
            {
                return announcements[k];
            }
        }

        return default;
    }

    // The index of the first date (dates are in text order) that starts at or after the position.
    private static int FirstStartingAt(List<(Mention Mention, int Index)> dates, int position)
    {
        int low = 0, high = dates.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (dates[mid].Mention.Span.Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    // The dates that lie inside the span, in text order.
    private static IEnumerable<(Mention Mention, int Index)> DatesWithin(List<(Mention Mention, int Index)> dates, TextSpan span)
    {
        for (var k = FirstStartingAt(dates, span.Start); k < dates.Count && dates[k].Mention.Span.Start < span.End; k++)
        {
            if (span.Contains(dates[k].Mention.Span))
            {
                yield return dates[k];
            }
        }
    }

    private List<Finding> EventsAfterPublication(CheckContext context, List<(Mention Mention, int Index)> dates)
    {
        if (context.Document.Published is not DateOnly published)
        {
            return [];
        }

        var found = new List<Finding>();
        foreach (var (mention, _) in dates)
        {
            // The date must be the time of a past-tense verb ("jumped in January 2026", "In January 2026, attacks
            // jumped"); plans, forecasts and deadlines are not past events.
            if (mention.Date!.Start <= published || !mention.Date.ShowsYear || mention.Date.Grain == DateGrain.Range || !mention.Date.IsPastEvent)
            {
                continue;
            }

            var start = mention.Date.Start!.Value;
            found.Add(new Finding(
                RuleIds.DateOrder,
                _options.Severity,
                $"The sentence tells of a past event dated {Formatting.Quote(mention.Text)} ({Formatting.Date(start)}), after the publication date {Formatting.Date(published)}.",
                ClaimsAt(context, mention.Span),
                [mention.Span],
                new Computation(
                    "event date - publication date, in days",
                    new Dictionary<string, decimal>(StringComparer.Ordinal) { ["event (yyyyMMdd)"] = DayNumber(start), ["published (yyyyMMdd)"] = DayNumber(published) },
                    start.DayNumber - published.DayNumber,
                    0m),
                "check the date or the year"));
        }

        return found;
    }

    private List<Finding> ReportsBeforeSubject(CheckContext context, List<(Mention Mention, int Index)> dates)
    {
        var found = new List<Finding>();
        foreach (var report in context.DateMarks.Reports)
        {
            if (report.InFutureSentence)
            {
                continue;
            }

            var reportEnd = new DateOnly(report.Year, 12, 31);
            foreach (var (mention, _) in DatesWithin(dates, report.Sentence))
            {
                // What is dated after publication is a plan or a forecast the report may well contain.
                if (mention.Span.Overlaps(report.Span)
                    || !mention.Date!.ShowsYear || mention.Date.Start <= reportEnd
                    || (context.Document.Published is DateOnly published && mention.Date.Start > published))
                {
                    continue;
                }

                found.Add(ReportFinding(context, report.Text, report.Span, report.Year, mention.Text, mention.Span, mention.Date.Start!.Value));
                break;
            }
        }

        foreach (var claim in context.Claims)
        {
            if (claim.Source?.Date is not { IsResolved: true } sourceDate || claim.Time is not { FromPublicationDate: false, Date.IsResolved: true, Span: TextSpan timeSpan } time
                || time.Date!.Start <= sourceDate.End || claim.Modality is ClaimModality.Future or ClaimModality.Plan
                || (context.Document.Published is DateOnly published && time.Date.Start > published))
            {
                continue;
            }

            found.Add(ReportFinding(context, claim.Source.Name, claim.Source.Span, sourceDate.Start!.Value.Year, time.Text, timeSpan, time.Date.Start!.Value));
        }

        return found;
    }

    private Finding ReportFinding(CheckContext context, string report, TextSpan reportSpan, int year, string subjectTime, TextSpan timeSpan, DateOnly subjectDate)
    {
        var spans = new[] { reportSpan, timeSpan }.OrderBy(s => s.Start).ToArray();
        return new Finding(
            RuleIds.DateOrder,
            _options.Severity,
            $"{Formatting.Quote(report)} is dated {year.ToString(CultureInfo.InvariantCulture)} but reports on {Formatting.Quote(subjectTime)} ({Formatting.Date(subjectDate)}), which is later.",
            ClaimsAt(context, spans),
            spans,
            new Computation(
                "subject date - end of report year, in days",
                new Dictionary<string, decimal>(StringComparer.Ordinal) { ["reportYear"] = year, ["subject (yyyyMMdd)"] = DayNumber(subjectDate) },
                subjectDate.DayNumber - new DateOnly(year, 12, 31).DayNumber,
                0m),
            "check the year of the report or of what it reports");
    }


    private static string[] ClaimsAt(CheckContext context, params TextSpan[] spans) =>
        context.ClaimLocator.Ids(spans.SelectMany(s => context.ClaimLocator.AtWords(s).Concat(context.ClaimLocator.AtTime(s))));

    /// <summary>A date as the number yyyyMMdd, so a reader of the computation sees the date itself.</summary>
    private static decimal DayNumber(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;
}
