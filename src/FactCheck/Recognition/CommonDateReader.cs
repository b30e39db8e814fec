using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Languages.English;
using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>
/// Reads the most common news dates without the date-time model: "April 9", "9 April 2025", "January 2025",
/// "December", "on Friday", "last year", "this month", "last week", "yesterday", "the 1990s", "a year ago". They follow the same rules as the model's
/// dates (see <see cref="DateReader"/>): past unless the sentence speaks of the future, and unresolved without a
/// publication date. A date next to a range or bound word ("from April 9", "January to March", "since May")
/// is left to the model, which reads the whole expression.
/// </summary>
internal static partial class CommonDateReader
{
    // The reader's expressions are compiled from the English calendar words, so its look-ups are English too.

    /// <summary>Finds the common dates of a sentence that stand on their own.</summary>
    /// <param name="language">The language pack of the document, which gives the words read.</param>
    /// <param name="text">The document text.</param>
    /// <param name="sentence">The sentence to read.</param>
    /// <param name="published">The publication date, if known.</param>
    /// <param name="future">Where the sentence speaks of the future.</param>
    /// <param name="mentions">Receives the date mentions.</param>
    /// <param name="read">Receives the calendar words found to name no date ("The Sunday Times").</param>
    public static void Read(LanguagePack language, string text, TextSpan sentence, DateOnly? published, FutureScope future, List<Mention> mentions, List<TextSpan> read)
    {
        // The parts of the expression are searched as their one alternation; only a part that matched is run again,
        // where it matched, for its groups.
        var found = new List<(int Start, int Length, int Expression)>();
        OrderedAlternation.Matches(text.AsSpan(sentence.Start, sentence.Length), Parts, PartWords, found);
        var input = found.Count == 0 ? string.Empty : text.Substring(sentence.Start, sentence.Length);
        foreach (var (start, _, expression) in found)
        {
            var match = Parts[expression].Match(input, start);
            var span = new TextSpan(sentence.Start + match.Index, sentence.Start + match.Index + match.Length);
            if (match.Groups["weekday"].Success && InName(text, sentence, span))
            {
                read.Add(span);
                continue;
            }

            if (!StandsAlone(language, text, sentence, span, match))
            {
                continue;
            }

            var date = Resolve(language, match, published, future.At(span.Start));
            if (date is null)
            {
                continue;
            }

            var surface = span.Slice(text);
            var year = date.Start?.Year ?? 0;
            mentions.Add(new Mention(MentionKind.Date, span, surface, year, "date", year, date.End?.Year ?? 0, date: date));
        }
    }

    // A weekday between capitalised words is part of a name, not a day: "The Sunday Times", "the Daily and Sunday
    // Telegraph", "Super Tuesday Group". A day has a preposition or a relative word before it ("on Friday Reuters
    // said", "last Sunday Mr Brown"), so only "the", a capitalised word or a capitalised word and "and" count.
    private static bool InName(string text, TextSpan sentence, TextSpan span)
    {
        var afterEnd = Math.Min(sentence.End, span.End + 16);
        if (!NameAfter().IsMatch(text.AsSpan(span.End, afterEnd - span.End)))
        {
            return false;
        }

        var beforeStart = Math.Max(sentence.Start, span.Start - 24);
        return NameBefore().IsMatch(text.AsSpan(beforeStart, span.Start - beforeStart));
    }

    // A weekday is that day after most words ("late on Monday", "after Monday's gain"); only a range, a list or
    // a relative word ("Monday to Friday", "Monday and Tuesday", "next Thursday") takes it into a longer expression.
    private static bool StandsAlone(LanguagePack language, string text, TextSpan sentence, TextSpan span, Match match)
    {
        var groups = match.Groups;
        var beforeStart = Math.Max(sentence.Start, span.Start - 24);
        var before = text.AsSpan(beforeStart, span.Start - beforeStart);
        // Long enough for " and September" or " or on Wednesday" whole: a cut name would not be seen as a list.
        var afterEnd = Math.Min(sentence.End, span.End + 20);
        var after = text.AsSpan(span.End, afterEnd - span.End);

        // "a year earlier", "five years ago", "on the day", "the seventies" say all themselves, whatever comes before
        // ("from a year earlier", "compared to a year ago").
        if (groups["ago"].Success || groups["theday"].Success || groups["decword"].Success)
        {
            return true;
        }

        // "in December and January", "on Friday and Saturday": two months or days, unless "between" makes a range.
        var listable = groups["month"].Success || groups["weekday"].Success;
        var listed = listable && !Between().IsMatch(text.AsSpan(Math.Max(sentence.Start, span.Start - 40), span.Start - Math.Max(sentence.Start, span.Start - 40)));
        var listedBefore = listed && ListBefore().IsMatch(before);
        var listedAfter = listed && ListAfter().IsMatch(after);
        var contextBefore = groups["weekday"].Success ? WeekdayContextBefore()
            : groups["rel"].Success ? RelativeContextBefore()
            : ContextBefore();
        if (!listedBefore && contextBefore.IsMatch(before))
        {
            return false;
        }

        // "the 1988 third quarter": the year written before the quarter is its year, which the model reads with it.
        if (groups["quarter"].Success && !groups["year"].Success && YearJustBefore().IsMatch(before))
        {
            return false;
        }

        return listedAfter || (!language.News.YearContextAfter().IsMatch(after) && !ContextAfter().IsMatch(after));
    }

    private static DateValue? Resolve(LanguagePack language, Match match, DateOnly? published, bool future)
    {
        var groups = match.Groups;
        if (groups["rel"].Success)
        {
            return Relative(groups["rel"].Value, groups["unit"].Value, match.Value, published);
        }

        if (groups["ago"].Success)
        {
            return Ago(language, groups["ago"].Value, groups["agounit"].Value, groups["later"].Success, match.Value, published);
        }

        if (groups["christmas"].Success)
        {
            return Resolve(language, 12, groups["year"].Success ? int.Parse(groups["year"].Value, CultureInfo.InvariantCulture) : null, 25, match.Value, published, future);
        }

        if (groups["theday"].Success)
        {
            // "up 0.5% on the day": the day of the report.
            return published is { } today ? new DateValue(DateGrain.Day, today, today, Iso(today)) : Unresolved(DateGrain.Day, "XXXX-XX-XX", match.Value);
        }

        if (groups["decword"].Success)
        {
            // "the seventies" of a news text are those of the last century.
            var tens = language.Calendar.DecadeOf(groups["decword"].Value);
            var first = new DateOnly(1900 + (10 * tens), 1, 1);
            var next = first.AddYears(10);
            return new DateValue(DateGrain.Decade, first, next.AddDays(-1), string.Create(CultureInfo.InvariantCulture, $"({first:yyyy-MM-dd},{next:yyyy-MM-dd},P10Y)"));
        }

        if (groups["decade"].Success)
        {
            var first = new DateOnly(int.Parse(groups["decade"].Value, CultureInfo.InvariantCulture) * 10, 1, 1);
            var next = first.AddYears(10);
            return new DateValue(DateGrain.Decade, first, next.AddDays(-1), string.Create(CultureInfo.InvariantCulture, $"({first:yyyy-MM-dd},{next:yyyy-MM-dd},P10Y)"));
        }

        if (groups["quarter"].Success)
        {
            if (groups["qrel"].Success && published is { } today)
            {
                // "the fourth quarter of last year": the year counts from the day of writing, as "last year" alone does.
                var offset = groups["qrel"].Value.ToUpperInvariant() switch { "LAST" => -1, "NEXT" => 1, _ => 0 };
                return Quarter(QuarterOf(groups["quarter"].Value), today.Year + offset, match.Value, published, future);
            }

            return Quarter(QuarterOf(groups["quarter"].Value), groups["year"].Success ? int.Parse(groups["year"].Value, CultureInfo.InvariantCulture) : null, match.Value, published, future);
        }

        if (groups["weekday"].Success)
        {
            var weekday = language.Calendar.WeekdayOf(groups["weekday"].Value) ?? DayOfWeek.Sunday;
            if (published is not { } day)
            {
                return Unresolved(DateGrain.Day, string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{(weekday == DayOfWeek.Sunday ? 7 : (int)weekday)}"), match.Value);
            }

            var chosen = DateReader.NearestWeekday(weekday, day, future);
            return new DateValue(DateGrain.Day, chosen, chosen, Iso(chosen));
        }

        var month = MonthOf(language, groups["month"].Value);
        int? year = groups["year"].Success ? int.Parse(groups["year"].Value, CultureInfo.InvariantCulture) : null;
        int? dayOfMonth = groups["day"].Success ? int.Parse(groups["day"].Value, CultureInfo.InvariantCulture) : null;
        return Resolve(language, month, year, dayOfMonth, match.Value, published, future);
    }

    private static DateValue? Resolve(LanguagePack language, int month, int? year, int? dayOfMonth, string surface, DateOnly? published, bool future)
    {
        if (dayOfMonth is < 1 or > 31)
        {
            return null;
        }

        if (year is { } y)
        {
            return Build(y, month, dayOfMonth);
        }

        if (published is not { } reference)
        {
            var timex = dayOfMonth is { } d
                ? string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}-{d:00}")
                : string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}");
            return Unresolved(dayOfMonth is null ? DateGrain.Month : DateGrain.Day, timex, surface);
        }

        var options = new List<DateValue>();
        var bounds = new List<(DateOnly?, DateOnly?)>();
        for (var candidate = reference.Year - 1; candidate <= reference.Year + 1; candidate++)
        {
            if (Build(candidate, month, dayOfMonth) is { } value)
            {
                options.Add(value);
                bounds.Add((value.Start, value.End!.Value.AddDays(1)));
            }
        }

        return options.Count == 0 ? null : options[DateReader.PickOccurrence(bounds, reference, future)];
    }

    private static DateValue? Quarter(int quarter, int? year, string surface, DateOnly? published, bool future)
    {
        DateValue Of(int y)
        {
            var first = new DateOnly(y, ((quarter - 1) * 3) + 1, 1);
            var end = first.AddMonths(3);
            return new DateValue(DateGrain.Quarter, first, end.AddDays(-1), string.Create(CultureInfo.InvariantCulture, $"({first:yyyy-MM-dd},{end:yyyy-MM-dd},P3M)"));
        }

        if (year is { } y)
        {
            return Of(y);
        }

        if (published is not { } reference)
        {
            var first = ((quarter - 1) * 3) + 1;
            return Unresolved(DateGrain.Quarter, string.Create(CultureInfo.InvariantCulture, $"(XXXX-{first:00}-01,XXXX-{first + 3:00}-01,P3M)").Replace("XXXX-13-01", "XXXX-01-01", StringComparison.Ordinal), surface);
        }

        var options = Enumerable.Range(reference.Year - 1, 3).Select(Of).ToList();
        var bounds = options.Select(o => ((DateOnly?)o.Start, (DateOnly?)o.End!.Value.AddDays(1))).ToList();
        return options[DateReader.PickOccurrence(bounds, reference, future)];
    }

    private static int QuarterOf(string text) => text.ToUpperInvariant() switch
    {
        "FIRST" or "1ST" or "1" => 1,
        "SECOND" or "2ND" or "2" => 2,
        "THIRD" or "3RD" or "3" => 3,
        _ => 4,
    };

    private static DateValue? Build(int year, int month, int? day)
    {
        if (year is < 1 or > 9999)
        {
            return null;
        }

        if (day is { } d)
        {
            if (d > DateTime.DaysInMonth(year, month))
            {
                return null;
            }

            var date = new DateOnly(year, month, d);
            return new DateValue(DateGrain.Day, date, date, Iso(date));
        }

        var first = new DateOnly(year, month, 1);
        return new DateValue(DateGrain.Month, first, first.AddMonths(1).AddDays(-1), first.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }

    private static DateValue Relative(string relation, string unit, string surface, DateOnly? published)
    {
        var lowerUnit = unit.ToUpperInvariant();
        var lowerRelation = relation.ToUpperInvariant();
        var grain = lowerUnit switch
        {
            "YEAR" => DateGrain.Year,
            "MONTH" => DateGrain.Month,
            "WEEK" => DateGrain.Week,
            _ => DateGrain.Day,
        };
        if (published is not { } day)
        {
            return Unresolved(grain, grain switch { DateGrain.Year => "XXXX", DateGrain.Month => "XXXX-XX", DateGrain.Week => "XXXX-WXX", _ => "XXXX-XX-XX" }, surface);
        }

        var offset = lowerRelation switch
        {
            "LAST" or "YESTERDAY" => -1,
            "NEXT" or "TOMORROW" => 1,
            _ => 0,
        };
        switch (grain)
        {
            case DateGrain.Year:
                var year = new DateOnly(day.Year + offset, 1, 1);
                return new DateValue(grain, year, year.AddYears(1).AddDays(-1), year.Year.ToString("0000", CultureInfo.InvariantCulture));
            case DateGrain.Week:
                // Weeks run Monday to Sunday, as ISO 8601 numbers them ("2005-W01").
                var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7) + (7 * offset));
                var thursday = monday.AddDays(3).ToDateTime(TimeOnly.MinValue);
                return new DateValue(grain, monday, monday.AddDays(6), string.Create(
                    CultureInfo.InvariantCulture,
                    $"{ISOWeek.GetYear(thursday):0000}-W{ISOWeek.GetWeekOfYear(thursday):00}"));
            case DateGrain.Month:
                var month = new DateOnly(day.Year, day.Month, 1).AddMonths(offset);
                return new DateValue(grain, month, month.AddMonths(1).AddDays(-1), month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            default:
                var date = day.AddDays(offset);
                return new DateValue(grain, date, date, Iso(date));
        }
    }

    // "a year ago", "three days ago", "a month earlier": that day, counted back from the publication date ("a day
    // later": forward).
    private static DateValue Ago(LanguagePack language, string count, string unit, bool later, string surface, DateOnly? published)
    {
        if (published is not { } day)
        {
            return Unresolved(DateGrain.Day, "XXXX-XX-XX", surface);
        }

        var n = DatePhraseReader.CountOf(language, count);
        if (!later)
        {
            n = -n;
        }

        var date = unit.ToUpperInvariant().TrimEnd('S') switch
        {
            "YEAR" => day.AddYears(n),
            "MONTH" => day.AddMonths(n),
            "WEEK" => day.AddDays(7 * n),
            _ => day.AddDays(n),
        };
        return new DateValue(DateGrain.Day, date, date, Iso(date));
    }

    private static DateValue Unresolved(DateGrain grain, string timex, string surface)
        => new(grain, null, null, timex, string.Create(
            CultureInfo.InvariantCulture,
            $"'{surface}' depends on when the text was written, and the document has no publication date."));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The number of an English month from its name or abbreviation ("Sept." is 9).</summary>
    public static int MonthOf(LanguagePack language, string name) => language.Calendar.MonthOf(name);

    // The common dates are one alternation of the branches below, in this order, each followed by DateEnd. Month names
    // are matched capitalised only ("May", not the verb "may"); "Mar", "May", "Jun" and "Jul" need a day or a year.
    // A weekday written before a day of a month is part of it ("Tuesday, March 7", "Monday 6 March"), not a day of its
    // own; so is "the" before an ordinal day ("the 9th of May"); a comma set off by spaces before the year, as
    // tokenised text writes it ("Dec. 31 , 1994"), still joins them.
    // The branches are searched as expressions of their own (OrderedAlternation): as one expression nearly every letter
    // and digit could start a match, and every branch was tried at every word.
    private const string YearGroup = "(?<year>(?:1[89]|20)[0-9]{2})";
    private const string DateEnd = @"(?![\p{L}\p{N}%]|[.,][0-9]|-\p{L})";

    private const string MonthDay = $$"""
        (?:(?<dayname>{{EnglishCalendarWords.WeekdayNames}}),?\ )?(?<month>{{EnglishCalendarWords.MonthNames}}|(?:{{EnglishCalendarWords.MonthAbbreviations}})\.?)\ (?<day>[0-9]{1,2})(?:st|nd|rd|th)?(?:\ ?,?\ {{YearGroup}})?
        """;

    private const string DayMonth = $$"""
        (?:(?<dayname>{{EnglishCalendarWords.WeekdayNames}}),?\ )?(?:(?i:the)\ (?=[0-9]{1,2}(?:st|nd|rd|th)\ ))?(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\ (?:of\ )?(?<month>{{EnglishCalendarWords.MonthNames}}|(?:{{EnglishCalendarWords.MonthAbbreviations}})\.(?=\ [0-9])|{{EnglishCalendarWords.MonthAbbreviations}})(?:\ ?,?\ {{YearGroup}})?
        """;

    private const string MonthAlone = $$"""
        (?<month>{{EnglishCalendarWords.MonthNames}})\ {{YearGroup}}
          | (?!(?:{{EnglishCalendarWords.MonthNamesAlsoWords}})\b)(?<month>{{EnglishCalendarWords.MonthNames}})
          | (?<=\b(?i:in|during)\ )(?<month>{{EnglishCalendarWords.MonthNamesAlsoWords}})(?!\ [0-9])
        """;

    private const string NamedDay = $$"""
        (?<christmas>Christmas)(?:\ {{YearGroup}})?(?!\ Eve)
          | (?<weekday>{{EnglishCalendarWords.WeekdayNames}})(?:\ (?i:morning|afternoon|evening|night))?
        """;

    private const string RelativeDay = """
        (?i:(?<rel>last|this|next)\ (?<unit>year|month|week)|(?<rel>yesterday|today|tomorrow))
        """;

    private const string QuarterInWords = $$"""
        (?:(?i:the)\ )?(?<quarter>(?i:first|second|third|fourth|1st|2nd|3rd|4th))(?:\ |-)(?i:quarter)(?:\ of\ (?:{{YearGroup}}|(?<qrel>(?i:this|last|next))\ (?i:year)))?(?!\ of\ (?i:nineteen|twenty|two\ thousand)\b)
        """;

    private const string QuarterOrDecade = $$"""
        Q(?<quarter>[1-4])(?:\ {{YearGroup}})?
          | (?:(?i:the)\ )?(?<decade>(?:1[89]|20)[0-9])0s
        """;

    private const string CountedBack = $$"""
        (?i:(?<ago>a|{{EnglishNumberWords.DigitWords}}|ten|[1-9][0-9]?)\ (?<agounit>years?|months?|weeks?|days?)\ (?:ago|earlier|(?<later>later)))
        """;

    private const string TheDayOrDecade = $$"""
        (?<=\b(?i:on|ended|ending|during|for|over)\ )(?<theday>(?i:the\ day))(?!\ (?i:before|after|of|when|that|which|in|it|they|he|she|we|its|their|to)\b)
          | (?i:the\ (?<decword>{{EnglishCalendarWords.DecadeWords}}))
        """;

    private const RegexOptions PartOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace;

    [GeneratedRegex(@"\b(?:" + MonthDay + ")" + DateEnd, PartOptions, NewsLexicon.MatchTimeout)]
    private static partial Regex MonthDayDate();

    [GeneratedRegex(@"\b(?:" + DayMonth + ")" + DateEnd, PartOptions, NewsLexicon.MatchTimeout)]
    private static partial Regex DayMonthDate();

    [GeneratedRegex(@"\b(?:" + MonthAlone + ")" + DateEnd, PartOptions, NewsLexicon.MatchTimeout)]
    private static partial Regex MonthAloneDate();

    [GeneratedRegex(@"\b(?:" + NamedDay + ")" + DateEnd, PartOptions, NewsLexicon.MatchTimeout)]
    private static partial Regex NamedDayDate();

    [GeneratedRegex(@"\b(?:" + RelativeDay + ")" + DateEnd, PartOptions, NewsLexicon.MatchTimeout)]
    private static partial Regex RelativeDayDate();

    [GeneratedRegex(@"\b(?:" + QuarterInWords + ")" + DateEnd, PartOptions, NewsLexicon.MatchTimeout)]
    private static partial Regex QuarterInWordsDate();

    [GeneratedRegex(@"\b(?:" + QuarterOrDecade + ")" + DateEnd, PartOptions, NewsLexicon.MatchTimeout)]
    private static partial Regex QuarterOrDecadeDate();

    [GeneratedRegex(@"\b(?:" + CountedBack + ")" + DateEnd, PartOptions, NewsLexicon.MatchTimeout)]
    private static partial Regex AgoDate();

    [GeneratedRegex(@"\b(?:" + TheDayOrDecade + ")" + DateEnd, PartOptions, NewsLexicon.MatchTimeout)]
    private static partial Regex TheDayOrDecadeDate();

    private static readonly Regex[] Parts =
    [
        MonthDayDate(), DayMonthDate(), MonthAloneDate(), NamedDayDate(), RelativeDayDate(), QuarterInWordsDate(),
        QuarterOrDecadeDate(), AgoDate(), TheDayOrDecadeDate(),
    ];

    // For each part, words one of which every match of it holds, read without regard to case: a sentence without them
    // is not searched with the part (most parts start with common words or letters, which the engine tries at nearly
    // every word). "wee" for "week": the parts also take the Kelvin sign for a "k", which a search without regard to case does not.
    private static readonly WordSearch?[] PartWords =
    [
        new(EnglishCalendarWords.MonthNameAndAbbreviationList),
        new(EnglishCalendarWords.MonthNameAndAbbreviationList),
        new(EnglishCalendarWords.MonthNameAndAbbreviationList),
        new(["Christmas", .. EnglishCalendarWords.WeekdayNames.Split('|')]),
        new(["year", "month", "wee", "yesterday", "today", "tomorrow"]),
        new(["quarter"]),
        new(WordSearch.Digits),
        new(["ago", "earlier", "later"]),
        new(["the day", .. EnglishCalendarWords.DecadeWords.Split('|')]),
    ];

    // Words that make the date part of a longer expression the model reads whole: "last August", "earlier
    // this year", "since 11 September", "the end of March", "from April 9", "the week of April 10".
    [GeneratedRegex(
        """
        (?:\b(?:last|next|this|coming|earlier|later|early|late|mid|start|beginning|end|middle|half|since|until|till|through|by|from|between|to|and|or|around|before|after|every|each|fiscal|financial|FY|in\ the|week(?=\ of\ ))|[-–/])[\ ,]*(?:(?:in|of|on|the)\ )*$
        """,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex ContextBefore();

    [GeneratedRegex(@"\b(?:1[89]|20)[0-9]{2}\ $", RegexOptions.CultureInvariant, NewsLexicon.MatchTimeout)]
    private static partial Regex YearJustBefore();

    private const string MonthOrWeekday = EnglishCalendarWords.MonthNames + "|" + EnglishCalendarWords.WeekdayNames;

    [GeneratedRegex(@"\b(?:" + MonthOrWeekday + @")\ (?:and|or)\ (?:on\ )?$", RegexOptions.CultureInvariant, NewsLexicon.MatchTimeout)]
    private static partial Regex ListBefore();

    [GeneratedRegex(@"^\ (?:and|or)\ (?:on\ )?(?:" + MonthOrWeekday + @")\b(?!\ [0-9])", RegexOptions.CultureInvariant, NewsLexicon.MatchTimeout)]
    private static partial Regex ListAfter();

    // A capitalised word after a weekday that is not a month, a weekday or a part of the day: "Sunday Times".
    [GeneratedRegex(@"^\ (?!(?:" + MonthOrWeekday + @"|Morning|Afternoon|Evening|Night)\b)\p{Lu}\p{Ll}", RegexOptions.CultureInvariant, NewsLexicon.MatchTimeout)]
    private static partial Regex NameAfter();

    // "The" or a capitalised word (with "and" or "&") just before a weekday: "The Sunday", "Daily and Sunday"; not a
    // capitalised preposition or relative word that opens a sentence ("On Friday Shell said").
    [GeneratedRegex(
        """
        (?:\b(?:The|the)|\b(?!(?:On|By|Since|Until|Till|Before|After|From|To|Through|Last|Next|This|That|Every|Each|Early|Late|And|Or|But|Then|In|At|For|During|Over|Of|Only|Also|Even|Since)\b)\p{Lu}\p{L}*(?:\ (?:and|&))?)\ $
        """,
        RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"\b(?i:between)\b", RegexOptions.CultureInvariant, NewsLexicon.MatchTimeout)]
    private static partial Regex Between();

    // "last year", "this week", "today" after a list word are still that year, week or day ("Wembley and last year"),
    // and so are they after a dash set off by spaces after a word, which is punctuation ("the twins - Frederick and
    // David - last year"), not a range.
    [GeneratedRegex(
        """
        (?:\b(?:from|between|to|until|till|through|since|by|before|after|early|late|mid|start|beginning|end|middle|earlier|later|half|day(?=\ of\ ))|(?<!\p{L}\ )[-–/])[\ ,]*(?:(?:in|of|on|the)\ )*$
        """,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex RelativeContextBefore();

    [GeneratedRegex(
        """
        (?:\b(?:from|between|to|and|or|until|till|through|every|each|last|next|this|coming)|[-–/])[\ ,]*(?:(?:on|the)\ )*$
        """,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex WeekdayContextBefore();

    // A clock time or a year that follows: "October last year", "Monday at 10:00" ("Friday afternoon" is Friday).
    [GeneratedRegex(
        """
        ^(?:,?\ (?:at|around|from|by)\ (?:[0-9]{1,2}(?:[:.][0-9]{2}|\ ?(?:[ap]\.?m\b|GMT|BST|ET|EST))|[0-9]{4}\ ?(?:GMT|BST))|\ [0-9]{1,2}[:.][0-9]{2}|\ (?:last|next|this|week|year|month)\b)
        """,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex ContextAfter();
}
