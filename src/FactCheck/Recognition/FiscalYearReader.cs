using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>Reads the fiscal years written "FY2023", "FY 2023" and "FY23" without the date-time model.</summary>
/// <remarks>
/// A fiscal year's months differ by country and by company (FY2023 is October 2022 to September 2023 for the US
/// government, April 2022 to March 2023 for an Indian company, April 2023 to March 2024 for a British one), and
/// the text seldom says which. So the mention names the year (its value is 2023) and its date stays unresolved,
/// with the reason, rather than be given the months of a calendar year it may not cover. "2004/05" is read by
/// <see cref="DateReader"/> as the two calendar years it spans.
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
    }

    // "FY2023", "FY 2023", "FY23"; not "FY2023/24" or "FY23-24", which name two years.
    [GeneratedRegex(
        """
        (?<![\p{L}\p{N}])FY\ ?(?<year>(?:19|20)[0-9]{2}|[0-9]{2})(?![\p{L}\p{N}]|[/–-][0-9])
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex FiscalYear();
}
