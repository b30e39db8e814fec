using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Recognition;
using FactCheck.Text;
using Microsoft.Recognizers.Text;

namespace FactCheck.Benchmarks.Baseline;

/// <summary>How one percentage, currency or date mention of the naive baseline fares in FactCheck.</summary>
internal enum AgreementOutcome
{
    /// <summary>FactCheck has a mention of the same kind, span and value.</summary>
    Same,

    /// <summary>FactCheck reads it differently on purpose (the reason says which correction).</summary>
    Corrected,

    /// <summary>Not a figure or calendar date (no value, a duration, a clock time, "now"): not compared.</summary>
    NotCompared,

    /// <summary>FactCheck has no such mention.</summary>
    Missed,
}

/// <summary>One baseline mention and its outcome.</summary>
internal sealed record AgreementItem(string Category, TextSpan Span, string Text, string Value, AgreementOutcome Outcome, string Reason);

/// <summary>
/// Compares the percentage, currency and date mentions of the naive baseline (the Recognizers models over the
/// whole document) with FactCheck's mentions of the same document: same span and same value, apart from the
/// categories FactCheck corrects on purpose, each named in <see cref="AgreementItem.Reason"/>.
/// </summary>
/// <remarks>
/// Rules, per baseline mention:
/// <list type="bullet">
/// <item>Same span: equal, or FactCheck's span ends where the baseline's ends and starts earlier with the
/// hedge it reads as a qualifier ("about 5%").</item>
/// <item>Percentages: same value. Money: same amount, and the same ISO code when the baseline names one.
/// Dates: FactCheck's first and last day equal one of the baseline's readings (it gives a past and a future
/// reading when the text names no year).</item>
/// <item>Corrections: "25 percentage points" and "50 basis points" are percentage points, not percentages;
/// "$4.3bn" is 4.3 billion dollars, not 4.3 (the baseline drops the scale word; "₹1.5 lakh crore" is 1.5 lakh of crores); the "cent" of "per cent" is not
/// money; "from 2013 to 2018" runs to the end of 2018 (the baseline stops on 1 January 2018); "may" and "march"
/// in lower case are verbs; a date inside a figure ("the 3" of "the 3.3% growth", "2004.5") gives way to it;
/// "between 20% and 30%", "2-3%" and "$24-$26" are one mention with an interval; "17 cents" is 0.17 dollars (not
/// 17 cents, nor 17%); the dash of "- 17%" is punctuation, not a minus sign; "between 2001 and 2003" and
/// "July-September" include their last year or month; a date inside a longer expression ("the last quarter of
/// 2004", "the three months to December", "late 1990s") is read whole; "the year to March 2005" is the twelve
/// months that end with March 2005; "earlier this week", "later this year" and "the rest of the year" end or start
/// next to the publication date, and "earlier in 2004" names 2004; "in three years" after a superlative or an
/// ordinal looks back, and outside the future names no date; "the year-on-year comparison" names no date; "£10
/// one-way" is 10 pounds; "$12 to $15 billion" gives the low end the high end's scale; pounds of weight are not money; the weekday of a name ("The Sunday Times") is not a date;
/// "2004/05" spans two calendar years; "A380s" and "KC-30s" are model numbers, not decades; "the day" of an event is
/// not a day next to the publication date; a weekday or weekend of a past sentence is the last one; "late 1980's" is
/// the decade; digits inside a web address are no figure or date; "percent of 10" is no percentage; "the same week"
/// of an event is not the week of publication; "the week ended Jan 12" is that week; "nineteen ninety-six" is 1996; francs with no country near are
/// left without a currency; "one dollar and two points" is one dollar; a clock time after a date
/// ("October 14 for 8:00am") is not part of the day. A hedge before a date
/// ("around 2020") leaves the date the same.</item>
/// <item>Not compared: baseline results without a value ("dollar" alone, "cent"), and date-time results that
/// name no calendar time (clock times, durations, sets, seasons, "now", "recently").</item>
/// </list>
/// </remarks>
internal static partial class MentionAgreement
{
    public static IReadOnlyList<AgreementItem> Compare(string text, NaiveResults baseline, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(mentions);
        var items = new List<AgreementItem>();
        foreach (var result in baseline.Percentages)
        {
            items.Add(Percentage(text, result, mentions));
        }

        foreach (var result in baseline.Currencies)
        {
            items.Add(Currency(text, result, mentions));
        }

        foreach (var result in baseline.Dates)
        {
            items.Add(Date(text, result, mentions));
        }

        return items;
    }

    /// <summary>
    /// FactCheck's percentages, percentage points, amounts and dates that overlap none of the baseline's percentage,
    /// currency and date results: what FactCheck finds and the models do not (to be checked by hand).
    /// </summary>
    public static IEnumerable<Mention> FactCheckOnly(NaiveResults baseline, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(mentions);
        var spans = baseline.Percentages.Concat(baseline.Currencies).Concat(baseline.Dates).Select(SpanOf).ToList();
        return mentions.Where(m => m.Kind is MentionKind.Percentage or MentionKind.PercentagePoints or MentionKind.Money or MentionKind.Date
            && !spans.Exists(s => s.Overlaps(m.Span)));
    }

    /// <summary>The share of compared baseline mentions that FactCheck finds with the same span and value.</summary>
    public static double Agreement(IEnumerable<AgreementItem> items)
    {
        var list = items.ToList();
        var same = list.Count(i => i.Outcome == AgreementOutcome.Same);
        var missed = list.Count(i => i.Outcome == AgreementOutcome.Missed);
        return same + missed == 0 ? 1.0 : (double)same / (same + missed);
    }

    private static AgreementItem Percentage(string text, ModelResult result, IReadOnlyList<Mention> mentions)
    {
        var span = SpanOf(result);
        var surface = span.Slice(text);
        var raw = Resolution(result, "value");
        if (raw is null || !decimal.TryParse(raw.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return new("percentage", span, surface, raw ?? "null", AgreementOutcome.NotCompared, "no value (the word 'cent' alone)");
        }

        var item = new AgreementItem("percentage", span, surface, raw, AgreementOutcome.Missed, string.Empty);
        if (mentions.Any(m => m.Kind == MentionKind.Percentage && SameSpan(m, span) && m.Value == value))
        {
            return item with { Outcome = AgreementOutcome.Same };
        }

        if (InWebAddress(text, span, mentions))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = WebAddressReason };
        }

        // "percent of 10": the baseline reads the number after "of" as the percentage.
        if (surface.StartsWith("per", StringComparison.OrdinalIgnoreCase))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "'percent of 10' is no percentage of 10" };
        }

        if (mentions.Any(m => m.Kind == MentionKind.PercentagePoints && m.Span.Overlaps(span)))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "percentage points, not a percentage" };
        }

        if (InRange(mentions, MentionKind.Percentage, span, value))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = RangeReason };
        }

        if (mentions.Any(m => m.Kind == MentionKind.Money && m.Span.Contains(span)))
        {
            // "17 cents" alone, or the cents of "fourteen dollars and twenty cents".
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "cents are money, not a percentage" };
        }

        if (value < 0 && SpacedDash(surface) && mentions.Any(m => m.Kind == MentionKind.Percentage && span.Contains(m.Span) && m.Value == -value))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "a spaced dash before a figure is punctuation, not a minus sign" };
        }

        return item;
    }

    private static AgreementItem Currency(string text, ModelResult result, IReadOnlyList<Mention> mentions)
    {
        var span = SpanOf(result);
        var surface = span.Slice(text);
        var raw = Resolution(result, "value");
        var iso = Resolution(result, "isoCurrency");
        if (string.IsNullOrEmpty(raw) || !decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            if (surface.Equals("cent", StringComparison.OrdinalIgnoreCase) || surface.Equals("cents", StringComparison.OrdinalIgnoreCase))
            {
                return mentions.Any(m => m.Kind == MentionKind.Percentage && m.Span.Overlaps(span))
                    ? new("currency", span, surface, "cent", AgreementOutcome.Corrected, "the 'cent' of 'per cent' is not money")
                    : new("currency", span, surface, "cent", AgreementOutcome.NotCompared, "no amount (a currency name alone)");
            }

            return new("currency", span, surface, raw ?? "null", AgreementOutcome.NotCompared, "no amount (a currency name alone)");
        }

        if (surface.Length > 1 && !surface.Contains(' ', StringComparison.Ordinal) && char.IsLetter(surface[0]) && char.IsAsciiDigit(surface[^1])
            && surface.All(char.IsLetterOrDigit))
        {
            return new("currency", span, surface, raw, AgreementOutcome.Corrected, "letters and digits of a name ('DB9') are not money");
        }

        var described = iso is null ? raw + " " + Resolution(result, "unit") : raw + " " + iso;
        var item = new AgreementItem("currency", span, surface, described, AgreementOutcome.Missed, string.Empty);
        var money = mentions.Where(m => m.Kind == MentionKind.Money).ToList();
        if (money.Exists(m => SameSpan(m, span) && m.Value == value && (iso is null || m.Unit == iso)))
        {
            return item with { Outcome = AgreementOutcome.Same };
        }

        if (InWebAddress(text, span, mentions))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = WebAddressReason };
        }

        if (money.Exists(m => m.Span.Start <= span.Start && m.Span.End > span.End && IsScaled(m.Value, value)))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "scale word after the number ('bn', 'm', 'tn') kept" };
        }

        if (money.Exists(m => SameSpan(m, span) && IsScaled(m.Value, value)))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "the scale of a range's high end shared with its low end ('$12 to $15 billion')" };
        }

        if (surface.EndsWith("pounds", StringComparison.OrdinalIgnoreCase) && mentions.Any(m => m.Kind == MentionKind.Number && m.Span.Overlaps(span)))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "pounds of weight ('weighed 8 pounds') are not money" };
        }

        // "528 million francs" with no country near: French, Belgian, Swiss and African francs cannot be told apart.
        if (iso is null && surface.EndsWith("francs", StringComparison.OrdinalIgnoreCase) && mentions.Any(m => m.Kind == MentionKind.Number && m.Span.Overlaps(span) && m.Value == value))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "francs with no country near them are left without a currency ('528 million francs')" };
        }

        if (money.Exists(m => m.Span.Start == span.Start && m.Span.End > span.End && m.Value * 100 == value && m.Unit == "EUR"))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "cents of a named currency ('40 euro cents') are hundredths of it" };
        }

        if (money.Exists(m => SameSpan(m, span) && m.Value * 100 == value))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "cents and pence are hundredths of the currency" };
        }

        if (money.Exists(m => SameSpan(m, span) && m.Value == value))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "currency code read from the context" };
        }

        if (InRange(mentions, MentionKind.Money, span, value))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = RangeReason };
        }

        if (mentions.Any(m => m.Kind is MentionKind.Percentage or MentionKind.PercentagePoints && m.Span.Overlaps(span)))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "the 'cent' of 'per cent' is not money" };
        }

        // "£10 one-way" and "one dollar and two points" read by the baseline as 10.01 pounds and 1.02 dollars.
        if (money.Exists(m => m.Span.Start == span.Start && m.Span.End < span.End && AfterAmount(text.AsSpan(m.Span.End, span.End - m.Span.End).Trim())))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "a number word after an amount ('£10 one-way', 'one dollar and two points') is not part of it" };
        }

        return item;
    }

    private static AgreementItem Date(string text, ModelResult result, IReadOnlyList<Mention> mentions)
    {
        var span = SpanOf(result);
        var surface = span.Slice(text);
        var type = result.TypeName.Replace("datetimeV2.", string.Empty, StringComparison.Ordinal);
        var readings = Readings(result, type);
        var described = string.Join(" or ", readings.Select(r => r.Start == r.End ? $"{r.Start:yyyy-MM-dd}" : $"{r.Start:yyyy-MM-dd}..{r.End:yyyy-MM-dd}"));
        if (type == "daterange" && readings.Count == 0 && Values(result).Any(v => v.ContainsKey("start") != v.ContainsKey("end")))
        {
            return new("date", span, surface, type, AgreementOutcome.NotCompared, "open-ended range ('since 2001', 'by 2010'): no end to compare");
        }

        if (type is not ("date" or "daterange" or "datetime" or "datetimerange") || readings.Count == 0)
        {
            return new("date", span, surface, type, AgreementOutcome.NotCompared, "no calendar time (clock time, duration, set, season, now)");
        }

        var item = new AgreementItem("date", span, surface, described, AgreementOutcome.Missed, string.Empty);
        var dates = mentions.Where(m => m.Kind == MentionKind.Date && m.Date is { IsResolved: true }).ToList();
        if (dates.Exists(m => SameSpan(m, span) && readings.Exists(r => r.Start == m.Date!.Start && r.End == m.Date.End)))
        {
            return item with { Outcome = AgreementOutcome.Same };
        }

        // "around 2020": the baseline takes the hedge into the date, FactCheck reads the same date after it.
        if (DateHedge().Match(surface) is { Success: true } hedge
            && dates.Exists(m => m.Span.End == span.End && m.Span.Start == span.Start + hedge.Length && readings.Exists(r => r.Start == m.Date!.Start && r.End == m.Date.End)))
        {
            return item with { Outcome = AgreementOutcome.Same };
        }

        if (dates.Exists(m => m.Span.Contains(span) && SeasonSurface().IsMatch(m.Text) && m.Date!.End!.Value.Year == m.Date.Start!.Value.Year + 1))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "a fiscal year or season ('2004/05', '2003-04') spans the two calendar years it names" };
        }

        if (dates.Exists(m => m.Span.Contains(span) && SeasonSurface().IsMatch(m.Text) && m.Date!.End!.Value.Year > m.Date.Start!.Value.Year + 1))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "a range of years written short ('the 2004-06 plan', '2011-15') spans every year of it" };
        }

        if (mentions.Any(m => m.Kind == MentionKind.Date && m.Span.Overlaps(span) && m.Date is { IsResolved: false, UnresolvedReason: { } reason } && reason.Contains("deadline", StringComparison.Ordinal)))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "a deadline before a penalty ('within 28 days or face fines') counts from an undated event, not from publication" };
        }

        if (ModelNumber().IsMatch(text.AsSpan(Math.Max(0, span.Start - 1), span.End - Math.Max(0, span.Start - 1))) && !dates.Exists(m => m.Span.Overlaps(span)))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "a model number ('A380s', 'KC-30s') is not a decade" };
        }

        if (InWebAddress(text, span, mentions))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = WebAddressReason };
        }

        // "October 14 for 8:00:31am", "5/3/18 @ 17:49:19": FactCheck reads the day; the clock time after it is no date.
        if (dates.Exists(m => m.Span.Start == span.Start && m.Span.End < span.End && ClockTime().IsMatch(text.AsSpan(m.Span.End, span.End - m.Span.End))
            && readings.Exists(r => r.Start == m.Date!.Start && r.End == m.Date.End)))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "a clock time after a date ('October 14 for 8:00am') is not part of the day" };
        }

        // "the same week that it happened": the baseline takes the week of publication ("ref_undef").
        if (Values(result).Any(v => v.TryGetValue("Mod", out var mod) && mod == "ref_undef") && !dates.Exists(m => m.Span.Overlaps(span)))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "'the same week' of an event is not the week of publication" };
        }

        if (surface.StartsWith("the day", StringComparison.OrdinalIgnoreCase) && !dates.Exists(m => m.Span.Overlaps(span)))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "'the day' of an event ('the day the deal was announced', 'the day after airing') is no day next to the publication date" };
        }

        // "this weekend" in a sentence about the past (published on a Monday): the weekend just gone, not the coming one.
        if (PastBiased().IsMatch(surface) && dates.Exists(m => SameSpan(m, span) && readings.TrueForAll(r => m.Date!.End < r.Start)))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "a weekday or weekend without a date is the last one begun by the publication date, outside a sentence about the future" };
        }

        // "late 1980's": the baseline reads "late 1980", a year cut from the decade FactCheck reads whole.
        if (span.End < text.Length && text[span.End] is '\'' or 's' or '\u2019' && dates.Exists(m => m.Span.Contains(span) && m.Span.End > span.End))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "a decade read whole ('late 1980's'; the baseline cuts its year)" };
        }

        if (surface.Contains("full-year", StringComparison.OrdinalIgnoreCase) || surface.Contains("full year", StringComparison.OrdinalIgnoreCase))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "'full-year' names no date" };
        }

        // "1130p on Thursday": FactCheck reads the weekday, not the price before it.
        if (dates.Exists(m => m.Span.End == span.End && m.Span.Start > span.Start
                && readings.Exists(r => r.Start == m.Date!.Start && r.End == m.Date.End)
                && text.AsSpan(span.Start, m.Span.Start - span.Start).IndexOfAnyInRange('0', '9') >= 0))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "a figure before 'on Friday' is not part of the date" };
        }

        if (surface is "may" or "march" || surface.EndsWith(" may", StringComparison.Ordinal) || surface.EndsWith(" march", StringComparison.Ordinal))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "'may' and 'march' in lower case are verbs" };
        }

        if (dates.Exists(m => SameSpan(m, span) && readings.Exists(r => r.Start == m.Date!.Start && m.Date.End > r.End)) && RangeWord(surface))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "a range 'to 2018', 'and 2003' or 'July-September' runs to the end of the period it names" };
        }

        if (mentions.Any(m => m.Kind is MentionKind.Percentage or MentionKind.PercentagePoints or MentionKind.Money or MentionKind.Number && m.Span.Overlaps(span) && HasDigitsOverlap(text, m.Span, span)))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "digits of a figure, not a date" };
        }

        if (text.AsSpan(span.End).StartsWith("-on-", StringComparison.OrdinalIgnoreCase))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "'year-on-year' names no date" };
        }

        // "nineteen ninety-six": the baseline stops before the hyphen and reads 1990.
        if (surface.StartsWith("nineteen ", StringComparison.OrdinalIgnoreCase) || surface.StartsWith("eighteen ", StringComparison.OrdinalIgnoreCase))
        {
            if (span.End < text.Length && text[span.End] == '-' && dates.Exists(m => m.Span.Start == span.Start && m.Span.End > span.End))
            {
                return item with { Outcome = AgreementOutcome.Corrected, Reason = "a year in words read whole ('nineteen ninety-six' is 1996; the baseline stops at 'nineteen ninety')" };
            }
        }

        // "the week" of "the week ended Jan 12": the baseline reads the week of publication.
        if (PeriodOpeningEnded().IsMatch(surface) && dates.Exists(m => m.Span.Start == span.Start && m.Span.End > span.End)
            && PeriodEndedAfter().IsMatch(text.AsSpan(span.End)))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "a period that ends on a named day ('the week ended Jan 12', 'the year ended Sept 30, 1997') read whole, not as the one of publication" };
        }

        // "2004" of "the last quarter of 2004", "December" of "the three months to December", "1990s" of "late 1990s".
        if (dates.Exists(m => m.Span.Contains(span) && m.Span != span
                && readings.Exists(r => (m.Date!.Start >= r.Start && m.Date.End <= r.End) || m.Date.End == r.End)))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "part of a longer date read whole ('the last quarter of 2004', 'the three months to December', 'late 1990s')" };
        }

        var sameSpan = dates.Where(m => SameSpan(m, span)).ToList();
        if (sameSpan.Count > 0 && PeriodToDate().IsMatch(surface))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "a period to a date ends with it ('the year to March 2005' is April 2004 to March 2005)" };
        }

        if (sameSpan.Count > 0 && RelativeToPublication().IsMatch(surface))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "'earlier this week', 'later this year', 'the rest of the year' end or start next to the publication date; 'earlier in 2004' names 2004" };
        }

        if (CountedSpan().IsMatch(surface)
            && (sameSpan.Exists(m => readings.TrueForAll(r => m.Date!.End < r.Start)) || !dates.Exists(m => m.Span.Overlaps(span))))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "'in three years' after a superlative or ordinal looks back ('its lowest level in three years'), and outside the future is a length of time ('lost 18% in one day')" };
        }

        if (WeekdayInName().IsMatch(text.AsSpan(span.Start, Math.Min(text.Length, span.End + 2) - span.Start)) && !dates.Exists(m => m.Span.Overlaps(span)))
        {
            return item with { Outcome = AgreementOutcome.Corrected, Reason = "a weekday inside a name ('The Sunday Times', 'the Daily and Sunday Telegraph') is not a date" };
        }

        return item;
    }

    private const string RangeReason = "a range ('between 20% and 30%', '2-3%', '$24-$26') read as one mention";

    // FactCheck reads "between 20% and 30%" as one mention whose interval holds each end (scale words included, and
    // cents as hundredths: "between 45 and 50 cents").
    private static bool InRange(IReadOnlyList<Mention> mentions, MentionKind kind, TextSpan span, decimal value)
        => mentions.Any(m => m.Kind == kind && m.Span.Contains(span) && m.Span != span
            && new[] { 0.01m, 1m, 1_000m, 1_000_000m, 1_000_000_000m, 1_000_000_000_000m }.Any(scale => m.Low <= value * scale && value * scale <= m.High));

    private static bool SpacedDash(string surface) => surface.Length > 2 && surface[0] is '-' or '\u2013' && char.IsWhiteSpace(surface[1]);

    private static bool RangeWord(string surface)
    {
        var lower = surface.ToLowerInvariant();
        return lower.Contains(" to ", StringComparison.Ordinal) || lower.Contains(" and ", StringComparison.Ordinal)
            || lower.Contains(" until ", StringComparison.Ordinal) || lower.Contains(" till ", StringComparison.Ordinal)
            || lower.Contains(" through ", StringComparison.Ordinal) || lower.Contains('-', StringComparison.Ordinal) || lower.Contains('\u2013', StringComparison.Ordinal)
            || lower.Contains('~', StringComparison.Ordinal);
    }

    private static bool HasDigitsOverlap(string text, TextSpan figure, TextSpan date)
    {
        var start = Math.Max(figure.Start, date.Start);
        var end = Math.Min(figure.End, date.End);
        return end > start && text.AsSpan(start, end - start).IndexOfAnyInRange('0', '9') >= 0;
    }

    private static bool IsScaled(decimal scaled, decimal value)
        => value != 0 && scaled / value is 1_000m or 100_000m or 1_000_000m or 10_000_000m or 1_000_000_000m or 1_000_000_000_000m;

    // FactCheck's span may start earlier with a hedge ("about 5%"); it must end where the baseline's ends.
    private const string WebAddressReason = "digits inside a web address ('search?q=30%25%2020') are no figure or date";

    // The baseline's reading lies in a web address, where FactCheck reads nothing.
    private static bool InWebAddress(string text, TextSpan span, IReadOnlyList<Mention> mentions)
        => FigureReader.InWebAddress(text, new TextSpan(0, text.Length), span.Start, span.End) && !mentions.Any(m => m.Span.Overlaps(span));

    // "one-way" after "£10", "and two" after "one dollar": words the baseline adds to the amount as its cents.
    private static bool AfterAmount(ReadOnlySpan<char> words)
        => words.Length > 0 && (words.IndexOf(' ') < 0 ? words.ToString().All(char.IsLetter) : words.StartsWith("and ", StringComparison.OrdinalIgnoreCase) && words[4..].ToString().All(char.IsLetter));

    private static bool SameSpan(Mention mention, TextSpan span)
        => mention.Span == span || (mention.Qualifier != Qualifier.None && mention.Span.End == span.End && mention.Span.Start < span.Start);

    private static TextSpan SpanOf(ModelResult result) => new(result.Start, result.End + 1);

    private static string? Resolution(ModelResult result, string key)
        => result.Resolution is not null && result.Resolution.TryGetValue(key, out var value) ? value?.ToString() : null;

    private static IEnumerable<IDictionary<string, string>> Values(ModelResult result)
        => result.Resolution is not null && result.Resolution.TryGetValue("values", out var raw) && raw is System.Collections.IEnumerable list
            ? list.OfType<IDictionary<string, string>>()
            : [];

    private static List<(DateOnly Start, DateOnly End)> Readings(ModelResult result, string type)
    {
        var readings = new List<(DateOnly, DateOnly)>();
        foreach (var value in Values(result))
        {
            if (value.TryGetValue("timex", out var timex) && timex.Contains("REF", StringComparison.Ordinal))
            {
                continue;
            }

            if (type is "date" or "datetime")
            {
                if (Day(value, "value") is { } day)
                {
                    readings.Add((day, day));
                }
            }
            else if (Day(value, "start") is { } start && Day(value, "end") is { } end && end > start)
            {
                readings.Add(type == "datetimerange" ? (start, start) : (start, end.AddDays(-1)));
            }
        }

        return readings;
    }

    private static DateOnly? Day(IDictionary<string, string> value, string key)
        => value.TryGetValue(key, out var text) && text.Length >= 10
            && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    [GeneratedRegex(@"\b(?:year|months|quarter|half[ -]year|week)\s+(?:to|ending|ended)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodToDate();

    [GeneratedRegex(@"^(?:earlier|later|(?:the\s+)?rest\s+of|(?:the\s+)?remainder\s+of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeToPublication();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \p{Lu}$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayInName();

    [GeneratedRegex(@"^(?:around|about|approximately|roughly|circa|some)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateHedge();

    [GeneratedRegex(@"^(?:FY\s?)?(?:19|20)[0-9]{2}[/\u2013-](?:[0-9]{2}|(?:19|20)[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex SeasonSurface();

    // The baseline's "380's" of "A380's", "30s" of "KC-30s": one character before it, then the digits.
    [GeneratedRegex(@"^(?:[\p{L}-][0-9]{2,3}['\u2019]?s|[0-9]{3}['\u2019]?s)$", RegexOptions.CultureInvariant)]
    private static partial Regex ModelNumber();

    [GeneratedRegex(@"^\W*(?:for|at|@)?\s*[0-9]{1,2}(?::[0-9]{2}){1,2}\s*(?:[ap]\.?m\.?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^(?:this\s+|last\s+|the\s+)?(?:weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastBiased();

    [GeneratedRegex(@"^(?i:the)\ (?i:week|year|quarter)$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodOpeningEnded();

    [GeneratedRegex(@"^\ (?i:ended|ending|to)\ ", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodEndedAfter();

    [GeneratedRegex(@"^in\s+(?:\S+|a\s+few)\s+(?:years?|months?|weeks?|days?|decades?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountedSpan();
}
