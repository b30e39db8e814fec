using System.Text.RegularExpressions;
using FactCheck.Languages.English;

namespace FactCheck.Checks.Internal;

/// <summary>Word lists the date rules use to tell past events from plans, forecasts and deadlines.</summary>
internal static partial class Wording
{
    /// <summary>Past-tense verbs that tell an event from a plan, shared by the patterns before and after a date.</summary>
    private const string PastVerbs = "was|were|had|said|announced|reported|rose|fell|jumped|grew|dropped|declined|increased|decreased|surged|climbed|slumped|plunged|soared|captured|took|revealed|released|published|signed|launched|closed|opened|posted|recorded|earned|lost|won|paid|sold|bought|acquired|agreed|hit|reached|ended|began|started|happened|occurred|died|killed|imposed|confirmed";

    public const string Months = EnglishCalendarWords.MonthNames + "|" + EnglishCalendarWords.MonthAbbreviations;

    /// <summary>Future, conditional or planning wording: a date in such a sentence is not a past event.</summary>
    [GeneratedRegex(@"\b(will|would|shall|could|may|might|should|must|expect\w*|forecast\w*|project\w*|predict\w*|schedul\w*|plan\w*|due|set\s+to|is\s+to|are\s+to|aim\w*|target\w*|intend\w*|hope\w*|estimat\w*|outlook|guidance|fiscal|financial\s+year|FY|budget\w*|if|unless|upcoming|next|proposed|propos\w*|pledg\w*|promis\w*|commit\w*|goal|vow\w*|want\w*\s+to|looking\s+to|seek\w*\s+to|wish\w*\s+to|earmarked|deadline|timetable|in\s+time\s+for)\b|'ll\b|\u2019ll\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex FutureMarker();

    /// <summary>A past-tense verb that governs the date after it: "jumped in", "was signed on", "said on".</summary>
    [GeneratedRegex(@"\b(" + PastVerbs + @")(?:\s+[\w'\u2019-]+){0,3}?\s+(?:in|on|during|at)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex PastVerbBeforeDate();

    /// <summary>A past-tense verb within the first words after a date that opens its sentence: "In January 2026, attacks jumped".</summary>
    [GeneratedRegex(@"^,?\s+(?:[\w'\u2019-]+\s+){0,6}?(" + PastVerbs + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex PastVerbAfterDate();

    /// <summary>The words a sentence may open with before its date: nothing, or "In", "On", "During", "Back in".</summary>
    [GeneratedRegex(@"^\W*(?:(?:back\s+)?in|on|during|by\s+the\s+end\s+of)?\s*(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex SentenceOpening();

    /// <summary>A date mention that itself starts with a deadline word: "by 2015", "until 2007".</summary>
    [GeneratedRegex(@"^\s*(by|until|till|through|before|from|since|starting)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex DeadlineStart();

    /// <summary>Words before a date that make it a deadline or a start, not the time of an event.</summary>
    [GeneratedRegex(@"\b(by|until|till|through|before|ahead\s+of|in\s+time\s+for|from|starting|since)\s+(the\s+end\s+of\s+|early\s+|late\s+|mid-?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    public static partial Regex DeadlineBefore();
}
