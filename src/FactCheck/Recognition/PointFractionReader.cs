using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Languages.English;
using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>
/// Reads a fraction of a point or of a per cent written in words: "half a percentage point" (0.5 pp), "a quarter of
/// a percentage point" (0.25 pp), "three quarters of a point", "half a per cent" (0.5%), and the fraction written
/// straight before its unit: "a quarter-point cut", "a half percentage point".
/// </summary>
/// <remarks>
/// A bare "point" is a percentage point only where percentages are spoken of: a percentage in the sentence or the
/// one before, or a rate noun in the sentence ("rates rose by a quarter of a point"); elsewhere it may be a point of
/// an index or a score, and is left alone.
/// </remarks>
internal static partial class PointFractionReader
{
    /// <summary>Reads the fractions of a point of one sentence.</summary>
    /// <param name="language">The language pack of the document, which gives the words read.</param>
    /// <param name="text">The document text.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="percentagesBefore">Whether the previous sentence mentioned a percentage.</param>
    public static List<FigureReader.Figure> Read(LanguagePack language, string text, TextSpan sentence, bool percentagesBefore)
    {
        List<FigureReader.Figure>? figures = null;
        for (var match = PointFraction().Match(text, sentence.Start, sentence.Length); match.Success; match = match.NextMatch())
        {
            var groups = match.Groups;
            var kind = groups["pct"].Success ? MentionKind.Percentage : MentionKind.PercentagePoints;
            if (groups["point"].Success && !percentagesBefore && !SpeaksOfPercentages(language, text, sentence))
            {
                continue;
            }

            (figures ??= []).Add(new FigureReader.Figure
            {
                Kind = kind,
                Start = match.Index,
                End = match.Index + match.Length,
                Value = language.News.PointFractionValue(groups["fraction"].Value),
                Unit = kind == MentionKind.Percentage ? "%" : "pp",
                InWords = true,
            });
        }

        return figures ?? [];
    }

    /// <summary>Whether the sentence may hold a fraction of a point that no other cue brings to the readers ("half a percentage point").</summary>
    public static bool MayHold(LanguagePack language, string text, TextSpan sentence)
        => text.AsSpan(sentence.Start, sentence.Length).Contains("half", StringComparison.OrdinalIgnoreCase);

    private static bool SpeaksOfPercentages(LanguagePack language, string text, TextSpan sentence)
    {
        if (Percentage().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
        {
            return true;
        }

        foreach (var word in Word().EnumerateMatches(text.AsSpan(sentence.Start, sentence.Length)))
        {
            var value = text.AsSpan(sentence.Start + word.Index, word.Length).ToString().ToLowerInvariant();
            if (language.News.IsRateNoun(value))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(
        $$"""
        (?<![\p{L}-]|\band\ |\band\ an?\ )(?:(?<fraction>{{EnglishNumberWords.PointFractions}})\ (?:of\ )?(?:a|one)\ |(?:(?:a|one)\ )?(?<fraction>{{EnglishNumberWords.PointFractionsBeforeUnit}})[\ -])
        (?:(?<pp>percentage[\ -]point)|(?<point>point)|(?<pct>per\ ?cent|percent))(?![\p{L}-])
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex PointFraction();

    [GeneratedRegex(
        """%|\bper\ ?cent\b|\bpercent\b|\bpercentage\b""",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        NewsLexicon.MatchTimeout)]
    private static partial Regex Percentage();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant, NewsLexicon.MatchTimeout)]
    private static partial Regex Word();
}
