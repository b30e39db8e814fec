using System.Collections.Frozen;

namespace FactCheck.Claims;

/// <summary>English words the claims stage reads periods with: bounds, references back in time, and periods named without a number.</summary>
internal static class PeriodLexicon
{
    /// <summary>Words before a date that make it a bound of the figure's period, not the period itself ("since August").</summary>
    public static readonly FrozenSet<string> Bounds = Set("since", "after");

    /// <summary>Words that place a period before another one ("a year earlier", "the previous quarter", "a month before").</summary>
    public static readonly FrozenSet<string> Earlier = Set("earlier", "ago", "before", "previous", "prior", "preceding");

    /// <summary>Words that name a period as one before the period the text is about when they come before "year" ("last year").</summary>
    public static readonly FrozenSet<string> LastWords = Set("last", "previous", "prior", "preceding");

    /// <summary>Words that name a period that starts earlier and ends at a date ("the year to March", "12 months to June").</summary>
    public static readonly FrozenSet<string> PeriodTo = Set("to", "through", "until", "ending", "ended");

    /// <summary>Period nouns and the months they span.</summary>
    public static readonly FrozenDictionary<string, int> PeriodMonths = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["year"] = 12, ["years"] = 12, ["annual"] = 12, ["quarter"] = 3, ["quarters"] = 3, ["month"] = 1, ["months"] = 1,
        ["half"] = 6, ["year-on-year"] = 12, ["month-on-month"] = 1, ["quarter-on-quarter"] = 3,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Parts of a year written before it ("third-quarter 2003 sales"): the first month and the months they span.</summary>
    public static readonly FrozenDictionary<string, (int FirstMonth, int Months)> YearParts = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["first-quarter"] = (1, 3), ["second-quarter"] = (4, 3), ["third-quarter"] = (7, 3), ["fourth-quarter"] = (10, 3),
        ["first-half"] = (1, 6), ["second-half"] = (7, 6), ["q1"] = (1, 3), ["q2"] = (4, 3), ["q3"] = (7, 3), ["q4"] = (10, 3),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
