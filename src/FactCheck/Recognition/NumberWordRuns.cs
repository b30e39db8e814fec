using System.Globalization;
using FactCheck.Reports;
using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>
/// Keeps overlong runs of number words ("one hundred one hundred one hundred …", pasted or generated text) away from
/// the Recognizers number model, whose time grows exponentially with such a run: 24 words take 60 ms, 30 words
/// 0.4 s, and 40 words run into its regular-expression timeout.
/// </summary>
/// <remarks>
/// No number written in words in real text comes near <see cref="MaxWords"/> words ("nine hundred and ninety-nine
/// thousand nine hundred and ninety-nine" has twelve). A longer run is blanked out of the text the model reads (with
/// spaces, so every offset stays right) and reported with a <see cref="RuleId"/> finding: it is not dropped silently.
/// </remarks>
internal static class NumberWordRuns
{
    /// <summary>The most number words, joined by spaces, hyphens, "and" or "a", read as one run.</summary>
    public const int MaxWords = 16;

    /// <summary>The rule id of the finding for a run that was not read.</summary>
    public const string RuleId = "number-words-unread";

    /// <summary>
    /// Returns <paramref name="sentenceText"/> (the text of <paramref name="sentence"/>) with every run of more than
    /// <see cref="MaxWords"/> number words replaced by spaces, and reports each such run to <paramref name="problems"/>.
    /// </summary>
    public static string Mask(string text, TextSpan sentence, string sentenceText, ICollection<Finding>? problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentenceText);
        char[]? masked = null;
        int runStart = 0, runEnd = 0, words = 0;
        for (var match = EnglishNewsLexicon.ModelCue().Match(text, sentence.Start, sentence.Length); match.Success; match = match.NextMatch())
        {
            if (!match.Groups["words"].Success)
            {
                continue;
            }

            if (words > 0 && IsJoiner(text.AsSpan(runEnd, match.Index - runEnd)))
            {
                words++;
                runEnd = match.Index + match.Length;
                continue;
            }

            masked = Flush(masked, runStart, runEnd, words);
            (runStart, runEnd, words) = (match.Index, match.Index + match.Length, 1);
        }

        masked = Flush(masked, runStart, runEnd, words);
        return masked is null ? sentenceText : new string(masked);

        char[]? Flush(char[]? chars, int start, int end, int count)
        {
            if (count <= MaxWords)
            {
                return chars;
            }

            chars ??= sentenceText.ToCharArray();
            chars.AsSpan(start - sentence.Start, end - start).Fill(' ');
            problems?.Add(new Finding(
                RuleId,
                Severity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"A run of {count} number words at {start}–{end} is too long to be one number; it was not read."),
                spans: [new TextSpan(start, end)]));
            return chars;
        }
    }

    private static bool IsJoiner(ReadOnlySpan<char> gap)
    {
        var word = gap.Trim(" \t\r\n\u00A0-");
        return word.IsEmpty
            || word.Equals("and", StringComparison.OrdinalIgnoreCase)
            || word.Equals("a", StringComparison.OrdinalIgnoreCase)
            || word.Equals("an", StringComparison.OrdinalIgnoreCase);
    }
}
