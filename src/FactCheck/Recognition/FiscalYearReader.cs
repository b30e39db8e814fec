using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>
/// Reads the fiscal years written "FY2023", "FY 2023" and "FY23", the fiscal years and seasons written across two
/// years ("2004/05", "2011-12", "fiscal 2014/15", "FY2014/15", "1999/2000"), and the ranges of years written with the
/// last year short ("the 2004-06 plan", "2011-15"), without the date-time model.
/// </summary>
/// <remarks>
/// A fiscal year's months differ by country and by company (FY2023 is October 2022 to September 2023 for the US
/// government, April 2022 to March 2023 for an Indian company, April 2023 to March 2024 for a British one), and
/// the text seldom says which. So the mention names the year (its value is 2023) and its date stays unresolved,
/// with the reason, rather than be given the months of a calendar year it may not cover. "2004/05" is read as the two
/// calendar years it spans, which hold it whatever month it starts in (the model reads May 2004, or only 2004).
/// </remarks>
internal static partial class FiscalYearReader
{
    /// <summary>The reason given on the date of a fiscal year.</summary>
    public const string Reason = "A fiscal year: the text does not say in which month it starts.";

    /// <summary>Finds the fiscal years of a sentence.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="sentence">The sentence to read.</param>
    /// <param name="mentions">Receives the date mentions.</param>
    public static void Read(string text, TextSpan sentence, List<Mention> mentions)
    {
        for (var match = FiscalYear().Match(text, sentence.Start, sentence.Length); match.Success; match = match.NextMatch())
        {
            var digits = match.Groups["year"].ValueSpan;
            var year = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            if (digits.Length == 2)
            {
                year += year < 50 ? 2000 : 1900;
            }

            var timex = string.Create(CultureInfo.InvariantCulture, $"FY{year:D4}");
            var date = new DateValue(DateGrain.Year, null, null, timex, Reason);
            mentions.Add(new Mention(MentionKind.Date, new TextSpan(match.Index, match.Index + match.Length), match.Value, year, "date", year, year, date: date));
        }

        for (var match = Season().Match(text, sentence.Start, sentence.Length); match.Success; match = match.NextMatch())
        {
            var first = int.Parse(match.Groups["first"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            var next = int.Parse(match.Groups["next"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            var last = first + 1;
            if (next != (first + 1) % (match.Groups["next"].Length == 2 ? 100 : 10_000))
            {
                // "the 2004-06 plan", "2011-15": the years 2004 to 2006, 2011 to 2015. A second part that may be a month
                // ("2004-06") counts only before a word in lower case (the noun of "the 2004-06 plan"); "2011-2015" is
                // read with the other year ranges.
                var shortEnd = match.Groups["next"].Length == 2 ? (first / 100 * 100) + next : 0;
                if (shortEnd <= last || shortEnd > first + 20 || (next <= 12 && !NounAfter(text, sentence, match.Index + match.Length)))
                {
                    continue;
                }

                last = shortEnd;
            }

            var span = new TextSpan(match.Index, match.Index + match.Length);
            mentions.RemoveAll(m => m.Span.Overlaps(span) && !m.Span.Contains(span)); // "2000 to 2016" of "1999/2000 to 2016/17".
            var date = DateReader.FromPeriod(match.Value, new DateOnly(first, 1, 1), new DateOnly(last + 1, 1, 1));
            mentions.Add(new Mention(MentionKind.Date, span, match.Value, first, "date", first, last, date: date));
        }
    }

    private static bool NounAfter(string text, TextSpan sentence, int end)
        => end + 1 < sentence.End && text[end] == ' ' && char.IsLower(text[end + 1]);

    // "FY2023", "FY 2023", "FY23"; not "FY2023/24" or "FY23-24", which name two years.
    [GeneratedRegex(
        """
        (?<![\p{L}\p{N}])FY\ ?(?<year>(?:19|20)[0-9]{2}|[0-9]{2})(?![\p{L}\p{N}]|[/–-][0-9])
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex FiscalYear();

    // "2004/05", "2011-12", "FY2014/15", "1999/2000": a year, a slash or dash, and the next year (or its last two digits); not inside a
    // longer run of digits ("2004/05/06", "2004-05-17").
    [GeneratedRegex(
        """
        (?<![\p{L}\p{N}/.,-])(?:FY\ ?)?(?<first>(?:19|20)[0-9]{2})[/–-](?<next>(?:19|20)[0-9]{2}|[0-9]{2})(?![\p{L}\p{N}%]|[/.,–-][0-9])
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex Season();
}
