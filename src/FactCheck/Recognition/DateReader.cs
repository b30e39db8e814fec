using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Text;
using Microsoft.Recognizers.Text;

namespace FactCheck.Recognition;

/// <summary>
/// Turns the date-time model's results for a sentence into date mentions resolved against the publication date.
/// </summary>
/// <remarks>
/// <para>
/// <b>What counts as a date.</b> Dates, months, quarters, half years, years, decades and ranges between them
/// ("April 9", "January 2025", "Q3", "2022", "from 2013 to 2018", "last year", "three days ago"). Clock times
/// ("5pm"), durations ("25 years", "a week"), recurring sets ("every Monday") and the bare present ("now",
/// "currently") are not reported: they name no calendar time. A date with a time ("April 9 at 10am") is
/// reported as its day.
/// </para>
/// <para>
/// <b>Past or future.</b> News mostly reports the past, so a date that does not name its year ("April 9",
/// "Monday", "Q3", "December") resolves to its latest occurrence that has begun by the publication date (the
/// current month or quarter counts: "in April" in an article of 2025-04-05 is April 2025), unless the sentence
/// speaks of the future ("will", "takes effect", "is due", "comes into force", "from next", "scheduled") — then
/// to its first occurrence that has not ended by then ("takes full effect on April 9" is 2025-04-09).
/// </para>
/// <para>
/// <b>Ranges.</b> "from 2013 to 2018" covers 2018: a range whose end the text names as a whole year or month
/// runs to the last day of it (the date-time model stops at its first day).
/// </para>
/// <para>
/// <b>No publication date.</b> A date that depends on it ("April 9", "last year") stays unresolved: its
/// <see cref="DateValue.Timex"/> keeps the unknown parts as <c>X</c> (<c>XXXX-04-09</c>) and
/// <see cref="DateValue.UnresolvedReason"/> says why.
/// </para>
/// </remarks>
internal static partial class DateReader
{
    /// <summary>The reference date given to the date-time model when the document has no publication date; never reported.</summary>
    public static readonly DateTime UnknownReference = new(2000, 6, 15, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Reads the date mentions from the model results of one sentence.</summary>
    /// <param name="language">The language pack of the document, which gives the words read.</param>
    /// <param name="text">The document text.</param>
    /// <param name="window">The part of the sentence the model read (the results' offsets are relative to it).</param>
    /// <param name="results">The date-time model results.</param>
    /// <param name="published">The publication date, if known.</param>
    /// <param name="future">Where the sentence speaks of the future, for dates without a year.</param>
    /// <param name="mentions">Receives the date mentions.</param>
    /// <param name="excluded">Receives the spans of clock times the model found, so their digits are not read as numbers.</param>
    public static void Read(LanguagePack language, string text, TextSpan window, IReadOnlyList<ModelResult> results, DateOnly? published, FutureScope future, List<Mention> mentions, List<TextSpan> excluded)
    {
        if (results.Count == 0)
        {
            return;
        }

        foreach (var result in results)
        {
            var start = window.Start + result.Start;
            var end = window.Start + result.End + 1;
            if (result.Start < 0 || end > window.End || end <= start)
            {
                continue;
            }

            var span = new TextSpan(start, end);
            var surface = span.Slice(text);
            if (surface is "may" or "march")
            {
                continue; // The verbs, not the months.
            }

            var type = result.TypeName.Replace("datetimeV2.", string.Empty, StringComparison.Ordinal);
            if (type is "time" or "timerange")
            {
                excluded.Add(span);
                continue;
            }

            if (type is not ("date" or "daterange" or "datetime" or "datetimerange"))
            {
                continue; // Durations and sets name no calendar time.
            }

            if (SeasonFirstYear(surface) is { } first)
            {
                // "2004/05": a fiscal year or season across two calendar years (the model reads May 2004).
                var season = FromPeriod(surface, new DateOnly(first, 1, 1), new DateOnly(first + 2, 1, 1));
                mentions.Add(new Mention(MentionKind.Date, span, surface, first, "date", first, first + 1, date: season));
                continue;
            }

            var values = Values(result);
            if (values.Count == 0)
            {
                continue;
            }

            var date = published is { } day
                ? Resolve(language, surface, type, values, day, future.At(start))
                : Unresolved(language, surface, type, values);
            if (date is null)
            {
                continue;
            }

            var year = date.Start?.Year ?? 0;
            var lastYear = date.End?.Year ?? 0;
            mentions.Add(new Mention(MentionKind.Date, span, surface, year, "date", year, lastYear, date: date));
        }
    }

    /// <summary>A plain year such as "2022" in "A 2022 report" or "since 2019", read without the date-time model.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="span">The mention: the year, or the year with its bound ("since 2019").</param>
    /// <param name="digits">The four digits of the year.</param>
    public static Mention Year(string text, TextSpan span, TextSpan digits)
    {
        var surface = span.Slice(text);
        var yearText = digits.Slice(text);
        var year = int.Parse(yearText, NumberStyles.None, CultureInfo.InvariantCulture);
        var date = new DateValue(DateGrain.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), yearText);
        return new Mention(MentionKind.Date, span, surface, year, "date", year, year, date: date);
    }

    /// <summary>The date value of a period read without the model: its grain, last day and TIMEX3 value.</summary>
    /// <param name="surface">The text of the mention (a range word in it makes the grain a range).</param>
    /// <param name="start">The first day.</param>
    /// <param name="endExclusive">The day after the last day.</param>
    public static DateValue FromPeriod(string surface, DateOnly start, DateOnly endExclusive)
    {
        var grain = GrainOf(surface, "(", start, endExclusive);
        return new DateValue(grain, start, endExclusive.AddDays(-1), TimexOf(grain, start, endExclusive));
    }

    // The first year of "2004/05" or "2011-12": four digits, a slash or dash, and the next year's last two digits.
    private static int? SeasonFirstYear(string surface)
    {
        if (surface.Length != 7 || surface[4] is not ('/' or '-' or '–')
            || !int.TryParse(surface.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(surface.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var next))
        {
            return null;
        }

        return next == (first + 1) % 100 ? first : null;
    }

    private static List<IDictionary<string, string>> Values(ModelResult result)
    {
        if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var raw) || raw is not System.Collections.IEnumerable list)
        {
            return [];
        }

        return list.OfType<IDictionary<string, string>>().ToList();
    }

    private static DateValue? Resolve(LanguagePack language, string surface, string type, List<IDictionary<string, string>> values, DateOnly published, bool future)
    {
        // Several values mean the text did not fix the year: the model gives the past and the future occurrence.
        var chosen = values[0];
        if (values.Count > 1)
        {
            var occurrences = values.Select(v => (Value: v, Bounds: Bounds(v, type, Get(v, "timex") ?? string.Empty))).ToList();
            var index = PickOccurrence(occurrences.Select(o => o.Bounds).ToList(), published, future);
            chosen = occurrences[index].Value;
        }

        var timex = Get(chosen, "timex") ?? string.Empty;
        if (timex.Contains("REF", StringComparison.Ordinal))
        {
            return null; // "now", "recently", "the past": no calendar time.
        }

        var (start, endExclusive) = Bounds(chosen, type, timex);
        if (start is null || endExclusive is null || endExclusive <= start)
        {
            return null;
        }

        var named = ExtendNamedEnd(language, surface, timex, start.Value, endExclusive.Value);
        var extended = named != endExclusive;
        endExclusive = named;
        var grain = GrainOf(surface, timex, start.Value, endExclusive.Value);
        var absoluteTimex = extended || timex.Contains('X', StringComparison.Ordinal) ? TimexOf(grain, start.Value, endExclusive.Value) : timex;
        return new DateValue(grain, start, endExclusive.Value.AddDays(-1), absoluteTimex);
    }

    private static DateValue? Unresolved(LanguagePack language, string surface, string type, List<IDictionary<string, string>> values)
    {
        var chosen = values[0];
        var timex = Get(chosen, "timex") ?? string.Empty;
        if (timex.Contains("REF", StringComparison.Ordinal))
        {
            return null;
        }

        var (start, endExclusive) = Bounds(chosen, type, timex);
        if (start is null || endExclusive is null || endExclusive <= start)
        {
            return null;
        }

        endExclusive = ExtendNamedEnd(language, surface, timex, start.Value, endExclusive.Value);
        var grain = GrainOf(surface, timex, start.Value, endExclusive.Value);
        var relative = language.News.RelativeDateCue().IsMatch(surface);
        if (!relative && !timex.Contains('X', StringComparison.Ordinal))
        {
            return new DateValue(grain, start, endExclusive.Value.AddDays(-1), timex);
        }

        if (relative)
        {
            // The model resolved it against a stand-in date: keep only its shape.
            timex = grain switch
            {
                DateGrain.Day => "XXXX-XX-XX",
                DateGrain.Week => "XXXX-WXX",
                DateGrain.Month => "XXXX-XX",
                DateGrain.Year => "XXXX",
                _ => "XXXX",
            };
        }

        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"'{surface}' depends on when the text was written, and the document has no publication date.");
        return new DateValue(grain, null, null, timex, reason);
    }

    /// <summary>
    /// The day a weekday named without a date stands for: that of this week or the last, or the next one ahead, as
    /// <see cref="PickOccurrence"/> chooses between them.
    /// </summary>
    public static DateOnly NearestWeekday(DayOfWeek weekday, DateOnly published, bool future)
    {
        var back = published.AddDays(-(((int)published.DayOfWeek - (int)weekday + 7) % 7));
        var ahead = published.AddDays(((int)weekday - (int)published.DayOfWeek + 7) % 7);
        var days = new List<(DateOnly?, DateOnly?)> { (back, back.AddDays(1)), (ahead, ahead.AddDays(1)) };
        return days[PickOccurrence(days, published, future)].Item1!.Value;
    }

    /// <summary>
    /// Chooses among the occurrences of a date that does not name its year: without <paramref name="future"/>, the
    /// latest one that has begun by the publication date (so "in April" in an April article is this April); with
    /// it, the earliest one that has not ended by then.
    /// </summary>
    public static int PickOccurrence(IReadOnlyList<(DateOnly? Start, DateOnly? EndExclusive)> occurrences, DateOnly published, bool future)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        var best = -1;
        for (var i = 0; i < occurrences.Count; i++)
        {
            var (start, end) = occurrences[i];
            if (start is null || end is null)
            {
                continue;
            }

            if (future)
            {
                if (end.Value > published && (best < 0 || start < occurrences[best].Start))
                {
                    best = i;
                }
            }
            else if (start.Value <= published && (best < 0 || start > occurrences[best].Start))
            {
                best = i;
            }
        }

        return best < 0 ? 0 : best;
    }

    // Dates the arithmetic here can work with: "in the year 9999" or "0000-00-00" name no calendar time a claim can
    // have, and one year more (an exclusive end, a decade test) must still be a valid DateOnly.
    private static bool InCalendar(DateOnly? day) => day is null || day.Value.Year is >= MinYear and <= MaxYear;

    private const int MinYear = 1;
    private const int MaxYear = 9000;

    private static (DateOnly? Start, DateOnly? EndExclusive) Bounds(IDictionary<string, string> value, string type, string timex)
    {
        var (start, endExclusive) = RawBounds(value, type, timex);
        return InCalendar(start) && InCalendar(endExclusive) ? (start, endExclusive) : (null, null);
    }

    private static (DateOnly? Start, DateOnly? EndExclusive) RawBounds(IDictionary<string, string> value, string type, string timex)
    {
        if (type is "date" or "datetime")
        {
            var day = ParseDay(Get(value, "value"));
            return day is null || !InCalendar(day) ? (null, null) : (day, day.Value.AddDays(1));
        }

        var start = ParseDay(Get(value, "start"));
        var end = ParseDay(Get(value, "end"));
        if (start is not null && end is not null)
        {
            return !InCalendar(start) || !InCalendar(end) ? (null, null)
                : type == "datetimerange" ? (start, start.Value.AddDays(1)) : (start, end);
        }

        // "before Wednesday", "after March 3": a bound on a named day, which is the mention's date.
        if (Get(value, "sourceEntity") == "datetimepoint" && (start ?? end) is { } point && InCalendar(point))
        {
            return (point, point.AddDays(1));
        }

        // "since 2019", "by 2030": one open end; the mention names the time in its timex.
        return FromTimex(timex);
    }

    private static (DateOnly?, DateOnly?) FromTimex(string timex)
    {
        var match = AbsoluteTimex().Match(timex);
        if (!match.Success)
        {
            return (null, null);
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear)
        {
            return (null, null);
        }

        if (match.Groups["m"].Success)
        {
            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return (null, null);
            }

            if (match.Groups["d"].Success)
            {
                var dayNumber = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
                if (dayNumber < 1 || dayNumber > DateTime.DaysInMonth(year, month))
                {
                    return (null, null);
                }

                var day = new DateOnly(year, month, dayNumber);
                return (day, day.AddDays(1));
            }

            var first = new DateOnly(year, month, 1);
            return (first, first.AddMonths(1));
        }

        var january = new DateOnly(year, 1, 1);
        return (january, january.AddYears(1));
    }

    // "to 2018" and "to March" name a whole year or month: the range runs to its end, not to its first day.
    private static DateOnly ExtendNamedEnd(LanguagePack language, string surface, string timex, DateOnly start, DateOnly endExclusive)
    {
        if (!timex.StartsWith('(') || endExclusive.Day != 1)
        {
            return endExclusive;
        }

        var trimmed = surface.TrimEnd();
        if (endExclusive.Month == 1 && EndsWithYear(trimmed, endExclusive.Year) && endExclusive.Year > start.Year)
        {
            return endExclusive.AddYears(1);
        }

        var monthName = language.Calendar.MonthName(endExclusive.Month);
        var namesEndMonth = trimmed.EndsWith(monthName, StringComparison.OrdinalIgnoreCase)
            || trimmed.EndsWith(string.Create(CultureInfo.InvariantCulture, $"{monthName} {endExclusive.Year}"), StringComparison.OrdinalIgnoreCase);
        return namesEndMonth && endExclusive > start.AddMonths(1) ? endExclusive.AddMonths(1) : endExclusive;
    }

    private static bool EndsWithYear(string surface, int year)
        => surface.EndsWith(year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static DateGrain GrainOf(string surface, string timex, DateOnly start, DateOnly endExclusive)
    {
        if (timex.StartsWith('(') && RangeWords().IsMatch(surface))
        {
            return DateGrain.Range;
        }

        if (endExclusive == start.AddDays(1))
        {
            return DateGrain.Day;
        }

        if (endExclusive == start.AddDays(7) && start.DayOfWeek == DayOfWeek.Monday)
        {
            return DateGrain.Week;
        }

        if (start.Day == 1)
        {
            if (endExclusive == start.AddMonths(1))
            {
                return DateGrain.Month;
            }

            if (endExclusive == start.AddMonths(3) && start.Month % 3 == 1)
            {
                return DateGrain.Quarter;
            }

            if (endExclusive == start.AddMonths(6) && start.Month is 1 or 7)
            {
                return DateGrain.HalfYear;
            }

            if (start.Month == 1 && endExclusive == start.AddYears(1))
            {
                return DateGrain.Year;
            }

            if (start.Month == 1 && endExclusive == start.AddYears(10) && start.Year % 10 == 0)
            {
                return DateGrain.Decade;
            }
        }

        return DateGrain.Range;
    }

    private static string TimexOf(DateGrain grain, DateOnly start, DateOnly endExclusive) => grain switch
    {
        DateGrain.Day => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateGrain.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DateGrain.Year => start.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"({start:yyyy-MM-dd},{endExclusive:yyyy-MM-dd},{DurationOf(start, endExclusive)})"),
    };

    private static string DurationOf(DateOnly start, DateOnly endExclusive)
    {
        var months = ((endExclusive.Year - start.Year) * 12) + endExclusive.Month - start.Month;
        if (start.Day == 1 && endExclusive.Day == 1 && months > 0)
        {
            return months % 12 == 0
                ? string.Create(CultureInfo.InvariantCulture, $"P{months / 12}Y")
                : string.Create(CultureInfo.InvariantCulture, $"P{months}M");
        }

        return string.Create(CultureInfo.InvariantCulture, $"P{endExclusive.DayNumber - start.DayNumber}D");
    }

    private static DateOnly? ParseDay(string? value)
    {
        if (value is null || value.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
    }

    private static string? Get(IDictionary<string, string> value, string key)
        => value.TryGetValue(key, out var text) ? text : null;

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:-(?<m>[0-9]{2})(?:-(?<d>[0-9]{2}))?)?(?:T.*)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, NewsLexicon.MatchTimeout)]
    private static partial Regex AbsoluteTimex();

    [GeneratedRegex(@"\b(?:from|between|to|until|till|through|thru)\b|(?<!\p{L})[-–]|[-–](?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, NewsLexicon.MatchTimeout)]
    private static partial Regex RangeWords();
}
