using System.Globalization;
using Microsoft.Recognizers.Text;

namespace FactCheck.Recognition;

/// <summary>
/// Reads the common date forms of news sentences ("in 2004", "December", "2 February 2004", "last year",
/// "the fourth quarter of 2004", "on Friday", "a year earlier") directly, giving exactly the results the
/// Recognizers date-time model gives for them, so that the model — by far the most expensive part of
/// recognition, about a millisecond per date — only runs on sentences that need it.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="TryRead"/> answers for a whole sentence or not at all. It first looks for every word that may
/// belong to a time expression (month and weekday names, years, "year", "week", "quarter", "today", "ago",
/// times of day, seasons, holidays, ...). It answers only when each of them is part of a form it knows and no
/// word next to that form could join it into a larger expression ("from", "to", "since", "by", "early", "end",
/// "and", a dash, ...). Otherwise it declines and the caller runs the model on the sentence. A sentence with no
/// such word at all is answered with no dates.
/// </para>
/// <para>
/// The results have the shape of the model's (<see cref="ModelResult"/> with type <c>datetimeV2.date</c> or
/// <c>datetimeV2.daterange</c>, lower-case text, inclusive end index, and the past and future readings of an
/// ambiguous date), so the rest of recognition treats them alike. Tests compare them with the model's.
/// </para>
/// </remarks>
internal static class CommonDateReader
{
    private const string DateType = "datetimeV2.date";
    private const string DateRangeType = "datetimeV2.daterange";

    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    private static readonly string[] WeekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly string[] QuarterOrdinals = ["first", "second", "third", "fourth"];

    private static readonly Dictionary<string, int> SmallNumbers = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    // Words that can be (part of) a time expression for the model. A sentence holding one that no known
    // form explains goes to the model.
    private static readonly HashSet<string> CueWords = new(StringComparer.Ordinal)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "today", "tonight", "yesterday", "tomorrow", "now", "recently", "lately", "nowadays", "soon",
        "previously", "present", "past", "future", "ago", "eve", "weekend", "weekends", "fortnight", "fortnights",
        "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "quarter", "quarters",
        "decade", "decades", "century", "centuries", "millennium", "hour", "hours", "hr", "hrs", "minute", "minutes",
        "min", "mins", "seconds", "sec", "secs", "morning", "mornings", "afternoon", "afternoons", "evening",
        "evenings", "night", "nights", "noon", "midday", "midnight", "dawn", "dusk", "daytime", "overnight",
        "daily", "weekly", "monthly", "quarterly", "yearly", "annual", "annually", "biannual", "biennial",
        "spring", "summer", "autumn", "fall", "winter", "season", "seasons", "christmas", "easter", "thanksgiving",
        "halloween", "ramadan", "hanukkah", "diwali", "holiday", "holidays", "xmas", "semester", "half",
        "halves", "fy", "ytd", "q1", "q2", "q3", "q4", "h1", "h2", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst",
        "est", "pst", "o'clock", "oclock", "mid", "nineties", "eighties", "seventies", "sixties", "fifties",
        "millennia", "anniversary", "birthday", "moment", "date",
    };

    private static readonly HashSet<string> IgnoredWords = new(StringComparer.Ordinal)
    {
        "now", "recently", "previously", "lately", "nowadays", "soon", "annual", "annually", "daily", "weekly",
        "monthly", "quarterly", "yearly", "biannual", "biennial", "fall", "spring", "summer", "autumn", "winter",
    };

    // Words that may join a neighbouring date into a larger expression ("from 2003 to 2004", "by 2006",
    // "early 2004", "the end of March", "2003 and 2004").
    private static readonly HashSet<string> JoinWordsBefore = new(StringComparer.Ordinal)
    {
        "between", "since", "until", "till", "til", "by", "before", "after", "through", "thru",
        "throughout", "during", "to", "and", "or", "nor", "early", "late", "mid", "middle", "end", "start",
        "beginning", "first", "last", "next", "this", "that", "past", "previous", "coming", "following", "within",
        "over", "of", "around", "about", "circa", "every", "each", "per", "all", "same", "upcoming", "current",
        "prior", "latest", "recent", "entire", "whole", "full", "fiscal", "financial", "calendar", "tax", "model",
        "season", "school", "academic", "than", "as", "at", "due", "effective", "valid", "expires", "ending",
        "ended", "starting", "started", "beginning", "opening", "closing", "later", "earlier", "vs", "versus",
    };

    // Words that reach over "in", "the" or "of" to a date: "earlier in 2004", "by the end of March".
    private static readonly HashSet<string> ReachingWords = new(StringComparer.Ordinal)
    {
        "between", "since", "until", "till", "til", "by", "before", "after", "through", "thru", "throughout",
        "during", "early", "earlier", "late", "later", "mid", "middle", "end", "start", "beginning", "within",
        "over", "past", "last", "next", "this", "first", "second", "third", "fourth", "half", "rest", "remainder",
        "part", "course", "spring", "summer", "autumn", "winter", "fall",
    };

    private static readonly HashSet<string> JoinWordsAfter = new(StringComparer.Ordinal)
    {
        "to", "through", "thru", "until", "till", "til", "ago", "earlier", "later", "onwards", "onward", "of", "end", "start", "morning", "afternoon", "evening", "night",
        "vs", "versus", "since", "last", "next", "this", "past", "season", "quarter",
        "half", "year", "years", "month", "months", "week", "weeks", "day", "days", "period",
    };

    /// <summary>
    /// Reads the dates of <paramref name="sentence"/>, or returns <see langword="false"/> when it holds a time
    /// expression it does not fully know (then run the model on the sentence).
    /// </summary>
    /// <param name="sentence">The sentence text.</param>
    /// <param name="reference">The reference date (the publication date).</param>
    /// <param name="results">Receives the dates read, in text order, when the method returns <see langword="true"/>.</param>
    public static bool TryRead(string sentence, DateTime reference, List<ModelResult> results)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(results);
        var start = results.Count;
        var tokens = Tokenize(sentence);
        var between = tokens.Exists(t => t.Lower == "between");
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsCue(sentence, tokens, i))
            {
                continue;
            }

            var matched = TryMatch(sentence, tokens, i, reference, out var first, out var last, out var result);
            if (!matched || !IsIsolated(sentence, tokens, first, last, i) || (between && result is not null))
            {
                results.RemoveRange(start, results.Count - start);
                return false;
            }

            if (result is not null)
            {
                results.Add(result);
            }

            i = last;
        }

        return true;
    }

    private static bool TryMatch(string text, List<Token> tokens, int cue, DateTime reference, out int first, out int last, out ModelResult? result)
    {
        first = last = cue;
        result = null;
        // The cue of "fourth quarter" is the ordinal: read from the word "quarter".
        if (QuarterIndex(tokens[cue].Lower) > 0 && cue + 1 < tokens.Count && tokens[cue + 1].Lower == "quarter")
        {
            cue++;
            first = last = cue;
        }

        var word = tokens[cue].Lower;

        // "the fourth quarter", "fourth quarter of 2004" (the cue is the ordinal: quarter follows).
        if (word == "quarter" && cue > 0 && QuarterIndex(tokens[cue - 1].Lower) is var quarter and > 0 && IsSpaced(tokens, cue - 1, cue))
        {
            first = cue - 1;
            if (first > 0 && tokens[first - 1].Lower == "the" && IsSpaced(tokens, first - 1, first))
            {
                first--;
            }

            int? year = null;
            if (cue + 2 < tokens.Count && tokens[cue + 1].Lower == "of" && IsYear(text, tokens, cue + 2, out var y)
                && IsSpaced(tokens, cue, cue + 1) && IsSpaced(tokens, cue + 1, cue + 2))
            {
                year = y;
                last = cue + 2;
            }

            // On the first day of a quarter the model gives a single reading of the quarter before; leave it the model.
            if (year is null && reference.Day == 1 && reference.Month % 3 == 1)
            {
                return false;
            }

            result = Quarter(text, tokens, first, last, quarter, year, reference);
            return true;
        }

        // Words the recognition stage drops even when the model reads them: the present and the vague past
        // ("now", "recently"), recurring sets ("annual", "daily"), seasons without a year ("fall", "summer"),
        // and the verbs "may" and "march". Standing alone they change nothing, so they are read as no date.
        if (IgnoredWords.Contains(word) || (word is "may" or "march" && !IsCapitalised(tokens[cue])))
        {
            return true;
        }

        if (MonthIndex(tokens[cue]) is var month and > 0)
        {
            return TryMonth(text, tokens, cue, month, reference, out first, out last, out result);
        }

        // "2 February", "2 February 2004" (the cue is the day: a month follows).
        if (tokens[cue].IsNumber && cue + 1 < tokens.Count && MonthIndex(tokens[cue + 1]) is var followingMonth and > 0)
        {
            return TryMonth(text, tokens, cue + 1, followingMonth, reference, out first, out last, out result);
        }

        if (Array.IndexOf(WeekdayNames, word) is var weekday and >= 0 && IsCapitalised(tokens[cue]))
        {
            result = Weekday(text, tokens[cue], (DayOfWeek)((weekday + 1) % 7), reference);
            return true;
        }

        if (IsYear(text, tokens, cue, out var bareYear))
        {
            result = Range(text, tokens[cue].Start, tokens[cue].End, Year(bareYear), new DateTime(bareYear, 1, 1), new DateTime(bareYear + 1, 1, 1));
            return true;
        }

        // "last year", "this month", "next week".
        if (word is "year" or "month" or "week" && cue > 0 && tokens[cue - 1].Lower is "last" or "this" or "next" && IsSpaced(tokens, cue - 1, cue))
        {
            first = cue - 1;
            var shift = tokens[first].Lower switch { "last" => -1, "next" => 1, _ => 0 };
            result = Relative(text, tokens[first].Start, tokens[cue].End, word, shift, reference);
            return result is not null;
        }

        // "a year earlier", "two months ago", "a week ago".
        if (word is "year" or "years" or "month" or "months" or "week" or "weeks" or "day" or "days"
            && cue > 0 && cue + 1 < tokens.Count
            && tokens[cue + 1].Lower is "ago" or "earlier"
            && IsSpaced(tokens, cue - 1, cue) && IsSpaced(tokens, cue, cue + 1)
            && Count(tokens[cue - 1]) is var count and > 0
            && (count == 1) == (word is "year" or "month" or "week" or "day"))
        {
            first = cue - 1;
            last = cue + 1;
            var day = word[0] switch
            {
                'y' => reference.AddYears(-count),
                'm' => reference.AddMonths(-count),
                'w' => reference.AddDays(-7 * count),
                _ => reference.AddDays(-count),
            };
            result = Date(text, tokens[first].Start, tokens[last].End, Day(day), day);
            return true;
        }

        return false;
    }

    private static bool TryMonth(string text, List<Token> tokens, int monthToken, int month, DateTime reference, out int first, out int last, out ModelResult? result)
    {
        first = last = monthToken;
        result = null;
        if (!IsCapitalised(tokens[monthToken]) || tokens[monthToken].Lower.Length < 3)
        {
            return false;
        }

        int? day = null;
        int? year = null;

        // "2 February" / "2nd February".
        if (monthToken > 0 && DayOfMonth(tokens[monthToken - 1]) is var before and > 0 && IsSpaced(tokens, monthToken - 1, monthToken))
        {
            day = before;
            first = monthToken - 1;
        }

        // "February 2" / "February 2nd" / "February 2, 2004".
        if (day is null && monthToken + 1 < tokens.Count && DayOfMonth(tokens[monthToken + 1]) is var after and > 0
            && IsSpaced(tokens, monthToken, monthToken + 1) && !IsYear(text, tokens, monthToken + 1, out _))
        {
            day = after;
            last = monthToken + 1;
            if (last + 2 < tokens.Count && tokens[last + 1].Text == "," && tokens[last + 1].Start == tokens[last].End
                && IsSpaced(tokens, last + 1, last + 2) && IsYear(text, tokens, last + 2, out var commaYear))
            {
                year = commaYear;
                last += 2;
            }
        }

        // "February 2004", "2 February 2004".
        if (year is null && last + 1 < tokens.Count && IsSpaced(tokens, last, last + 1) && IsYear(text, tokens, last + 1, out var y))
        {
            if (day is not null && last != monthToken)
            {
                return false;
            }

            year = y;
            last++;
        }

        var start = tokens[first].Start;
        var end = tokens[last].End;
        if (day is null)
        {
            if (year is { } knownYear)
            {
                var from = new DateTime(knownYear, month, 1);
                result = Range(text, start, end, Month(knownYear, month), from, from.AddMonths(1));
                return true;
            }

            // The past and the future reading, as the model gives them.
            var futureYear = month < reference.Month ? reference.Year + 1 : reference.Year;
            var pastYear = month >= reference.Month ? reference.Year - 1 : reference.Year;
            var timex = "XXXX-" + Two(month);
            result = Ambiguous(
                text,
                start,
                end,
                DateRangeType,
                Values(timex, new DateTime(pastYear, month, 1), new DateTime(pastYear, month, 1).AddMonths(1)),
                Values(timex, new DateTime(futureYear, month, 1), new DateTime(futureYear, month, 1).AddMonths(1)));
            return true;
        }

        if (year is { } dayYear)
        {
            if (day.Value > DateTime.DaysInMonth(dayYear, month))
            {
                return false;
            }

            var date = new DateTime(dayYear, month, day.Value);
            result = Date(text, start, end, Day(date), date);
            return true;
        }

        // A day without a year: the model reads it in the reference year and the years around it.
        if (day.Value > DateTime.DaysInMonth(reference.Year, month) || day.Value > DateTime.DaysInMonth(reference.Year + 1, month)
            || day.Value > DateTime.DaysInMonth(reference.Year - 1, month))
        {
            return false;
        }

        var thisYear = new DateTime(reference.Year, month, day.Value);
        var future = thisYear < reference.Date ? thisYear.AddYears(1) : thisYear;
        var past = thisYear >= reference.Date ? thisYear.AddYears(-1) : thisYear;
        var dayTimex = "XXXX-" + Two(month) + "-" + Two(day.Value);
        result = Ambiguous(text, start, end, DateType, DateValue(dayTimex, past), DateValue(dayTimex, future));
        return true;
    }

    private static ModelResult Weekday(string text, Token token, DayOfWeek weekday, DateTime reference)
    {
        // The model takes the weekday of the reference date's week (Monday to Sunday), then the one before
        // and the one after it.
        var monday = reference.Date.AddDays(-(((int)reference.DayOfWeek + 6) % 7));
        var thisWeek = monday.AddDays(((int)weekday + 6) % 7);
        var future = thisWeek < reference.Date ? thisWeek.AddDays(7) : thisWeek;
        var past = thisWeek >= reference.Date ? thisWeek.AddDays(-7) : thisWeek;
        var timex = "XXXX-WXX-" + (((int)weekday + 6) % 7 + 1).ToString(CultureInfo.InvariantCulture);
        return Ambiguous(text, token.Start, token.End, DateType, DateValue(timex, past), DateValue(timex, future));
    }

    private static ModelResult Quarter(string text, List<Token> tokens, int first, int last, int quarter, int? year, DateTime reference)
    {
        var startMonth = (quarter * 3) - 2;
        var start = tokens[first].Start;
        var end = tokens[last].End;
        if (year is { } y)
        {
            var from = new DateTime(y, startMonth, 1);
            var to = from.AddMonths(3);
            return Range(text, start, end, QuarterTimex(from, to), from, to);
        }

        var referenceQuarter = ((reference.Month - 1) / 3) + 1;
        var futureYear = quarter < referenceQuarter ? reference.Year + 1 : reference.Year;
        var pastYear = quarter >= referenceQuarter ? reference.Year - 1 : reference.Year;
        var pastFrom = new DateTime(pastYear, startMonth, 1);
        var futureFrom = new DateTime(futureYear, startMonth, 1);
        var timex = "(XXXX-" + Two(startMonth) + "-01,XXXX-" + Two(pastFrom.AddMonths(3).Month) + "-01,P3M)";
        return Ambiguous(
            text,
            start,
            end,
            DateRangeType,
            Values(timex, pastFrom, pastFrom.AddMonths(3)),
            Values(timex, futureFrom, futureFrom.AddMonths(3)));
    }

    private static ModelResult? Relative(string text, int start, int end, string unit, int shift, DateTime reference)
    {
        switch (unit)
        {
            case "year":
                var year = reference.Year + shift;
                return Range(text, start, end, Year(year), new DateTime(year, 1, 1), new DateTime(year + 1, 1, 1));
            case "month":
                var month = new DateTime(reference.Year, reference.Month, 1).AddMonths(shift);
                return Range(text, start, end, Month(month.Year, month.Month), month, month.AddMonths(1));
            default:
                var monday = reference.Date.AddDays(-(((int)reference.DayOfWeek + 6) % 7)).AddDays(7 * shift);
                var timex = ISOWeek.GetYear(monday).ToString("D4", CultureInfo.InvariantCulture) + "-W"
                    + Two(ISOWeek.GetWeekOfYear(monday));
                return Range(text, start, end, timex, monday, monday.AddDays(7));
        }
    }

    private static bool IsCue(string text, List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.IsNumber)
        {
            // A year, a day before a month, an ordinal ("3rd"), a decade ("1990s"), or a time ("10:30").
            return IsYearLike(token)
                || (i + 1 < tokens.Count && MonthIndex(tokens[i + 1]) > 0)
                || token.Suffix is "st" or "nd" or "rd" or "th" or "am" or "pm" or "h" or "hrs"
                || (token.Suffix == "s" && token.Text.Length is 2 or 4)
                || (token.End < text.Length && text[token.End] == ':' && token.End + 1 < text.Length && char.IsAsciiDigit(text[token.End + 1]))
                || (token.Start > 0 && text[token.Start - 1] == '\'' && token.Text.Length == 2)
                || (i > 0 && tokens[i - 1].Lower == "the" && token.Text.Length <= 2);
        }

        return token.IsWord && (CueWords.Contains(token.Lower) || MonthIndex(token) > 0 || Array.IndexOf(WeekdayNames, token.Lower) >= 0
            || QuarterIndex(token.Lower) > 0 && i + 1 < tokens.Count && tokens[i + 1].Lower == "quarter");
    }

    // A form is safe only when nothing next to it can extend it or make it part of a larger expression.
    private static bool IsIsolated(string text, List<Token> tokens, int first, int last, int cue)
    {
        _ = cue;
        if (first > 0)
        {
            var before = tokens[first - 1];
            if (before.IsWord ? JoinWordsBefore.Contains(before.Lower) || IsCue(text, tokens, first - 1) : before.IsNumber || IsJoiningPunctuation(before.Text))
            {
                return false;
            }

            // "earlier in 2004", "by the 2004 deadline": a join word may stand before "in", "the" or "of".
            if (before.Lower is "the" or "in" or "of" or "on" && first > 1 && tokens[first - 2].IsWord
                && (ReachingWords.Contains(tokens[first - 2].Lower) || IsCue(text, tokens, first - 2)))
            {
                return false;
            }
        }

        if (last + 1 < tokens.Count)
        {
            var after = tokens[last + 1];
            var next = after.End < text.Length ? text[after.End] : ' ';
            var sentenceEnd = after.Text is "." or "!" or "?" or ":" or ";" && !char.IsLetterOrDigit(next);
            var possessive = after.Text is "'" or "\u2019" && after.Start == tokens[last].End && last + 2 < tokens.Count
                && tokens[last + 2].Lower == "s" && tokens[last + 2].Start == after.End;
            if (!sentenceEnd && !possessive
                && (after.IsWord ? JoinWordsAfter.Contains(after.Lower) || IsCue(text, tokens, last + 1) : after.IsNumber || IsJoiningPunctuation(after.Text)))
            {
                return false;
            }

            if (after.Text == "," && last + 2 < tokens.Count && (tokens[last + 2].IsNumber || IsCue(text, tokens, last + 2)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsJoiningPunctuation(string punctuation)
        => punctuation is "-" or "\u2013" or "\u2014" or "/" or "'" or "\u2019" or "&" or "+" or "." or ":" or "$" or "\u00a3" or "\u20ac" or "%";

    private static bool IsYear(string text, List<Token> tokens, int i, out int year)
    {
        year = 0;
        var token = tokens[i];
        if (!IsYearLike(token) || token.Suffix.Length > 0)
        {
            return false;
        }

        year = int.Parse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2099)
        {
            return false;
        }

        // Stand-alone: not part of "2,005", "2004.5", "$2004", "2004%" or "2004-05".
        var before = token.Start > 0 ? text[token.Start - 1] : ' ';
        var after = token.End < text.Length ? text[token.End] : ' ';
        var afterNext = token.End + 1 < text.Length ? text[token.End + 1] : ' ';
        return (char.IsWhiteSpace(before) || before == '(')
            && (char.IsWhiteSpace(after) || after is ';' or ')' || (after is '.' or ',' or ':' or '?' or '!' && !char.IsAsciiDigit(afterNext)));
    }

    private static bool IsYearLike(Token token) => token.IsNumber && token.Text.Length == 4 && token.Text[0] is '1' or '2';

    private static int MonthIndex(Token token) => token.IsWord ? Array.IndexOf(MonthNames, token.Lower) + 1 : 0;

    private static int QuarterIndex(string word) => Array.IndexOf(QuarterOrdinals, word) + 1;

    private static bool IsCapitalised(Token token) => char.IsUpper(token.Text[0]);

    private static int DayOfMonth(Token token)
    {
        if (!token.IsNumber || token.Text.Length > 2 || token.Text[0] == '0')
        {
            return 0;
        }

        var day = int.Parse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture);
        var suffixOk = token.Suffix.Length == 0 || token.Suffix == OrdinalSuffix(day);
        return day is >= 1 and <= 31 && suffixOk ? day : 0;
    }

    private static string OrdinalSuffix(int day) => (day % 10, day / 10) switch
    {
        (_, 1) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };

    private static int Count(Token token)
        => token.IsWord && SmallNumbers.TryGetValue(token.Lower, out var n) ? n
            : token.IsNumber && token.Suffix.Length == 0 && token.Text.Length <= 2 ? int.Parse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture)
            : 0;

    private static bool IsSpaced(List<Token> tokens, int left, int right)
        => tokens[right].Start - tokens[left].End == 1;

    private static string Two(int value) => value.ToString("D2", CultureInfo.InvariantCulture);

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static string Month(int year, int month) => Year(year) + "-" + Two(month);

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string QuarterTimex(DateTime from, DateTime to) => "(" + Day(from) + "," + Day(to) + ",P3M)";

    private static Dictionary<string, string> Values(string timex, DateTime start, DateTime end) => new()
    {
        ["timex"] = timex,
        ["type"] = "daterange",
        ["start"] = Day(start),
        ["end"] = Day(end),
    };

    private static Dictionary<string, string> DateValue(string timex, DateTime date) => new()
    {
        ["timex"] = timex,
        ["type"] = "date",
        ["value"] = Day(date),
    };

    private static ModelResult Range(string text, int start, int end, string timex, DateTime from, DateTime to)
        => Result(text, start, end, DateRangeType, [Values(timex, from, to)]);

    private static ModelResult Date(string text, int start, int end, string timex, DateTime date)
        => Result(text, start, end, DateType, [DateValue(timex, date)]);

    private static ModelResult Ambiguous(string text, int start, int end, string type, Dictionary<string, string> past, Dictionary<string, string> future)
        => Result(text, start, end, type, [past, future]);

    private static ModelResult Result(string text, int start, int end, string type, List<Dictionary<string, string>> values) => new()
    {
        Text = text[start..end].ToLowerInvariant(),
        Start = start,
        End = end - 1,
        TypeName = type,
        Resolution = new SortedDictionary<string, object>(StringComparer.Ordinal) { ["values"] = values },
    };

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                var digitsEnd = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(text, start, i, digitsEnd));
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(text, start, i, -1));
            }
            else
            {
                i++;
                tokens.Add(new Token(text, start, i, -1));
            }
        }

        return tokens;
    }

    private sealed class Token
    {
        public Token(string text, int start, int end, int digitsEnd)
        {
            Start = start;
            End = end;
            IsNumber = digitsEnd >= 0;
            IsWord = !IsNumber && char.IsLetter(text[start]);
            Text = IsNumber ? text[start..digitsEnd] : text[start..end];
            Suffix = IsNumber ? text[digitsEnd..end].ToLowerInvariant() : string.Empty;
            Lower = Text.ToLowerInvariant();
        }

        public int Start { get; }

        public int End { get; }

        public bool IsNumber { get; }

        public bool IsWord { get; }

        /// <summary>The word, or the digits of a number.</summary>
        public string Text { get; }

        /// <summary>Letters right after the digits of a number ("rd" in "3rd", "s" in "1990s").</summary>
        public string Suffix { get; }

        public string Lower { get; }
    }
}
