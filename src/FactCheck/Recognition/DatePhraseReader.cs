using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Languages.English;
using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>
/// Reads the longer date expressions of news text without the date-time model: parts of a year ("the first half
/// of 2004", "the last three months of 2004", "the end of 2004"), parts of a month or a week ("the end of December",
/// "the start of last week"), early, mid and late ("mid-2003", "late 1970s",
/// "late last year"), "earlier this year" and "later this month", rolling periods ("the past two years", "the next
/// few months"), bounds ("since October", "from 2007", "until 21 March"), ranges ("between October and December",
/// "between 2001 and 2003", "July-September"), periods to a date ("the year to March 2005"), and spans counted
/// from the publication date ("in five years", "within two years", "its lowest level in three years").
/// </summary>
/// <remarks>
/// <para>
/// The readings are the ones a fact-checker needs, relative to the publication date P:
/// a range includes the last period it names ("between 2001 and 2003" ends on 2003-12-31); "the year to March
/// 2005" is the twelve months that end with March 2005; "earlier this year" runs from 1 January to the day before
/// P, "later this year" from the day after P to 31 December; "the past two years" are the two years up to the day
/// before P; "in five years" is the day five years after P when the sentence speaks of the future, and after a
/// superlative or an ordinal ("its lowest level in three years", "the fourth time in five months") the period that
/// ends the day before P. Early, mid and late split a year or a decade into thirds and a month into halves (mid:
/// its 10th to its 20th day, as "the middle of March"); the start and end of this, last or next year are its first and last six months.
/// </para>
/// <para>
/// An expression whose month names no year takes the occurrence <see cref="DateReader.PickOccurrence"/> chooses:
/// the latest one begun by P, or the first one not over by then when the sentence speaks of the future. Without a
/// publication date, an expression that depends on it stays unresolved.
/// </para>
/// </remarks>
internal static partial class DatePhraseReader
{
    private const string Month = EnglishCalendarWords.MonthNameOrAbbreviation;
    private const string Year = @"(?<![\p{N}.,$£€])(?:1[89]|20)[0-9]{2}(?![\p{N}%]|[.,][0-9])";
    private const string Day = @"[0-9]{1,2}(?:st|nd|rd|th)?";
    private const string Count = "(?i:" + EnglishNumberWords.PeriodCount + ")";
    private const string End = @"(?![\p{L}\p{N}%]|[.,][0-9]|-\p{L})";

    // A single named date inside a range or after a bound: "21 March", "March 21, 2005", "October 2004", "2003".
    private const string Single = "(?:" + Day + @"\ (?:of\ )?" + Month + @"(?:,?\ " + Year + ")?|" + Month + @"\ " + Day + @"(?:,?\ " + Year + ")?|" + Month + @"(?:\ " + Year + ")?|" + Year + ")";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace;

    private readonly record struct Period(DateOnly Start, DateOnly EndExclusive);

    private sealed record Found(TextSpan Span, TextSpan Whole, DateValue Date);

    /// <summary>Finds the longer date expressions of a sentence; they never overlap one another.</summary>
    /// <param name="language">The language pack of the document, which gives the words read.</param>
    /// <param name="text">The document text.</param>
    /// <param name="sentence">The sentence to read.</param>
    /// <param name="published">The publication date, if known.</param>
    /// <param name="future">Where the sentence speaks of the future.</param>
    /// <param name="mentions">Receives the date mentions.</param>
    /// <param name="read">Receives the spans read here, with the words around a mention that are not part of it ("the"
    /// of "the past year") and the expressions found to name no date ("lost 18% in one day", "the full year").</param>
    public static void Read(LanguagePack language, string text, TextSpan sentence, DateOnly? published, FutureScope future, List<Mention> mentions, List<TextSpan> read)
    {
        var found = new List<Found>();
        var context = new Context(language, text, sentence, published, future.Any, future);

        // Each expression needs a word that a plain search finds faster than the expression itself.
        var words = text.AsSpan(sentence.Start, sentence.Length);
        var (months, years) = CountMonthsAndYears(words);
        if (Has(words, " of "))
        {
            if (years > 0 || Has(words, "year"))
            {
                Collect(found, context, PartOfYear(), ReadPartOfYear);
            }

            if (months > 0 || MonthWeekDecadeWords.FoundIn(words))
            {
                Collect(found, context, PartOfMonthOrWeek(), ReadPartOfMonthOrWeek, read);
            }
        }

        if (YearInWordsWords.FoundIn(words))
        {
            Collect(found, context, YearInWords(), ReadYearInWords);
        }

        if (Has(words, "year "))
        {
            Collect(found, context, NamedYear(), (match, _) => Value(match.Value, Months(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), 1, 12)));
        }

        if (EarlyMidLateWords.FoundIn(words))
        {
            Collect(found, context, EarlyMidLate(), ReadEarlyMidLate);
        }

        if (EarlierLaterWords.FoundIn(words))
        {
            Collect(found, context, EarlierLater(), ReadEarlierLater);
        }

        var periodWord = PeriodWords.FoundIn(words);
        if (periodWord)
        {
            Collect(found, context, RollingPeriod(), ReadRollingPeriod);
        }

        if (Has(words, "century"))
        {
            Collect(found, context, Century(), ReadCentury);
        }

        if (Has(words, "weekend"))
        {
            Collect(found, context, Weekend(), ReadWeekend);
        }

        if (BoundWords.FoundIn(words))
        {
            Collect(found, context, Bound(), ReadBound);
        }

        if (Has(words, "after next"))
        {
            Collect(found, context, AfterNext(), ReadAfterNext);
        }

        if (RelativeWords.FoundIn(words))
        {
            Collect(found, context, RelativeWeekday(), ReadRelativeWeekday);
            if (months > 0)
            {
                Collect(found, context, RelativeMonth(), ReadRelativeMonth);
                Collect(found, context, MonthOfRelativeYear(), ReadMonthOfRelativeYear);
            }
        }

        // Each end of a range names a month or a year.
        if (months + years >= 2 && (words.IndexOfAny('-', '–', '~') >= 0 || RangeWords.FoundIn(words)))
        {
            Collect(found, context, Range(), ReadRange);
        }

        if (months > 0 && PeriodToWords.FoundIn(words))
        {
            Collect(found, context, PeriodTo(), ReadPeriodTo);
        }

        if (months > 0 && Has(words, " quarter"))
        {
            Collect(found, context, MonthQuarter(), ReadMonthQuarter);
        }

        if (CountedWords.FoundIn(words))
        {
            Collect(found, context, CountedFromPublication(), ReadCountedFromPublication, read);
        }

        // The longest expression wins where two overlap ("since the start of 2005" over "the start of 2005").
        found.Sort((a, b) => a.Span.Length != b.Span.Length ? b.Span.Length.CompareTo(a.Span.Length) : a.Span.Start.CompareTo(b.Span.Start));
        var kept = new List<Found>();
        foreach (var item in found)
        {
            if (!kept.Exists(k => k.Span.Overlaps(item.Span)))
            {
                kept.Add(item);
                read.Add(item.Whole);
            }
        }

        // Expressions that sound like dates but name none: "the full year", "the quarter", "months after".
        if (periodWord)
        {
            foreach (var match in NoDate().EnumerateMatches(words))
            {
                var span = new TextSpan(sentence.Start + match.Index, sentence.Start + match.Index + match.Length);
                if (!kept.Exists(k => k.Whole.Overlaps(span)))
                {
                    read.Add(span);
                }
            }
        }

        foreach (var item in kept.OrderBy(k => k.Span.Start))
        {
            var surface = item.Span.Slice(text);
            var first = item.Date.Start?.Year ?? 0;
            mentions.Add(new Mention(MentionKind.Date, item.Span, surface, first, "date", first, item.Date.End?.Year ?? 0, date: item.Date));
        }
    }

    // A word that every match of RollingPeriod and of NoDate holds; "wee" for "week", as the expressions, read without
    // regard to case, also take the Kelvin sign for a "k".
    private static readonly WordSearch PeriodWords = new(["day", "wee", "month", "year", "quarter", "decade", "period", "fortnight"]);

    // The words that open every match of Bound.
    private static readonly WordSearch BoundWords = new(["from ", "since ", "until ", "till ", "by ", "before ", "after ", "through "]);

    // The words one of which every match of an expression holds (besides the signs of a range), each list searched in one pass.
    private static readonly WordSearch YearInWordsWords = new(["teen ", "teen-"]);
    private static readonly WordSearch EarlyMidLateWords = new(["early", "mid", "late"]);
    private static readonly WordSearch EarlierLaterWords = new(["earlier", "later"]);
    private static readonly WordSearch RelativeWords = new(["last ", "next ", "this "]);
    private static readonly WordSearch RangeWords = new([" to ", " and ", "until", "till", "through"]);
    private static readonly WordSearch PeriodToWords = new([" to ", " ending ", " ended "]);
    private static readonly WordSearch CountedWords = new(["in ", "within "]);
    private static readonly WordSearch MonthWeekDecadeWords = new(["month", "wee", "decade"]);

    // How many month names (two at most) and years (two at most) a sentence holds, found by MonthOrYear: a range needs
    // two of them, "the year to March", "last March", "March of next year" and "its March quarter" a month.
    private static (int Months, int Years) CountMonthsAndYears(ReadOnlySpan<char> sentence)
    {
        var months = 0;
        var years = 0;
        foreach (var match in MonthOrYear().EnumerateMatches(sentence))
        {
            if (char.IsAsciiDigit(sentence[match.Index]))
            {
                years++;
            }
            else
            {
                months++;
            }

            if (months >= 2 && years >= 2)
            {
                break;
            }
        }

        return (Math.Min(months, 2), Math.Min(years, 2));
    }

    private static bool Has(ReadOnlySpan<char> text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    // Future: whether the clause of the expression being read speaks of the future (Scope.At its start).
    private readonly record struct Context(LanguagePack Language, string Text, TextSpan Sentence, DateOnly? Published, bool Future, FutureScope Scope);

    private static void Collect(List<Found> found, Context context, Regex pattern, Func<Match, Context, DateValue?> read, List<TextSpan>? declined = null)
    {
        for (var match = pattern.Match(context.Text, context.Sentence.Start, context.Sentence.Length); match.Success; match = match.NextMatch())
        {
            // A leading word that is not part of the mention: "from" opens no range by itself ("from April 9"), and
            // "the past five years" and "the financial year to March" are read as "past five years" and "year to
            // March", as the date-time model reads them.
            // "the past decade" keeps its article, as the model reads it.
            var lead = match.Groups["lead"];
            var decade = match.Groups["unit"].Value.StartsWith("decade", StringComparison.OrdinalIgnoreCase);
            // A trailing word that is read but is no part of the date: "after" in "its highest level in three months after
            // the Fed said", where it opens a clause.
            var tail = match.Groups["tail"];
            var span = new TextSpan(lead.Success && !decade ? lead.Index + lead.Length : match.Index, tail.Success ? tail.Index : match.Index + match.Length);
            if (read(match, context with { Future = context.Scope.At(match.Index) }) is { } date)
            {
                found.Add(new Found(span, new TextSpan(match.Index, match.Index + match.Length), date));
            }
            else if (declined is not null)
            {
                declined.Add(new TextSpan(match.Index, match.Index + match.Length));
            }
        }
    }

    // "the first half of 2004", "the last three months of 2004", "the end of 2004", "the start of the year".
    private static DateValue? ReadPartOfYear(Match match, Context context)
    {
        var relative = match.Groups["rel"];
        if (!TryYear(match, context, out var year))
        {
            return relative.Success ? Unresolved(match.Value, "XXXX") : null;
        }

        var part = match.Groups["part"].Value.ToUpperInvariant();
        var count = match.Groups["n"].Success ? CountOf(context.Language, match.Groups["n"].Value) : 0;
        var published = context.Published;
        Period? period = part switch
        {
            _ when part.EndsWith("HALF", StringComparison.Ordinal) => part.StartsWith("FIRST", StringComparison.Ordinal) || part.StartsWith("1ST", StringComparison.Ordinal) ? Months(year, 1, 6) : Months(year, 7, 6),
            _ when part.EndsWith("MONTHS", StringComparison.Ordinal) => part.StartsWith("FIRST", StringComparison.Ordinal) ? Months(year, 1, count) : Months(year, 13 - count, count),
            _ when part.EndsWith("QUARTER", StringComparison.Ordinal) => Months(year, 10, 3),
            _ when part.EndsWith("MONTH", StringComparison.Ordinal) => part.StartsWith("FIRST", StringComparison.Ordinal) ? Months(year, 1, 1) : Months(year, 12, 1),
            "START" or "BEGINNING" => relative.Success ? Months(year, 1, 6) : Months(year, 1, 4),
            "END" or "BACK END" => relative.Success ? Months(year, 7, 6) : Months(year, 9, 4),
            "MIDDLE" => Months(year, 5, 4),
            "WHOLE" => Months(year, 1, 12),
            "REST" or "REMAINDER" when published is { } day && day.Year == year && day.Month * 100 + day.Day < 1231 => new Period(day.AddDays(1), new DateOnly(year + 1, 1, 1)),
            "REST" or "REMAINDER" => Months(year, 1, 12),
            _ => null,
        };
        return period is { } p && count is >= 0 and <= 12 ? Value(match.Value, p) : null;
    }

    // "the end of December", "the start of next month", "the end of last week", "the beginning of the week" and "the
    // decade" of "by the end of the decade", as the
    // date-time model reads them: the first half of a month (days 1 to 15), its middle (10 to 20) or its second half
    // (16 to the end); Monday to Wednesday of a week, or Thursday to Sunday. A month without a year is the occurrence
    // DateReader.PickOccurrence chooses; after "until" or "by" ("until the end of June") it lies ahead unless the
    // sentence is in the past tense, as with the other bounds.
    private static DateValue? ReadPartOfMonthOrWeek(Match match, Context context)
    {
        var part = match.Groups["part"].Value.ToUpperInvariant();
        if (match.Groups["m"].Success)
        {
            var month = context.Language.Calendar.MonthOf(match.Groups["m"].Value);
            var monthStart = match.Groups["m"].Index;
            var bound = context.Language.News.BoundBefore().Match(context.Text, context.Sentence.Start, monthStart - context.Sentence.Start);
            var forward = bound.Success && bound.Groups["bound"].Value.ToUpperInvariant() is "BY" or "UNTIL" or "TILL" or "THROUGH" or "BEFORE";
            if (forward && PastTense(context))
            {
                return null; // "had until the end of January": which January, the text does not say; the model reads no date either.
            }

            return ValueOfOccurrence(match, context with { Future = context.Future || forward }, y => PartOfMonth(new DateOnly(y, month, 1), part), "XXXX-" + month.ToString("00", CultureInfo.InvariantCulture));
        }

        if (context.Published is not { } day)
        {
            return Unresolved(match.Value, "XXXX");
        }

        var unit = match.Groups["unit"].Value.ToUpperInvariant();
        if (unit == "DECADE")
        {
            // "by the end of the decade": the mention is the decade under way, whole, as the model reads it.
            var decade = day.Year / 10 * 10;
            return Value(match.Value, new Period(new DateOnly(decade, 1, 1), new DateOnly(decade + 10, 1, 1)));
        }

        var offset = RelativeOffset(match.Groups["rel"].Value);
        if (unit == "MONTH")
        {
            var first = new DateOnly(day.Year, day.Month, 1).AddMonths(offset);
            return WithTimex(Value(match.Value, PartOfMonth(first, part)), first.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        var monday = Monday(day).AddDays(7 * offset);
        var period = part switch
        {
            "START" or "BEGINNING" => new Period(monday, monday.AddDays(3)),
            "END" => new Period(monday.AddDays(3), monday.AddDays(7)),
            _ => new Period(monday.AddDays(3), monday.AddDays(7)),
        };
        var week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue)):0000}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):00}");
        return WithTimex(Value(match.Value, period), week);
    }

    private static Period PartOfMonth(DateOnly first, string part) => part switch
    {
        "START" or "BEGINNING" => new Period(first, first.AddDays(15)),
        "MIDDLE" => new Period(first.AddDays(9), first.AddDays(20)),
        _ => new Period(first.AddDays(15), first.AddMonths(1)),
    };

    // The model names a relative week or month by its own TIMEX3 value ("2005-W01", "2004-12"), not by its days.
    private static DateValue? WithTimex(DateValue? date, string timex)
        => date is null ? null : new DateValue(date.Grain, date.Start, date.End, timex);

    // "next Sunday", "this Friday", "last Monday", "before next Tuesday": the day of that name in the next, this or the
    // last week (weeks start on Monday), as the date-time model reads it, whatever the publication date's own weekday.
    private static DateValue? ReadRelativeWeekday(Match match, Context context)
    {
        if (context.Published is not { } day)
        {
            return Unresolved(match.Value, "XXXX-WXX-X");
        }

        var weekday = Enum.Parse<DayOfWeek>(match.Groups["wd"].Value);
        var chosen = Monday(day).AddDays((7 * RelativeOffset(match.Groups["rel"].Value)) + (((int)weekday + 6) % 7));
        return new DateValue(DateGrain.Day, chosen, chosen, chosen.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    // "the week after next", "the month after next", "the year after next": two weeks, months or years on.
    private static DateValue? ReadAfterNext(Match match, Context context)
    {
        if (context.Published is not { } day)
        {
            return Unresolved(match.Value, "XXXX");
        }

        Period? period = match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            "WEEK" => new Period(Monday(day).AddDays(14), Monday(day).AddDays(21)),
            "MONTH" => new Period(new DateOnly(day.Year, day.Month, 1).AddMonths(2), new DateOnly(day.Year, day.Month, 1).AddMonths(3)),
            "YEAR" => Months(day.Year + 2, 1, 12),
            _ => null,
        };
        return period is { } p ? Value(match.Value, p) : null;
    }

    // "early 2004", "mid-2003", "late 1970s", "the late '80s", "late December", "late last year", "early this week".
    private static DateValue? ReadEarlyMidLate(Match match, Context context)
    {
        var edge = match.Groups["edge"].Value.ToUpperInvariant();
        var third = edge switch { "EARLY" => 0, "MID" => 1, _ => 2 };
        if (match.Groups["dec"].Success || match.Groups["sdec"].Success)
        {
            var decade = match.Groups["dec"].Success
                ? int.Parse(match.Groups["dec"].Value, CultureInfo.InvariantCulture) * 10
                : ShortDecade(int.Parse(match.Groups["sdec"].Value, CultureInfo.InvariantCulture), context.Published);
            var (from, to) = third switch { 0 => (0, 3), 1 => (4, 6), _ => (7, 9) };
            return Value(match.Value, new Period(new DateOnly(decade + from, 1, 1), new DateOnly(decade + to + 1, 1, 1)));
        }

        if (match.Groups["m"].Success)
        {
            var month = context.Language.Calendar.MonthOf(match.Groups["m"].Value);
            Period Part(int y)
            {
                var first = new DateOnly(y, month, 1);
                var next = first.AddMonths(1);
                return third switch
                {
                    0 => new Period(first, first.AddDays(15)),
                    1 => new Period(first.AddDays(9), first.AddDays(20)),
                    _ => new Period(first.AddDays(15), next),
                };
            }

            return ValueOfOccurrence(match, context, Part, "XXXX-" + month.ToString("00", CultureInfo.InvariantCulture));
        }

        if (match.Groups["unit"].Success)
        {
            if (context.Published is not { } day)
            {
                return Unresolved(match.Value, "XXXX");
            }

            var offset = RelativeOffset(match.Groups["rel"].Value);
            switch (match.Groups["unit"].Value.ToUpperInvariant())
            {
                case "YEAR":
                    var year = day.Year + offset;
                    return Value(match.Value, third switch { 0 => Months(year, 1, 6), 1 => Months(year, 5, 4), _ => Months(year, 7, 6) });
                case "MONTH":
                    var first = new DateOnly(day.Year, day.Month, 1).AddMonths(offset);
                    return Value(match.Value, third switch
                    {
                        0 => new Period(first, first.AddDays(15)),
                        1 => new Period(first.AddDays(9), first.AddDays(20)),
                        _ => new Period(first.AddDays(15), first.AddMonths(1)),
                    });
                default:
                    var monday = Monday(day).AddDays(7 * offset);
                    return Value(match.Value, third switch
                    {
                        0 => new Period(monday, monday.AddDays(3)),
                        1 => new Period(monday.AddDays(1), monday.AddDays(4)),
                        _ => new Period(monday.AddDays(3), monday.AddDays(7)),
                    });
            }
        }

        var y = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        return Value(match.Value, Months(y, 1 + (4 * third), 4));
    }

    // "the '80s": the last such decade begun a century before the publication date (1980 in 2016, 2010 for "'10s" in
    // 2016); the 1900s without a publication date.
    private static int ShortDecade(int tens, DateOnly? published)
    {
        var decade = 1900 + (tens * 10);
        return published is { } day && decade + 100 <= day.Year ? decade + 100 : decade;
    }

    // "earlier this year", "later this month", "earlier in the week", "earlier in November", "earlier in 2004".
    private static DateValue? ReadEarlierLater(Match match, Context context)
    {
        var earlier = match.Groups["dir"].Value.StartsWith('e') || match.Groups["dir"].Value.StartsWith('E');
        if (match.Groups["y"].Success)
        {
            // "earlier in 2004" names 2004; how much earlier the text does not say.
            var y = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            return Value(match.Value, Months(y, 1, 12));
        }

        if (match.Groups["m"].Success)
        {
            var month = context.Language.Calendar.MonthOf(match.Groups["m"].Value);
            return ValueOfOccurrence(match, context with { Future = !earlier }, y => Months(y, month, 1), "XXXX-" + month.ToString("00", CultureInfo.InvariantCulture));
        }

        if (context.Published is not { } day)
        {
            return Unresolved(match.Value, "XXXX");
        }

        var (start, endExclusive) = match.Groups["unit"].Value.ToUpperInvariant() switch
        {
            "YEAR" => (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year + 1, 1, 1)),
            "MONTH" => (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1)),
            _ => (Monday(day), Monday(day).AddDays(7)),
        };
        var period = earlier ? new Period(start, day) : new Period(day.AddDays(1), endExclusive);
        return period.EndExclusive > period.Start ? Value(match.Value, period) : null;
    }

    // "the past two years", "the next few months", "the previous quarter", "the year", "the past decade".
    private static DateValue? ReadRollingPeriod(Match match, Context context)
    {
        var relation = match.Groups["rel"].Value.ToUpperInvariant();
        var unit = match.Groups["unit"].Value.ToUpperInvariant().TrimEnd('S');
        var counted = match.Groups["n"].Success;
        var plural = match.Groups["unit"].Value.EndsWith('s') || match.Groups["unit"].Value.EndsWith('S');
        if (counted != plural && !(counted && CountOf(context.Language, match.Groups["n"].Value) == 1))
        {
            return null; // "the coming years" names no length; "the past two year" is not English.
        }

        if (!counted && !match.Groups["the"].Success && relation is "LAST" or "THIS" or "NEXT" && unit is "YEAR" or "MONTH" or "WEEK")
        {
            return null; // Read by CommonDateReader.
        }

        if (relation == "SAME" || (!counted && relation is "THE" or "THAT" && unit is not ("YEAR" or "MONTH")))
        {
            return null; // "the quarter", "the week", "the same year": which one, only the story says.
        }

        if (context.Published is not { } day)
        {
            return Unresolved(match.Value, "XXXX");
        }

        var offset = RelativeOffset(relation);
        if (counted)
        {
            var n = CountOf(context.Language, match.Groups["n"].Value);
            if (offset == 0 || n is < 1 or > 100 || unit == "QUARTER")
            {
                return null; // "the next few quarters": whole quarters or months from now, the text does not say.
            }

            var months = unit switch { "YEAR" => 12 * n, "DECADE" => 120 * n, "QUARTER" => 3 * n, "MONTH" => n, _ => 0 };
            var days = unit switch { "WEEK" => 7 * n, "DAY" => n, _ => 0 };
            var before = day.AddMonths(-months).AddDays(-days);
            var after = day.AddMonths(months).AddDays(days);
            if (match.Groups["within"].Success)
            {
                return offset > 0 ? Value(match.Value, new Period(day, after)) : null;
            }

            return Value(match.Value, offset < 0 ? new Period(before, day) : new Period(day.AddDays(1), after.AddDays(1)));
        }

        if (relation == "COMING" && unit is "YEAR" or "MONTH" or "WEEK")
        {
            // "over the coming year" is the year ahead of writing, not the next calendar year.
            var ahead = unit == "WEEK" ? day.AddDays(7) : day.AddMonths(unit == "YEAR" ? 12 : 1);
            return Value(match.Value, new Period(day.AddDays(1), ahead.AddDays(1)));
        }

        Period? period = unit switch
        {
            "YEAR" => Months(day.Year + offset, 1, 12),
            "MONTH" => new Period(new DateOnly(day.Year, day.Month, 1).AddMonths(offset), new DateOnly(day.Year, day.Month, 1).AddMonths(offset + 1)),
            "QUARTER" => new Period(new DateOnly(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1).AddMonths(3 * offset), new DateOnly(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1).AddMonths((3 * offset) + 3)),
            "WEEK" => new Period(Monday(day).AddDays(7 * offset), Monday(day).AddDays((7 * offset) + 7)),
            "DECADE" => new Period(new DateOnly(((day.Year / 10) + offset) * 10, 1, 1), new DateOnly((((day.Year / 10) + offset) * 10) + 10, 1, 1)),
            _ => null,
        };
        return period is { } p ? Value(match.Value, p) : null;
    }

    // "since October", "from 2007", "until 21 March", "by the end of" is read as a part of a year.
    private static DateValue? ReadBound(Match match, Context context)
    {
        // The grain is that of the date after the bound: "until 15 July 2006" is a day, "since 2003" a year.
        var boundEnd = match.Groups["bound"].Success ? match.Groups["bound"].Index + match.Groups["bound"].Length : match.Groups["lead"].Index + match.Groups["lead"].Length;
        var core = match.Value[(boundEnd - match.Index)..].Trim();
        if (match.Groups["runit"].Success)
        {
            if (context.Published is not { } day)
            {
                return Unresolved(match.Value, "XXXX");
            }

            var offset = RelativeOffset(match.Groups["rrel"].Value);
            return match.Groups["runit"].Value.ToUpperInvariant() switch
            {
                "YEAR" => Value(core, Months(day.Year + offset, 1, 12)),
                "MONTH" => Value(core, new Period(new DateOnly(day.Year, day.Month, 1).AddMonths(offset), new DateOnly(day.Year, day.Month, 1).AddMonths(offset + 1))),
                _ => Value(core, new Period(Monday(day).AddDays(7 * offset), Monday(day).AddDays((7 * offset) + 7))),
            };
        }

        if (match.Groups["mrel"].Success)
        {
            // "since May last year", "until June this year".
            if (context.Published is not { } day)
            {
                return Unresolved(match.Value, "XXXX");
            }

            return Value(core, Months(day.Year + RelativeOffset(match.Groups["mrel"].Value), context.Language.Calendar.MonthOf(match.Groups["m"].Value), 1));
        }

        if (match.Groups["dec"].Success)
        {
            // "since the 1960s": the decade, with its bound, as "since 2019" is the year.
            var first = int.Parse(match.Groups["dec"].Value, CultureInfo.InvariantCulture) * 10;
            return Value(core, new Period(new DateOnly(first, 1, 1), new DateOnly(first + 10, 1, 1)));
        }

        var bound = match.Groups["bound"].Value.ToUpperInvariant();
        var forward = bound is "UNTIL" or "TILL" or "BY" or "BEFORE" or "THROUGH";
        if (match.Groups["wd"].Success)
        {
            // "before Wednesday's vote": the Wednesday of this week or the last, or the next one ahead.
            if (context.Published is not { } today)
            {
                return Unresolved(match.Value, "XXXX-WXX-X");
            }

            var weekday = Enum.Parse<DayOfWeek>(match.Groups["wd"].Value);
            var chosen = DateReader.NearestWeekday(weekday, today, context.Future || (forward && !PastTense(context)));
            return Value(core, new Period(chosen, chosen.AddDays(1)));
        }

        return ReadSingle(match.Groups["date"].Value, match.Value, context with { Future = context.Future || (forward && !PastTense(context)) });
    }

    // "between October and December", "from 2013 to 2018", "July-September", "between November 2003 and August 2004".
    private static DateValue? ReadRange(Match match, Context context)
    {
        var connector = match.Groups["conn"].Value.ToUpperInvariant();
        var keyword = match.Groups["kw"].Value.ToUpperInvariant();
        if ((connector == "AND") != (keyword == "BETWEEN"))
        {
            return null; // "2003 and 2004" are two years; "between 2001 to 2003" is no range.
        }

        var first = Parts(context.Language, match.Groups["a"].Value);
        var last = Parts(context.Language, match.Groups["b"].Value);
        if (first is null || last is null)
        {
            return null;
        }

        if (last.Year is null && last.Month is null && match.Groups["b"].Value.Length == 2 && first.Year is { } firstYear)
        {
            last = last with { Year = (firstYear / 100 * 100) + int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture) };
        }

        if ((first.Month is null) != (last.Month is null) && (first.Year is null || last.Year is null))
        {
            return null; // "2004 to March" mixes a year and a month: let the model try.
        }

        if (first.Year is { } y1 && last.Year is { } y2)
        {
            return RangeValue(match.Value, first, y1, last, y2);
        }

        if (last.Year is { } yb)
        {
            return RangeValue(match.Value, first, first.Month > last.Month ? yb - 1 : yb, last, yb);
        }

        if (first.Year is { } ya)
        {
            return RangeValue(match.Value, first, ya, last, last.Month < first.Month ? ya + 1 : ya);
        }

        if (context.Published is not { } day)
        {
            return Unresolved(match.Value, "XXXX");
        }

        // "from June 3 to June 5 this year": the year named after the range is its year.
        if (RelativeYearAfter().Match(context.Text, match.Index + match.Length) is { Success: true } named)
        {
            var year = day.Year + RelativeOffset(named.Groups["rel"].Value);
            return RangeValue(match.Value, first, year, last, last.Month < first.Month ? year + 1 : year);
        }

        var options = new List<Period>();
        for (var y = day.Year - 1; y <= day.Year + 1; y++)
        {
            if (RangePeriod(first, y, last, last.Month < first.Month ? y + 1 : y) is { } period)
            {
                options.Add(period);
            }
        }

        return options.Count == 0 ? null : Value(match.Value, options[DateReader.PickOccurrence(options.Select(o => ((DateOnly?)o.Start, (DateOnly?)o.EndExclusive)).ToList(), day, context.Future)]);
    }

    // "the year to March 2005", "the three months to 31 December", "the 12 months to September", "its current
    // financial year to March 2005", "full-year results to March 2005" (the results of the year to March 2005).
    private static DateValue? ReadPeriodTo(Match match, Context context)
    {
        var length = match.Groups["len"].Value.ToUpperInvariant();
        var months = length switch
        {
            "WEEK" => 0,
            _ when length.Contains("QUARTER", StringComparison.Ordinal) => 3,
            _ when length.Contains("HALF", StringComparison.Ordinal) || length.StartsWith("SIX", StringComparison.Ordinal) || length.StartsWith('6') => 6,
            _ when length.StartsWith("THREE", StringComparison.Ordinal) || length.StartsWith('3') => 3,
            _ when length.StartsWith("NINE", StringComparison.Ordinal) || length.StartsWith('9') => 9,
            _ => 12,
        };
        var month = context.Language.Calendar.MonthOf(match.Groups["m"].Value);
        int? dayOfMonth = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (months == 0 && dayOfMonth is null)
        {
            return null; // "the week to March" names no day to count the week back from.
        }

        return PeriodEndingWith(match, context, months, month, dayOfMonth);
    }

    // "the December quarter", "its June quarter", "the September quarter of 2023": the three months that end with the
    // month, as "the three months to December" (the model reads the month alone).
    private static DateValue? ReadMonthQuarter(Match match, Context context)
        => PeriodEndingWith(match, context, 3, context.Language.Calendar.MonthOf(match.Groups["m"].Value), dayOfMonth: null);

    // The period of the given number of months (0: a week) that ends with the month (or its day); a month without a year is chosen
    // by the period's end: the latest period over by the publication date, or the first still running then.
    private static DateValue? PeriodEndingWith(Match match, Context context, int months, int month, int? dayOfMonth)
    {
        Period? Of(int y)
        {
            if (dayOfMonth is { } d && (d < 1 || d > DateTime.DaysInMonth(y, month)))
            {
                return null;
            }

            var endExclusive = dayOfMonth is { } dd ? new DateOnly(y, month, dd).AddDays(1) : new DateOnly(y, month, 1).AddMonths(1);
            return new Period(months == 0 ? endExclusive.AddDays(-7) : endExclusive.AddMonths(-months), endExclusive);
        }

        if (match.Groups["y"].Success)
        {
            return Of(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture)) is { } named ? Value(match.Value, named) : null;
        }

        if (context.Published is not { } day)
        {
            return Unresolved(match.Value, "XXXX");
        }

        var options = Enumerable.Range(day.Year - 1, 3).Select(Of).OfType<Period>().ToList();
        var ends = options.Select(o => ((DateOnly?)o.EndExclusive.AddDays(-1), (DateOnly?)o.EndExclusive)).ToList();
        return options.Count == 0 ? null : Value(match.Value, options[DateReader.PickOccurrence(ends, day, context.Future)]);
    }

    // "nineteen ninety-six" is 1996: the century's number, then the year in it.
    private static DateValue? ReadYearInWords(Match match, Context context)
    {
        var groups = match.Groups;
        var year = groups["c"].Value.StartsWith('e') || groups["c"].Value.StartsWith('E') ? 1800 : 1900;
        year += groups["tens"].Success ? 10 * (WordIndex(EnglishNumberWords.TensWords, groups["tens"].Value) + 2) : 0;
        year += groups["teen"].Success ? WordIndex(EnglishNumberWords.TeenWords, groups["teen"].Value) + 10 : 0;
        year += groups["unit"].Success ? WordIndex(EnglishNumberWords.DigitWords, groups["unit"].Value) + 1 : 0;
        return Value(match.Value, Months(year, 1, 12));
    }

    private static int WordIndex(string words, string word)
        => Array.FindIndex(words.Split('|'), w => w.Equals(word, StringComparison.OrdinalIgnoreCase));

    // "the 21st century", "a 19th-century mill": 2000 to 2099, 1800 to 1899, as the date-time model counts them.
    private static DateValue? ReadCentury(Match match, Context context)
    {
        var number = int.Parse(match.Groups["c"].Value, CultureInfo.InvariantCulture);
        return number is >= 1 and <= 90 ? Value(match.Value, new Period(new DateOnly(Math.Max(1, (number - 1) * 100), 1, 1), new DateOnly(number * 100, 1, 1))) : null;
    }

    // "October last year", "March this year", "January next year", "September of this year".
    private static DateValue? ReadMonthOfRelativeYear(Match match, Context context)
    {
        var month = context.Language.Calendar.MonthOf(match.Groups["m"].Value);
        return context.Published is { } day
            ? Value(match.Value, Months(day.Year + RelativeOffset(match.Groups["rel"].Value), month, 1))
            : Unresolved(match.Value, "XXXX-" + month.ToString("00", CultureInfo.InvariantCulture));
    }

    // "the weekend", "last weekend": Saturday and Sunday. "The weekend" is the one under way on a Saturday or a
    // Sunday, otherwise the last one (the coming one when the sentence speaks of the future); "next weekend" is the
    // first one not begun.
    private static DateValue? ReadWeekend(Match match, Context context)
    {
        if (match.Groups["lead"].Success && NamesAnotherDate().IsMatch(context.Text.AsSpan(context.Sentence.Start, context.Sentence.Length)))
        {
            return null; // "its first weekend, released on 5/6/2016": the weekend of an event the sentence dates; the model reads it.
        }

        if (context.Published is not { } day)
        {
            return Unresolved(match.Value, "XXXX-WXX-WE");
        }

        var saturday = Monday(day).AddDays(5);
        var relation = match.Groups["rel"].Value.ToUpperInvariant();
        var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var offset = relation switch
        {
            "LAST" => -1,
            "NEXT" => weekend ? 1 : 0,
            _ when weekend => 0,
            _ => context.Future ? 0 : -1,
        };
        var start = saturday.AddDays(7 * offset);
        return Value(match.Value, new Period(start, start.AddDays(2)));
    }

    // "last November", "since last August", "next March".
    private static DateValue? ReadRelativeMonth(Match match, Context context)
    {
        var month = context.Language.Calendar.MonthOf(match.Groups["m"].Value);
        if (context.Published is not { } day)
        {
            return Unresolved(match.Value, "XXXX-" + month.ToString("00", CultureInfo.InvariantCulture));
        }

        var year = match.Groups["lrel"].Value.ToUpperInvariant() switch
        {
            "LAST" => month < day.Month ? day.Year : day.Year - 1,
            "NEXT" => month > day.Month ? day.Year : day.Year + 1,
            _ => day.Year,
        };
        return Value(match.Value[(match.Groups["lrel"].Index - match.Index)..], Months(year, month, 1));
    }

    // "in five years" (ahead), "within two years" (from P), "its lowest level in three years" (looking back), with a
    // hedge when looking back ("its highest level in almost three months": the period up to P that the text rounds to
    // three months).
    private static DateValue? ReadCountedFromPublication(Match match, Context context)
    {
        var tail = match.Groups["tail"];
        var surface = tail.Success ? match.Value[..(tail.Index - match.Index)] : match.Value;
        var n = CountOf(context.Language, match.Groups["n"].Value);
        var unit = match.Groups["unit"].Value.ToUpperInvariant().TrimEnd('S');
        if (n is < 1 or > 100)
        {
            return null;
        }

        var text = context.Text;
        var before = Math.Max(context.Sentence.Start, match.Index - 60);
        var lookingBack = LookBackBefore().IsMatch(text.AsSpan(before, match.Index - before));
        var within = match.Groups["kw"].Value.Equals("within", StringComparison.OrdinalIgnoreCase);
        if (!lookingBack && !within && !context.Future)
        {
            return null; // "lost 18% in one day": a length of time, not a date.
        }

        if (within && context.Language.News.PenaltyAfterDeadline().IsMatch(text.AsSpan(match.Index + match.Length, context.Sentence.End - match.Index - match.Length)))
        {
            // "must register within 28 days or face fines": 28 days from an event the text does not date.
            return new DateValue(DateGrain.Range, null, null, "XXXX", string.Create(CultureInfo.InvariantCulture, $"'{surface}' is a deadline counted from an event the text does not date, not from the publication."));
        }

        if (!lookingBack && (match.Groups["hedge"].Success || tail.Success))
        {
            // "in about three years" ahead names no day, and "in two years after the merger" counts from the merger.
            return null;
        }

        if (context.Published is not { } day)
        {
            return Unresolved(surface, lookingBack || within ? "XXXX" : "XXXX-XX-XX");
        }

        var months = unit switch { "YEAR" => 12 * n, "DECADE" => 120 * n, "MONTH" => n, _ => 0 };
        var days = unit switch { "WEEK" => 7 * n, "DAY" => n, _ => 0 };
        if (lookingBack)
        {
            return Value(surface, new Period(day.AddMonths(-months).AddDays(-days), day));
        }

        var ahead = day.AddMonths(months).AddDays(days);
        return within ? Value(surface, new Period(day, ahead)) : Value(surface, new Period(ahead, ahead.AddDays(1)));
    }

    private sealed record DateParts(int? Year, int? Month, int? Day);

    private static DateParts? Parts(LanguagePack language, string text)
    {
        var match = SingleDate().Match(text);
        if (!match.Success)
        {
            return text.Length == 2 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) ? new DateParts(null, null, null) : null;
        }

        int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        int? month = match.Groups["m"].Success ? language.Calendar.MonthOf(match.Groups["m"].Value) : null;
        int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        return new DateParts(year, month, day);
    }

    private static Period? PartPeriod(DateParts parts, int year)
    {
        if (parts.Month is not { } month)
        {
            return Months(year, 1, 12);
        }

        if (parts.Day is { } day)
        {
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            var date = new DateOnly(year, month, day);
            return new Period(date, date.AddDays(1));
        }

        return Months(year, month, 1);
    }

    private static Period? RangePeriod(DateParts first, int firstYear, DateParts last, int lastYear)
    {
        if (firstYear is < 1 or > 9000 || lastYear is < 1 or > 9000 || PartPeriod(first, firstYear) is not { } a || PartPeriod(last, lastYear) is not { } b)
        {
            return null;
        }

        return b.EndExclusive > a.Start && b.Start >= a.Start ? new Period(a.Start, b.EndExclusive) : null;
    }

    private static DateValue? RangeValue(string surface, DateParts first, int firstYear, DateParts last, int lastYear)
        => RangePeriod(first, firstYear, last, lastYear) is { } period ? Value(surface, period) : null;

    // One named date after a bound: its day, month or year.
    private static DateValue? ReadSingle(string date, string surface, Context context)
    {
        var parts = Parts(context.Language, date);
        if (parts is null)
        {
            return null;
        }

        if (parts.Year is { } year)
        {
            return PartPeriod(parts, year) is { } period ? Value(date, period) : null;
        }

        if (context.Published is not { } day)
        {
            var timex = parts.Day is { } d
                ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{parts.Month:00}-{d:00}")
                : string.Create(CultureInfo.InvariantCulture, $"XXXX-{parts.Month:00}");
            return Unresolved(surface, timex);
        }

        var options = Enumerable.Range(day.Year - 1, 3).Select(y => PartPeriod(parts, y)).OfType<Period>().ToList();
        return options.Count == 0 ? null : Value(date, options[DateReader.PickOccurrence(options.Select(o => ((DateOnly?)o.Start, (DateOnly?)o.EndExclusive)).ToList(), day, context.Future)]);
    }

    private static DateValue? ValueOfOccurrence(Match match, Context context, Func<int, Period> of, string unresolvedTimex)
    {
        if (match.Groups["y"].Success)
        {
            return Value(match.Value, of(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture)));
        }

        if (context.Published is not { } day)
        {
            return Unresolved(match.Value, unresolvedTimex);
        }

        var options = Enumerable.Range(day.Year - 1, 3).Select(of).ToList();
        return Value(match.Value, options[DateReader.PickOccurrence(options.Select(o => ((DateOnly?)o.Start, (DateOnly?)o.EndExclusive)).ToList(), day, context.Future)]);
    }

    private static bool TryYear(Match match, Context context, out int year)
    {
        if (match.Groups["y"].Success)
        {
            year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            return true;
        }

        if (context.Published is { } day)
        {
            year = day.Year + RelativeOffset(match.Groups["rel"].Value);
            return true;
        }

        year = 0;
        return false;
    }

    private static bool PastTense(Context context)
        => PastCue().IsMatch(context.Text.AsSpan(context.Sentence.Start, context.Sentence.Length));

    private static int RelativeOffset(string relation) => relation.ToUpperInvariant() switch
    {
        "LAST" or "PAST" or "PREVIOUS" => -1,
        "NEXT" or "COMING" or "FOLLOWING" => 1,
        _ => 0,
    };

    /// <summary>The number a count word or digits stand for ("a" and "one" are 1, "a few" is 3); 0 when none.</summary>
    public static int CountOf(LanguagePack language, string word) => word.ToUpperInvariant() switch
    {
        "A" or "AN" => 1,
        "FEW" or "A FEW" => 3,
        var digits when int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => Math.Max(language.Numbers.ValueOf(word), 0),
    };

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static Period Months(int year, int firstMonth, int count)
    {
        var first = new DateOnly(year, firstMonth, 1);
        return new Period(first, first.AddMonths(count));
    }

    private static DateValue? Value(string surface, Period period)
        => period.EndExclusive > period.Start && period.Start.Year >= 1 && period.EndExclusive.Year <= 9000
            ? DateReader.FromPeriod(surface, period.Start, period.EndExclusive)
            : null;

    private static DateValue Unresolved(string surface, string timex)
        => new(DateGrain.Range, null, null, timex, string.Create(
            CultureInfo.InvariantCulture,
            $"'{surface}' depends on when the text was written, and the document has no publication date."));

    [GeneratedRegex(
        @"\b(?:(?:(?i:the)\ )?(?<part>(?i:first|second|1st|2nd)\ half|(?i:first|last|final|second)\ six\ months|(?i:first|last|final)\ (?<n>two|three|four|nine|2|3|4|9)\ months|(?i:last|final)\ quarter|(?i:first|last|final)\ month)|(?<part>(?i:start|beginning|end|middle|whole|rest|remainder|back\ end)))\ of\ (?:(?<y>" + Year + @")|(?i:the\ )?(?<rel>(?i:this|last|next|the|that|current|previous|following))\ (?i:year)|(?<rel>(?i:the))\ (?i:year))" + End,
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex PartOfYear();

    [GeneratedRegex(
        @"\b(?:(?<part>(?i:start|beginning|end|middle))\ of\ (?:(?<m>" + Month + @")(?!,?\ [0-9]|\ (?i:of|last|this|next)\b)|(?<rel>(?i:this|last|next|the))\ (?<unit>(?i:month)))|(?<part>(?i:start|beginning|end))\ of\ (?<rel>(?i:this|last|next|the))\ (?<unit>(?i:week))|(?<=\b(?i:start|beginning|end|middle)\ of\ )(?i:the)\ (?<unit>(?i:decade)))" + End,
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex PartOfMonthOrWeek();

    // "next Tuesday", and the weekday of a named week: "next week on Tuesday", "Tuesday next week", "Monday of next week".
    [GeneratedRegex(
        @"\b(?:(?:(?i:since|until|till|by|before|after|around)\ )?(?<rel>(?i:last|next|this))\ (?<wd>" + EnglishCalendarWords.WeekdayNames + ")" + End + @"(?!\ (?i:morning|afternoon|evening|night|week)\b|,?\ [0-9]|\ (?i:and|or)\ )"
        + @"|(?<rel>(?i:last|next|this))\ (?i:week),?\ (?i:on\ )?(?<wd>" + EnglishCalendarWords.WeekdayNames + ")" + End + @"(?!\ (?i:morning|afternoon|evening|night)\b|,?\ [0-9])"
        + @"|(?<wd>" + EnglishCalendarWords.WeekdayNames + @")\ (?:(?i:of)\ (?:(?i:the)\ )?)?(?<rel>(?i:last|next|this))\ (?i:week)" + End + ")",
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex RelativeWeekday();

    [GeneratedRegex(@"\b(?i:the)\ (?<unit>(?i:week|month|year))\ (?i:after\ next)" + End, Options, NewsLexicon.MatchTimeout)]
    private static partial Regex AfterNext();

    // "nineteen ninety-six", "eighteen sixty", "nineteen oh five", "nineteen twelve": a year spoken as two numbers.
    [GeneratedRegex(
        @"\b(?<c>(?i:eighteen|nineteen))[\ -](?:(?<tens>(?i:" + EnglishNumberWords.TensWords + @"))(?:[\ -](?<unit>(?i:" + EnglishNumberWords.DigitWords + @")))?|(?i:oh)[\ -](?<unit>(?i:" + EnglishNumberWords.DigitWords + @"))|(?<teen>(?i:" + EnglishNumberWords.TeenWords + @")))" + End
        + @"(?![\ -](?i:hundred|thousand|million|billion|per|percent|" + EnglishNumberWords.DigitWords + @")\b)",
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex YearInWords();

    // "the year 2004" (the mention is "year 2004").
    [GeneratedRegex(@"\b(?:(?<lead>(?i:the)\ ))?(?i:year)\ (?<y>" + Year + ")" + End, Options, NewsLexicon.MatchTimeout)]
    private static partial Regex NamedYear();

    [GeneratedRegex(
        @"\b(?<edge>(?i:early|mid|late))(?:\ |-)(?:(?<y>" + Year + @")(?!['’]?s\b)|(?i:the\ )?(?<dec>(?:1[89]|20)[0-9])0['’]?s|(?i:the\ )?['’](?<sdec>[0-9])0s|(?<m>" + Month + @")(?:\ (?<y>" + Year + @"))?(?!\ [0-9])|(?<rel>(?i:this|last|next))\ (?<unit>(?i:year|month|week)))" + End,
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex EarlyMidLate();

    [GeneratedRegex(
        @"\b(?<dir>(?i:earlier|later))\ (?:(?i:this|in\ the)\ (?<unit>(?i:year|month|week))|(?i:in\ )?(?<m>" + Month + @")(?!\ [0-9])|(?i:in\ )(?<y>" + Year + "))" + End,
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex EarlierLater();

    [GeneratedRegex(
        @"(?<!(?i:day)\ (?i:of)\ (?:(?i:the)\ )?)\b(?:(?<within>(?i:within))\ (?:(?<the>(?i:the))\ )?|(?<lead>(?<the>(?i:the))\ ))?(?<rel>(?i:past|last|next|coming|previous|following|current|same|this|that|the))\ (?:(?<n>" + Count + @")\ )?(?<unit>(?i:years?|months?|weeks?|quarters?|decades?|days?))" + End
        + @"(?!\ (?i:to\ date|ended|ending|until|through|before|after|earlier|later|ago|on|of|in\ which|when)\b|-|\ [0-9])",
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex RollingPeriod();

    [GeneratedRegex(
        @"\b(?:(?<lead>(?i:from)\ )|(?<bound>(?i:since|until|till|by|before|after|through))\ )(?:(?i:the)\ )?(?:(?<m>" + Month + @")\ (?<mrel>(?i:last|this|next))\ (?i:year)|(?<rrel>(?i:last|this|next))\ (?<runit>(?i:year|month|week))|(?<wd>" + EnglishCalendarWords.WeekdayNames + @")(?!,?\ (?:[0-9]|" + Month + @"\b))|(?<dec>(?:1[89]|20)[0-9])0s|(?<date>" + Single + "))" + End
        + @"(?!\ ?[-–/]\ ?[0-9]|\ (?i:to|and|until|till|through|or)\ (?:[0-9]|the\b|(?-i:\p{Lu})))",
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex Bound();

    [GeneratedRegex(
        @"\b(?:(?<bound>(?i:since|until|till|by|before|after))\ )?(?<lrel>(?i:last|next|this))\ (?<m>" + Month + @")(?!\ [0-9])" + End,
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex RelativeMonth();

    [GeneratedRegex(@"\b(?<m>" + Month + @")\ (?:(?i:of)\ )?(?<rel>(?i:last|this|next))\ (?i:year)" + End, Options, NewsLexicon.MatchTimeout)]
    private static partial Regex MonthOfRelativeYear();

    [GeneratedRegex(@"\b(?<c>[0-9]{1,2})(?:st|nd|rd|th)(?:\ {1,2}|-)(?i:century)" + End, Options, NewsLexicon.MatchTimeout)]
    private static partial Regex Century();

    // "the weekend", "last weekend", and a weekend the story names by what happened in it ("its opening weekend", "the
    // film's second weekend"), which the mention reads as "the weekend" (its span is "weekend", as the model's).
    [GeneratedRegex(
        @"\b(?:(?<rel>(?i:the|this|last|next))\ (?i:weekend)" + End
        + @"|(?<lead>(?i:its|their|the|his|her)\ (?i:opening|first|second|third|debut|launch|holiday|bank\ holiday|long)\ )(?i:weekend)" + End
        + @"(?!\ (?i:of)\b|\ (?i:in|before|after|on)\ (?:(?i:the\ )?(?:" + Month + "|" + EnglishCalendarWords.WeekdayNames + @")\b|[0-9])))",
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex Weekend();

    [GeneratedRegex(@"\G,?\ (?<rel>(?i:this|last|next))\ (?i:year)\b", Options, NewsLexicon.MatchTimeout)]
    private static partial Regex RelativeYearAfter();

    // A year, a digit date, a month or a weekday anywhere in the sentence.
    [GeneratedRegex(@"(?<![\p{N}])(?:1[89]|20)[0-9]{2}(?![\p{N}])|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}|\b(?:" + Month + "|" + EnglishCalendarWords.WeekdayNames + @")\b", Options, NewsLexicon.MatchTimeout)]
    private static partial Regex NamesAnotherDate();

    [GeneratedRegex(
        @"\b(?<lead>(?i:the|its|their)\ )(?<m>" + Month + @")\ (?i:quarter)(?:\ (?i:of)\ (?<y>" + Year + "))?" + End + @"(?!\ ?[0-9])",
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex MonthQuarter();

    // Wherever Month or Year matches, this does too, at the same place, and never across the space or sign before it.
    [GeneratedRegex(EnglishCalendarWords.MonthNames + "|" + EnglishCalendarWords.MonthAbbreviations + "|(?:1[89]|20)[0-9]{2}", RegexOptions.CultureInvariant, NewsLexicon.MatchTimeout)]
    private static partial Regex MonthOrYear();

    [GeneratedRegex(
        @"\b(?:(?<kw>(?i:from|between))\ )?(?<a>" + Single + @")(?:\ ?[-–~]\ ?|\ (?<conn>(?i:to|and|until|till|through))\ )(?<b>" + Single + @")" + End,
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex Range();

    [GeneratedRegex(
        @"\b(?:(?<lead>(?:(?i:the|its|their|this|current|last|previous|next)\ )*(?i:financial\ |fiscal\ |business\ |tax\ |full[\ -]))|(?i:the)\ )?(?<len>(?i:year|(?:twelve|12|three|six|nine|3|6|9)[\ -]months|quarter|half[\ -]year|week))(?:\ (?i:results|profits?|earnings|figures|accounts|sales))?\ (?i:to|ending|ended)\ (?:(?i:the\ end\ of)\ )?(?:(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\ )?(?<m>" + Month + @")(?:\ (?<d>[0-9]{1,2})(?:st|nd|rd|th)?)?(?:,?\ (?<y>" + Year + "))?" + End,
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex PeriodTo();

    [GeneratedRegex(
        @"\b(?<kw>(?i:in|within))\ (?:(?<hedge>(?i:almost|nearly|just\ over|just\ under|more\ than|less\ than|over|about|around))\ )?(?<n>" + Count + @")\ (?<unit>(?i:years?|months?|weeks?|days?|decades?))" + End
        + @"(?<tail>\ (?i:before|after)\b)?(?!\ (?i:time|ago|earlier|later|before|after|of|from\ (?:today|now|tomorrow))\b)",
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex CountedFromPublication();

    // One date inside a range: its day, month and year, in either order.
    [GeneratedRegex(
        @"^(?:(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\ (?:of\ )?(?<m>" + Month + @")(?:,?\ (?<y>[0-9]{4}))?|(?<m>" + Month + @")\ (?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?:,?\ (?<y>[0-9]{4}))?|(?<m>" + Month + @")(?:\ (?<y>[0-9]{4}))?|(?<y>[0-9]{4}))$",
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex SingleDate();

    // Calendar words that name no date: a length ("the full year", "a few months after"), a count ("for the second
    // month in a row", "into its third week"), a quarter or week the story has named before ("profit for the
    // quarter", "during the same quarter", "in the final quarter"), a fiscal year without its end ("the current financial year"),
    // and a bound on a fortnight ("before this fortnight"), which the model reads as a range open at one end and names no day.
    [GeneratedRegex(
        @"\b(?i:(?:the|its|a)\ (?:[0-9]{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\ (?:day|week|month|year)(?![\p{L}-])(?!\ of\b)|(?:the\ )?(?:year|month|quarter)-on-(?:year|month|quarter)|(?:the\ )?(?:year|month)\ to\ date|(?:the\ )?(?:full|whole|entire)[\ -]year|(?<!\bof\ )the\ (?:quarter|week)(?![\p{L}-])|(?:the|its|their)\ final\ quarter(?![\p{L}-])(?!\ (?:of|last|this|next)\b|\ [0-9])|(?:the|its|their)\ final\ quarter(?![\p{L}-])(?!\ (?:of|last|this|next)\b|\ [0-9])|the\ same\ (?:day|week|month|quarter|year|period)(?![\p{L}-])(?!\ (?:of|in|last|this|next|a|the|to|ended|ending)\b|\ [0-9])|(?:the\ )?(?:current\ |previous\ |last\ |next\ )?(?:financial|fiscal)\ year(?!\ (?:to|ending|ended)\b)|(?:a\ few|few|several|many|some|recent|coming)\ (?:years|months|weeks|days)(?!\ (?:earlier|later|ago)\b)(?:\ (?:before|after))?|(?:before|after|since|until|till|by)\ (?:this|last|next)\ fortnight)\b",
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex NoDate();

    // What, before "in three years", makes it a look back: "its lowest level", "the first time", "the fourth rise".
    [GeneratedRegex(
        @"\b(?i:highest|lowest|biggest|largest|smallest|fastest|slowest|strongest|weakest|best|worst|steepest|sharpest|deepest|greatest|most|least|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|only|any\ time|ever)\b[^.;:!?]*$",
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex LookBackBefore();

    // A past-tense sentence: "until March" then lies before the publication date.
    [GeneratedRegex(
        @"\b(?i:was|were|had|did|rose|fell|grew|ran|lasted|remained|stayed|held|kept)\b",
        Options,
        NewsLexicon.MatchTimeout)]
    private static partial Regex PastCue();
}
