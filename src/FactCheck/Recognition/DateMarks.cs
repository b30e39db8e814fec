using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>
/// The date wording of a document that is not one date: periods ("from 2018 to 2013"), gaps between two days ("three
/// days after") and reports named with their year ("a 2019 report"). Read once after the mentions, for the later stages.
/// </summary>
internal sealed class DateMarks
{
    /// <summary>No marks: for a document read without them.</summary>
    public static readonly DateMarks Empty = new([], [], []);

    // How far before a period's first year its month may start: the longest month name, a full stop and spaces.
    private const int MonthLookBehind = 32;

    // How far before the first of two dates "from the" or "between" may start.
    private const int PeriodLeadLength = 12;

    private DateMarks(IReadOnlyList<WrittenPeriod> periods, IReadOnlyList<DayGap> dayGaps, IReadOnlyList<DatedReport> reports)
    {
        Periods = periods;
        DayGaps = dayGaps;
        Reports = reports;
    }

    /// <summary>The periods with both ends known: first those of written years, then those of two dates joined by "to".</summary>
    public IReadOnlyList<WrittenPeriod> Periods { get; }

    /// <summary>The gaps a sentence gives between two of its days, in text order within each sentence.</summary>
    public IReadOnlyList<DayGap> DayGaps { get; }

    /// <summary>The reports named with their year: first "a 2019 report", then "a report published in 2019".</summary>
    public IReadOnlyList<DatedReport> Reports { get; }

    /// <summary>Reads the marks of a document whose mentions carry their date context (<see cref="DateContextReader"/>).</summary>
    public static DateMarks Read(LanguagePack language, string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        var dates = mentions
            .Where(m => m.Kind == MentionKind.Date && m.Date is { IsResolved: true })
            .OrderBy(m => m.Span.Start)
            .ToList();
        return new DateMarks(ReadPeriods(language, text, dates), ReadDayGaps(language, text, sentences, dates), ReadReports(language, text, sentences));
    }

    private static List<WrittenPeriod> ReadPeriods(LanguagePack language, string text, List<Mention> dates)
    {
        var periods = new List<WrittenPeriod>();
        foreach (Match match in language.News.PeriodFromTo().Matches(text))
        {
            AddPeriod(language, periods, text, match.Index, match.Groups["ma"].Value, match);
        }

        // "March 2018 - 2013": the pattern starts at the first year, which is cheap to find; the month before that
        // year is looked for only where a period was found.
        foreach (Match match in language.News.PeriodDash().Matches(text))
        {
            var month = MonthBefore(language, text, match.Index);
            AddPeriod(language, periods, text, month?.Index ?? match.Index, month?.Groups["ma"].Value ?? string.Empty, match);
        }

        // Two dates that write their years joined by "to"/"until": "from April 9, 2025 to April 2, 2025".
        for (var k = 0; k + 1 < dates.Count; k++)
        {
            var first = dates[k];
            var second = dates[k + 1];
            if (first.Span.End > second.Span.Start || !first.Date!.ShowsYear || !second.Date!.ShowsYear
                || !language.News.PeriodJoin().IsMatch(text.AsSpan(first.Span.End, second.Span.Start - first.Span.End))
                || !language.News.PeriodLead().IsMatch(text.AsSpan(Math.Max(0, first.Span.Start - PeriodLeadLength), first.Span.Start - Math.Max(0, first.Span.Start - PeriodLeadLength))))
            {
                continue;
            }

            var span = new TextSpan(first.Span.Start, second.Span.End);
            periods.Add(new WrittenPeriod(span, span.Slice(text), first.Date.Start!.Value, second.Date.End!.Value, JoinsTwoDates: true));
        }

        return periods;
    }

    private static void AddPeriod(LanguagePack language, List<WrittenPeriod> periods, string text, int startIndex, string startMonth, Match match)
    {
        if (PeriodStart(language, match.Groups["ya"].Value, startMonth) is DateOnly start && PeriodEnd(language, match.Groups["yb"].Value, match.Groups["mb"].Value) is DateOnly end)
        {
            var span = new TextSpan(startIndex, match.Index + match.Length);
            periods.Add(new WrittenPeriod(span, span.Slice(text), start, end, JoinsTwoDates: false));
        }
    }

    // The month written just before a period's first year ("March 2018 - 2013"), if any, as the period's start.
    private static Match? MonthBefore(LanguagePack language, string text, int yearStart)
    {
        var from = Math.Max(0, yearStart - MonthLookBehind);
        var month = language.News.MonthBeforeYear().Match(text, from, yearStart - from);
        if (!month.Success || (month.Index > 0 && text[month.Index - 1] is (>= '0' and <= '9') or '/' or '.' or '-'))
        {
            return null;
        }

        return month;
    }

    private static DateOnly? PeriodStart(LanguagePack language, string year, string month)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = month.Length == 0 ? 1 : CommonDateReader.MonthOf(language, month);
        return m == 0 ? null : new DateOnly(y, m, 1);
    }

    private static DateOnly? PeriodEnd(LanguagePack language, string year, string month)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = month.Length == 0 ? 12 : CommonDateReader.MonthOf(language, month);
        return m == 0 ? null : new DateOnly(y, m, DateTime.DaysInMonth(y, m));
    }

    private static List<DayGap> ReadDayGaps(LanguagePack language, string text, IReadOnlyList<TextSpan> sentences, List<Mention> dates)
    {
        var gaps = new List<DayGap>();

        // Only a sentence with two days in it can hold a gap between them; the wording is looked for there.
        var daysBySentence = dates
            .Where(d => d.Date!.Grain == DateGrain.Day)
            .Select(d => (Day: d, Sentence: SentenceIndex.Of(sentences, d.Span.Start)))
            .Where(d => d.Sentence >= 0 && sentences[d.Sentence].Contains(d.Day.Span))
            .GroupBy(d => d.Sentence, d => d.Day)
            .Where(g => g.Count() >= 2);
        foreach (var group in daysBySentence)
        {
            var days = group.ToList();
            var sentence = sentences[group.Key];
            for (var match = language.News.DayGap().Match(text, sentence.Start, sentence.Length); match.Success; match = match.NextMatch())
            {
                var first = days.LastOrDefault(d => d.Span.End <= match.Index);
                var second = days.FirstOrDefault(d => d.Span.Start >= match.Index + match.Length);
                if (first is null || second is null)
                {
                    continue;
                }

                gaps.Add(new DayGap(
                    new TextSpan(match.Index, match.Index + match.Length),
                    match.Value,
                    Count(language, match.Groups["n"].Value),
                    match.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 : 1,
                    match.Groups["rel"].Value.Equals("after", StringComparison.OrdinalIgnoreCase),
                    first,
                    second));
            }
        }

        return gaps;
    }

    // "three days after": the count the wording gives; none for a vague one ("a few days after").
    private static int? Count(LanguagePack language, string word) =>
        word.ToUpperInvariant() is "FEW" or "A FEW" or "SEVERAL" or "JUST" || DatePhraseReader.CountOf(language, word) is not (> 0 and var count)
            ? null
            : count;

    private static List<DatedReport> ReadReports(LanguagePack language, string text, IReadOnlyList<TextSpan> sentences)
    {
        var reports = new List<DatedReport>();
        foreach (var regex in new[] { language.News.DatedReport(), language.News.ReportDated() })
        {
            foreach (Match match in regex.Matches(text))
            {
                var sentence = SentenceIndex.Of(sentences, match.Index);
                if (sentence < 0)
                {
                    continue;
                }

                var words = text.AsSpan(sentences[sentence].Start, sentences[sentence].Length);
                reports.Add(new DatedReport(
                    new TextSpan(match.Index, match.Index + match.Length),
                    match.Value,
                    int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
                    sentences[sentence],
                    language.News.SpeaksOfFutureOrPlan(words)));
            }
        }

        return reports;
    }
}
