using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Checks.Internal;
using FactCheck.Recognition;
using FactCheck.Reports;
using FactCheck.Text;

namespace FactCheck.Checks.DateOrder;

/// <summary>The <c>date-order</c> rule. See <see cref="DateOrderOptions"/>.</summary>
internal sealed partial class DateOrderCheck : IBuiltInRule
{
    private const string YearGroup = @"(1[89][0-9]{2}|2[0-9]{3})";

    // How far before a period's first year its month may start: the longest month name, a full stop and spaces.
    private const int MonthLookBehind = 32;
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
        findings.AddRange(ReversedPeriods(context, dates));
        findings.AddRange(DaysAfter(context, sentences, dates));
        findings.AddRange(EffectiveBeforeAnnouncement(context, sentences, dates));
        var future = new SentenceMarks(context.Document.Text, sentences, Wording.FutureMarker());
        findings.AddRange(ReportsBeforeSubject(context, sentences, dates, future));
        if (_options.CheckEventsAfterPublication)
        {
            findings.AddRange(EventsAfterPublication(context, sentences, dates, future));
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

    private List<Finding> ReversedPeriods(CheckContext context, List<(Mention Mention, int Index)> dates)
    {
        var text = context.Document.Text;
        var found = new List<Finding>();
        foreach (Match match in FromToPattern().Matches(text))
        {
            AddIfReversed(context, found, text, match.Index, match.Groups["ma"].Value, match);
        }

        // "March 2018 - 2013": the pattern starts at the first year, which is cheap to find; the month before that
        // year is looked for only where a period was found.
        foreach (Match match in DashPattern().Matches(text))
        {
            var month = MonthBefore(text, match.Index);
            AddIfReversed(context, found, text, month?.Index ?? match.Index, month?.Groups["ma"].Value ?? string.Empty, match);
        }

        var foundSpans = new SpanSet();
        foreach (var span in found.SelectMany(f => f.Spans))
        {
            foundSpans.Add(span);
        }

        // Two recognized dates joined by "to"/"until" with a day or month named: "from April 9, 2025 to April 2, 2025".
        for (var k = 0; k + 1 < dates.Count; k++)
        {
            var (first, _) = dates[k];
            var (second, _) = dates[k + 1];
            if (first.Span.End > second.Span.Start || !first.Date!.ShowsYear || !second.Date!.ShowsYear)
            {
                continue;
            }

            var between = text[first.Span.End..second.Span.Start];
            var lead = text[Math.Max(0, first.Span.Start - 12)..first.Span.Start];
            if (!JoinPattern().IsMatch(between) || !LeadPattern().IsMatch(lead))
            {
                continue;
            }

            if (first.Date!.Start > second.Date!.End)
            {
                var span = new TextSpan(first.Span.Start, second.Span.End);
                if (!foundSpans.Overlaps(span))
                {
                    found.Add(Reversed(context, span, span.Slice(text), first.Date.Start!.Value, second.Date.End!.Value));
                    foundSpans.Add(span);
                }
            }
        }

        return found;
    }

    private void AddIfReversed(CheckContext context, List<Finding> found, string text, int startIndex, string startMonth, Match match)
    {
        var start = PeriodStart(match.Groups["ya"].Value, startMonth);
        var end = PeriodEnd(match.Groups["yb"].Value, match.Groups["mb"].Value);
        if (start is DateOnly s && end is DateOnly e && s > e)
        {
            var span = new TextSpan(startIndex, match.Index + match.Length);
            found.Add(Reversed(context, span, span.Slice(text), s, e));
        }
    }

    // The month written just before a period's first year ("March 2018 - 2013"), if any, as the period's start.
    private static Match? MonthBefore(string text, int yearStart)
    {
        var from = Math.Max(0, yearStart - MonthLookBehind);
        var month = MonthBeforePattern().Match(text, from, yearStart - from);
        if (!month.Success || (month.Index > 0 && text[month.Index - 1] is (>= '0' and <= '9') or '/' or '.' or '-'))
        {
            return null;
        }

        return month;
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

    private List<Finding> DaysAfter(CheckContext context, Sentences sentences, List<(Mention Mention, int Index)> dates)
    {
        var text = context.Document.Text;
        var found = new List<Finding>();

        // Only a sentence with two days in it can contradict its "three days after"; the wording is looked for there.
        var daysBySentence = dates
            .Where(d => d.Mention.Date!.Grain == DateGrain.Day)
            .Select(d => (Day: d, Sentence: sentences.IndexOf(d.Mention.Span.Start)))
            .Where(d => d.Sentence >= 0 && sentences.Spans[d.Sentence].Contains(d.Day.Mention.Span))
            .GroupBy(d => d.Sentence, d => d.Day)
            .Where(g => g.Count() >= 2);
        foreach (var group in daysBySentence)
        {
            var days = group.ToList();
            var sentence = sentences.Spans[group.Key];
            for (var match = DaysAfterPattern().Match(text, sentence.Start, sentence.Length); match.Success; match = match.NextMatch())
            {
                if (Contradiction(context, match, days) is Finding finding)
                {
                    found.Add(finding);
                }
            }
        }

        return found;
    }

    private Finding? Contradiction(CheckContext context, Match match, List<(Mention Mention, int Index)> days)
    {
        var before = days.LastOrDefault(d => d.Mention.Span.End <= match.Index);
        var after = days.FirstOrDefault(d => d.Mention.Span.Start >= match.Index + match.Length);
        if (before.Mention is null || after.Mention is null)
        {
            return null;
        }

        var count = Count(match.Groups["n"].Value);
        var unitDays = match.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 : 1;
        var isAfter = match.Groups["rel"].Value.Equals("after", StringComparison.OrdinalIgnoreCase);
        var d1 = before.Mention.Date!.Start!.Value;
        var d2 = after.Mention.Date!.Start!.Value;

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

        var spans = new[] { before.Mention.Span, new TextSpan(match.Index, match.Index + match.Length), after.Mention.Span };
        var gap = Math.Abs(actual).ToString(CultureInfo.InvariantCulture);
        var direction = actual > 0 ? "after" : "before";
        return new Finding(
            RuleIds.DateOrder,
            _options.Severity,
            $"{Formatting.Quote(match.Value)} does not fit the dates: {Formatting.Date(d1)} is {(actual == 0 ? "the same day as" : gap + (Math.Abs(actual) == 1 ? " day " : " days ") + direction)} {Formatting.Date(d2)}.",
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
        var text = context.Document.Text;
        var announcements = new List<(Mention Mention, int Sentence)>();
        var effectives = new List<(Mention Mention, int Sentence)>();
        var announcing = new SentenceMarks(text, sentences, AnnouncePattern());
        foreach (var (mention, _) in dates)
        {
            var sentence = sentences.IndexOf(mention.Span.Start);
            if (sentence < 0)
            {
                continue;
            }

            var sentenceStart = sentences.Spans[sentence].Start;
            var lead = text[Math.Max(sentenceStart, mention.Span.Start - 40)..mention.Span.Start];
            if (EffectLead().IsMatch(lead))
            {
                effectives.Add((mention, sentence));
            }
            else if (mention.Date!.Grain is DateGrain.Day && announcing.Holds(sentence))
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

    private List<Finding> EventsAfterPublication(CheckContext context, Sentences sentences, List<(Mention Mention, int Index)> dates, SentenceMarks future)
    {
        if (context.Document.Published is not DateOnly published)
        {
            return [];
        }

        var text = context.Document.Text;
        var found = new List<Finding>();
        foreach (var (mention, _) in dates)
        {
            var sentence = sentences.IndexOf(mention.Span.Start);
            if (sentence < 0 || mention.Date!.Start <= published || !mention.Date!.ShowsYear || mention.Date.Grain == DateGrain.Range)
            {
                continue;
            }

            // The date must be the time of a past-tense verb: "jumped in January 2026", "was signed on April 2, 2026",
            // or "In January 2026, attacks jumped". Plans, forecasts and deadlines are not past events.
            var sentenceSpan = sentences.Spans[sentence];
            var lead = text[Math.Max(sentenceSpan.Start, mention.Span.Start - 60)..mention.Span.Start];
            var tail = text[mention.Span.End..Math.Min(sentenceSpan.End, mention.Span.End + 80)];
            if (future.Holds(sentence) || Wording.DeadlineBefore().IsMatch(lead) || Wording.DeadlineStart().IsMatch(mention.Text)
                || EffectLead().IsMatch(lead))
            {
                continue;
            }

            var verbBefore = Wording.PastVerbBeforeDate().IsMatch(lead);
            var verbAfter = Wording.SentenceOpening().IsMatch(text.AsSpan(sentenceSpan.Start, mention.Span.Start - sentenceSpan.Start)) && Wording.PastVerbAfterDate().IsMatch(tail);
            if (!verbBefore && !verbAfter)
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

    private List<Finding> ReportsBeforeSubject(CheckContext context, Sentences sentences, List<(Mention Mention, int Index)> dates, SentenceMarks future)
    {
        var text = context.Document.Text;
        var found = new List<Finding>();
        foreach (var regex in new[] { DatedReportPattern(), ReportDatedPattern() })
        {
            foreach (Match match in regex.Matches(text))
            {
                var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                var sentence = sentences.IndexOf(match.Index);
                if (sentence < 0)
                {
                    continue;
                }

                var sentenceSpan = sentences.Spans[sentence];
                if (future.Holds(sentence))
                {
                    continue;
                }

                var reportSpan = new TextSpan(match.Index, match.Index + match.Length);
                var reportEnd = new DateOnly(year, 12, 31);
                foreach (var (mention, _) in DatesWithin(dates, sentenceSpan))
                {
                    // What is dated after publication is a plan or a forecast the report may well contain.
                    if (mention.Span.Overlaps(reportSpan)
                        || !mention.Date!.ShowsYear || mention.Date!.Start <= reportEnd
                        || (context.Document.Published is DateOnly published && mention.Date.Start > published))
                    {
                        continue;
                    }

                    found.Add(ReportFinding(context, match.Value, reportSpan, year, mention.Text, mention.Span, mention.Date.Start!.Value));
                    break;
                }
            }
        }

        foreach (var claim in context.Claims)
        {
            if (claim.Source?.Date is not { IsResolved: true } sourceDate || claim.Time is not { FromPublicationDate: false, Date.IsResolved: true, Span: TextSpan timeSpan } time
                || time.Date!.Start <= sourceDate.End || future.Holds(sentences.IndexOf(claim.Span.Start))
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

    // "three days after": the count the wording gives; none for a vague one ("a few days after").
    private static int? Count(string word) =>
        word.ToUpperInvariant() is "FEW" or "A FEW" or "SEVERAL" or "JUST" || DatePhraseReader.CountOf(word) is not (> 0 and var count)
            ? null
            : count;

    private static DateOnly? PeriodStart(string year, string month)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = month.Length == 0 ? 1 : CommonDateReader.MonthOf(month);
        return m == 0 ? null : new DateOnly(y, m, 1);
    }

    private static DateOnly? PeriodEnd(string year, string month)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = month.Length == 0 ? 12 : CommonDateReader.MonthOf(month);
        return m == 0 ? null : new DateOnly(y, m, DateTime.DaysInMonth(y, m));
    }

    [GeneratedRegex(@"\b(?:from|between)\s+(?:(?<ma>" + Wording.Months + @")\.?\s+)?(?<ya>" + YearGroup + @")\s+(?:to|until|till|through|thru|and)\s+(?:(?<mb>" + Wording.Months + @")\.?\s+)?(?<yb>" + YearGroup + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FromToPattern();

    [GeneratedRegex(@"(?<![0-9/.-])(?<ya>" + YearGroup + @")\s*[\u2013\u2014-]\s*(?:(?<mb>" + Wording.Months + @")\.?\s+)?(?<yb>" + YearGroup + @")(?![0-9/.-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DashPattern();

    // Anchored at the end of the text before a year; read right to left so only that end is tried.
    [GeneratedRegex(@"(?<ma>" + Wording.Months + @")\.?\s+\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, 1000)]
    private static partial Regex MonthBeforePattern();

    [GeneratedRegex(@"^\s*(?:to|until|till|through|thru|[\u2013\u2014-])\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex JoinPattern();

    [GeneratedRegex(@"\b(?:from|between)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadPattern();

    [GeneratedRegex(@"\b(?<n>[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\s+(?<unit>days?|weeks?)\s+(?<rel>after|before)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DaysAfterPattern();

    [GeneratedRegex(@"(?:(?:take|takes|took|taking|taken)\s+(?:full\s+)?effect|(?:come|comes|came|coming)\s+into\s+(?:force|effect)|(?:go|goes|went)\s+into\s+effect|effective|kicks?\s+in|enters?\s+into\s+force)\s+(?:from\s+|on\s+|as\s+of\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EffectLead();

    [GeneratedRegex(@"\b(announced|unveiled|declared)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AnnouncePattern();

    [GeneratedRegex(@"\b(?<year>(?:19|20)[0-9]{2})\s+(?:[\p{Lu}][\p{L}.'\u2019-]*\s+){0,5}(?:report|study|survey|review|analysis|audit|assessment|paper|census|inquiry)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DatedReportPattern();

    [GeneratedRegex(@"\b(?:report|study|survey|review|analysis|audit|assessment|paper|census|inquiry)\s+(?:published|released|issued|from|dated)\s+(?:in\s+)?(?<year>(?:19|20)[0-9]{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReportDatedPattern();
}
