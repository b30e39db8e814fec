using FactCheck.Languages;
using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>
/// Records on each date mention what the words in and around it say: the weekday written beside it, whether its year
/// is written, the bound before it ("since", "by"), whether a measure takes effect then, whether its sentence tells of
/// an announcement, and whether it is the time of a past event. The later stages read these instead of the text.
/// </summary>
internal static class DateContextReader
{
    // How far before a date a weekday may start ("Wednesday, the " is 15 characters), and how far after it a
    // bracketed weekday may end ("(Wednesday)" with spaces).
    private const int WeekdayLookBehind = 16;
    private const int WeekdayLookAhead = 14;

    // How far before a date "takes effect on" is looked for; and how far around it the wording of a past event
    // ("jumped in", "In January 2026, attacks jumped") is.
    private const int EffectLookBehind = 40;
    private const int EventLookBehind = 60;
    private const int EventLookAhead = 80;

    /// <summary>Replaces each date mention of <paramref name="mentions"/> with one that carries its context.</summary>
    /// <param name="language">The language pack of the document, which gives the words read.</param>
    /// <param name="text">The document text.</param>
    /// <param name="sentences">The sentences the mentions were read from, in text order.</param>
    /// <param name="mentions">The mentions of those sentences; date mentions outside them are left as they are.</param>
    public static void Annotate(LanguagePack language, string text, IReadOnlyList<TextSpan> sentences, IList<Mention> mentions)
    {
        // Sentence-wide wording is read once per sentence, however many dates it has.
        var wordingOf = -1;
        bool future = false, announcing = false;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k] is not { Kind: MentionKind.Date, Date: DateValue date } mention)
            {
                continue;
            }

            var index = SentenceIndex.Of(sentences, mention.Span.Start);
            if (index < 0)
            {
                continue;
            }

            var sentence = sentences[index];
            if (index != wordingOf)
            {
                var words = text.AsSpan(sentence.Start, sentence.Length);
                future = language.News.SpeaksOfFutureOrPlan(words);
                announcing = language.News.AnnouncementWording().IsMatch(words);
                wordingOf = index;
            }

            var start = mention.Span.Start;
            var lead = text[Math.Max(sentence.Start, start - EventLookBehind)..start];
            var opening = BoundOf(language.News.BoundOpening().Match(mention.Text));
            var before = BoundOf(language.News.BoundBefore().Match(lead));
            var deadline = opening is not (DateBound.None or DateBound.After) || before is not (DateBound.None or DateBound.After);
            mentions[k] = mention.WithDate(date.With(new DateContext(
                WeekdayOf(language, text, mention),
                language.News.WrittenYear().IsMatch(mention.Text),
                opening != DateBound.None ? opening : before,
                language.News.EffectBefore().IsMatch(text.AsSpan(Math.Max(sentence.Start, start - EffectLookBehind), start - Math.Max(sentence.Start, start - EffectLookBehind))),
                announcing,
                !deadline && !future && !language.News.EffectBefore().IsMatch(lead) && PastVerbGoverns(language, text, sentence, mention, lead))));
        }
    }

    // "jumped in January 2026", "was signed on April 2, 2026", or "In January 2026, attacks jumped".
    private static bool PastVerbGoverns(LanguagePack language, string text, TextSpan sentence, Mention mention, string lead)
    {
        if (language.News.PastVerbBeforeDate().IsMatch(lead))
        {
            return true;
        }

        var tail = text[mention.Span.End..Math.Min(sentence.End, mention.Span.End + EventLookAhead)];
        return language.News.SentenceOpening().IsMatch(text.AsSpan(sentence.Start, mention.Span.Start - sentence.Start))
            && language.News.PastVerbAfterDate().IsMatch(tail);
    }

    private static DateBound BoundOf(System.Text.RegularExpressions.Match match) =>
        !match.Success ? DateBound.None : match.Groups["bound"].Value.ToUpperInvariant() switch
        {
            "SINCE" => DateBound.Since,
            "FROM" or "STARTING" => DateBound.From,
            "BEFORE" => DateBound.Before,
            "UNTIL" or "TILL" or "THROUGH" => DateBound.Until,
            "AFTER" => DateBound.After,
            var word when word.StartsWith("AHEAD", StringComparison.Ordinal) => DateBound.Before,
            _ => DateBound.By, // "by", "in time for"
        };

    // Only a single day that is written with digits ("April 9") can be set against a weekday; a weekday alone
    // ("on Sunday") is itself what the date was resolved from.
    private static NamedWeekday? WeekdayOf(LanguagePack language, string text, Mention mention)
    {
        if (mention.Date is not { Start: DateOnly start, End: DateOnly end } || start != end || !mention.Text.Any(char.IsAsciiDigit))
        {
            return null;
        }

        // Inside the mention: "Monday, April 9".
        var inside = language.News.WeekdayOpening().Match(mention.Text);
        if (inside.Success && mention.Text.Skip(inside.Length).Any(char.IsAsciiDigit))
        {
            var day = inside.Groups["day"];
            return Named(day.Value, mention.Span.Start + day.Index, day.Length);
        }

        // Just before it: "on Monday, April 9".
        var windowStart = Math.Max(0, mention.Span.Start - WeekdayLookBehind);
        var before = language.News.WeekdayBefore().Match(text, windowStart, mention.Span.Start - windowStart);
        if (before.Success)
        {
            var day = before.Groups["day"];
            return Named(day.Value, day.Index, day.Length);
        }

        // In brackets just after it: "April 9 (Monday)".
        var windowEnd = Math.Min(text.Length, mention.Span.End + WeekdayLookAhead);
        var after = language.News.WeekdayAfter().Match(text, mention.Span.End, windowEnd - mention.Span.End);
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
