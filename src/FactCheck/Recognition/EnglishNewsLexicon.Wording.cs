using System.Text.RegularExpressions;
using FactCheck.Languages.English;

namespace FactCheck.Recognition;

/// <summary>The English wording around dates and figures that the recognition stage records for the later stages.</summary>
internal static partial class EnglishNewsLexicon
{
    private const string Weekdays = EnglishCalendarWords.WeekdayNames;

    /// <summary>A weekday that opens a date: "Monday, April 9", "Monday the 9th".</summary>
    [GeneratedRegex(@"^\s*(?<day>" + Weekdays + @")\b\.?,?\s*(the\s+)?", IgnoreCase, Timeout)]
    public static partial Regex WeekdayOpening();

    /// <summary>A weekday just before a date, tried on the few characters before it: "on Monday, April 9".</summary>
    [GeneratedRegex(@"\b(?<day>" + Weekdays + @")\b,?\s*(the\s+)?$", IgnoreCase, Timeout)]
    public static partial Regex WeekdayBefore();

    /// <summary>A weekday in brackets just after a date: "April 9 (Monday)".</summary>
    [GeneratedRegex(@"^\s*\(\s*(?<day>" + Weekdays + @")\s*\)", IgnoreCase, Timeout)]
    public static partial Regex WeekdayAfter();

    /// <summary>A year written out in a date: four digits from 1800 to 2999.</summary>
    [GeneratedRegex(@"\b(1[89][0-9]{2}|2[0-9]{3})\b", Options, Timeout)]
    public static partial Regex WrittenYear();
}
