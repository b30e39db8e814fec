using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>
/// Records on each date mention what the words in and around it say: the weekday written beside it and whether its
/// year is written. The later stages read these instead of the text.
/// </summary>
internal static class DateContextReader
{
    // How far before a date a weekday may start ("Wednesday, the " is 15 characters), and how far after it a
    // bracketed weekday may end ("(Wednesday)" with spaces).
    private const int WeekdayLookBehind = 16;
    private const int WeekdayLookAhead = 14;

    /// <summary>Replaces each date mention of <paramref name="mentions"/> with one that carries its context.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="sentences">The sentences the mentions were read from, in text order.</param>
    /// <param name="mentions">The mentions of those sentences; date mentions outside them are left as they are.</param>
    public static void Annotate(string text, IReadOnlyList<TextSpan> sentences, IList<Mention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k] is { Kind: MentionKind.Date, Date: DateValue date } mention && SentenceIndex.Of(sentences, mention.Span.Start) >= 0)
            {
                mentions[k] = mention.WithDate(date.With(
                    WeekdayOf(text, mention),
                    EnglishNewsLexicon.WrittenYear().IsMatch(mention.Text)));
            }
        }
    }

    // Only a single day that is written with digits ("April 9") can be set against a weekday; a weekday alone
    // ("on Sunday") is itself what the date was resolved from.
    private static NamedWeekday? WeekdayOf(string text, Mention mention)
    {
        if (mention.Date is not { Start: DateOnly start, End: DateOnly end } || start != end || !mention.Text.Any(char.IsAsciiDigit))
        {
            return null;
        }

        // Inside the mention: "Monday, April 9".
        var inside = EnglishNewsLexicon.WeekdayOpening().Match(mention.Text);
        if (inside.Success && mention.Text.Skip(inside.Length).Any(char.IsAsciiDigit))
        {
            var day = inside.Groups["day"];
            return Named(day.Value, mention.Span.Start + day.Index, day.Length);
        }

        // Just before it: "on Monday, April 9".
        var windowStart = Math.Max(0, mention.Span.Start - WeekdayLookBehind);
        var before = EnglishNewsLexicon.WeekdayBefore().Match(text, windowStart, mention.Span.Start - windowStart);
        if (before.Success)
        {
            var day = before.Groups["day"];
            return Named(day.Value, day.Index, day.Length);
        }

        // In brackets just after it: "April 9 (Monday)".
        var windowEnd = Math.Min(text.Length, mention.Span.End + WeekdayLookAhead);
        var after = EnglishNewsLexicon.WeekdayAfter().Match(text, mention.Span.End, windowEnd - mention.Span.End);
        if (after.Success)
        {
            var day = after.Groups["day"];
            return Named(day.Value, day.Index, day.Length);
        }

        return null;
    }

    private static NamedWeekday Named(string name, int start, int length) =>
        new(Enum.Parse<DayOfWeek>(name, ignoreCase: true), new TextSpan(start, start + length), name);
}
