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
    public const string RuleId = RuleIds.NumberWordsUnread;

    /// <summary>
    /// Returns the text of <paramref name="sentence"/> with every run of more than <see cref="MaxWords"/> number words
    /// replaced by spaces, and reports each such run to <paramref name="problems"/>; <see langword="null"/> when there is
    /// no such run (the sentence is read as it is).
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="numberWords">The sentence's number words in text order, as the cue scan found them.</param>
    /// <param name="problems">Receives a finding for each run blanked out.</param>
    public static string? Mask(string text, TextSpan sentence, IReadOnlyList<TextSpan> numberWords, ICollection<Finding>? problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(numberWords);
        char[]? masked = null;
        int runStart = 0, runEnd = 0, words = 0;
        foreach (var word in numberWords)
        {
            if (words > 0 && IsJoiner(text.AsSpan(runEnd, word.Start - runEnd)))
            {
                words++;
                runEnd = word.End;
                continue;
            }

            masked = Flush(masked, runStart, runEnd, words);
            (runStart, runEnd, words) = (word.Start, word.End, 1);
        }

        masked = Flush(masked, runStart, runEnd, words);
        return masked is null ? null : new string(masked);

        char[]? Flush(char[]? chars, int start, int end, int count)
        {
            if (count <= MaxWords)
            {
                return chars;
            }

            chars ??= text.ToCharArray(sentence.Start, sentence.Length);
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
