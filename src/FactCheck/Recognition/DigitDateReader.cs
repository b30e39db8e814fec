using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>
/// Reads dates written in digits without the date-time model: "17-05-2016", "5/17/2016", "17.05.2016", "5/6/16" and
/// the ISO "2016-05-17".
/// </summary>
/// <remarks>
/// A day above 12 fixes the order ("17-05-2016" is 17 May in any culture, "5/17/2016" 17 May too). When both parts
/// could be the month ("5/6/2016"), the culture decides: month first where its short date pattern writes the month
/// first (en-US: May 6), day first elsewhere (en-GB, en-AU, en-IN: 5 June). A two-digit year is
/// read as 2000 to 2049 or 1950 to 1999 ("16" is 2016, "98" is 1998), and only after a slash: "1.2.10" may be a
/// version and "6-4-12" a score. What is no calendar day ("31/02/2016", "13/14/2016") is left alone.
/// </remarks>
internal static partial class DigitDateReader
{
    /// <summary>Finds the digit dates of a sentence.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="sentence">The sentence to read.</param>
    /// <param name="culture">The document's culture, whose short date pattern says which of two small numbers is the month.</param>
    /// <param name="mentions">Receives the date mentions.</param>
    public static void Read(string text, TextSpan sentence, CultureInfo culture, List<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var monthFirst = MonthFirst(culture);
        for (var match = DigitDate().Match(text, sentence.Start, sentence.Length); match.Success; match = match.NextMatch())
        {
            var date = Resolve(match, monthFirst);
            if (date is null)
            {
                continue;
            }

            var surface = match.Value;
            var day = date.Value;
            var value = new DateValue(DateGrain.Day, day, day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            mentions.Add(new Mention(MentionKind.Date, new TextSpan(match.Index, match.Index + match.Length), surface, day.Year, "date", day.Year, day.Year, date: value));
        }
    }

    /// <summary>Whether <paramref name="culture"/> writes the month before the day in its short dates.</summary>
    public static bool MonthFirst(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var pattern = culture.DateTimeFormat.ShortDatePattern;
        var month = pattern.IndexOf('M', StringComparison.Ordinal);
        var day = pattern.IndexOf('d', StringComparison.Ordinal);
        return month >= 0 && (day < 0 || month < day);
    }

    private static DateOnly? Resolve(Match match, bool monthFirst)
    {
        var groups = match.Groups;
        var year = int.Parse(groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (groups["year"].Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }

        int month;
        int day;
        if (groups["isoMonth"].Success)
        {
            month = int.Parse(groups["isoMonth"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            day = int.Parse(groups["isoDay"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else
        {
            var first = int.Parse(groups["first"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            var second = int.Parse(groups["second"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            (month, day) = (first > 12, second > 12) switch
            {
                (true, false) => (second, first),
                (false, true) => (first, second),
                (false, false) => monthFirst ? (first, second) : (second, first),
                _ => (0, 0),
            };
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    // Day and month (either order) then a year of four digits, with one separator throughout, or a two-digit year
    // after slashes; or the ISO year-month-day. Not inside a longer run of digits and separators.
    [GeneratedRegex(
        """
        (?<![\p{N}.,/:-])
        (?:(?<first>[0-9]{1,2})(?<sep>[/.-])(?<second>[0-9]{1,2})\k<sep>(?<year>(?:1[89]|20)[0-9]{2})
          |(?<first>[0-9]{1,2})(?<sep>/)(?<second>[0-9]{1,2})/(?<year>[0-9]{2})
          |(?<year>(?:1[89]|20)[0-9]{2})-(?<isoMonth>[0-9]{2})-(?<isoDay>[0-9]{2}))
        (?![\p{N}%]|[.,/:-][0-9]|\p{L})
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex DigitDate();
}
