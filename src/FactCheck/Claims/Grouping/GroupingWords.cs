using System.Collections.Frozen;

namespace FactCheck.Claims.Grouping;

/// <summary>The English words the grouping rules read around figures.</summary>
internal static class GroupingWords
{
    /// <summary>Words that introduce an earlier value after a figure ("up from", "compared with").</summary>
    public static readonly FrozenSet<string> PreviousMarkers = Set("from", "compared", "against", "versus", "vs", "vs.", "than", "instead");

    /// <summary>Words the search for an earlier value steps over ("up from the year-earlier 10%").</summary>
    public static readonly FrozenSet<string> WindowWords = Set(
        "up", "down", "from", "compared", "with", "to", "against", "versus", "vs", "the", "a", "an", "earlier", "previous", "prior",
        "year", "year-earlier", "last", "same", "period", "level", "levels", "of", "at", "in", "its", "their", "and", "for", "rate",
        "just", "only", "some", "about", "around", "figure", "original", "initial", "before", "ago", "than", "on", "over",
        "higher", "lower", "more", "less", "fewer", "faster", "slower", "bigger", "smaller", "larger", "greater", "previously",
        "months", "month", "quarter", "week", "rising", "falling", "increasing", "decreasing", "year-ago");

    /// <summary>Up verbs that, with a sum of money or a count, name an amount given rather than a change ("raised $2bn").</summary>
    public static readonly FrozenSet<string> GivingVerbs = Set(
        "raise", "raised", "raises", "raising", "boost", "boosted", "boosts", "lift", "lifted", "lifts", "add", "added", "adds", "gain", "gained", "gains");

    /// <summary>Words before "than" that make a comparison ("faster than").</summary>
    public static readonly FrozenSet<string> Comparatives = Set(
        "higher", "lower", "more", "less", "fewer", "faster", "slower", "bigger", "smaller", "larger", "greater", "better", "worse",
        "cheaper", "dearer", "stronger", "weaker", "above", "below", "exceeds", "exceeded", "outpaced", "outpacing");

    /// <summary>Superlatives that make a rank ("the largest", "the third-largest").</summary>
    public static readonly FrozenSet<string> Superlatives = Set(
        "largest", "biggest", "highest", "lowest", "smallest", "fastest", "slowest", "steepest", "sharpest", "strongest", "weakest",
        "greatest", "worst", "best", "most");

    /// <summary>Ordinals before a superlative and the place they name ("the third-largest").</summary>
    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9,
        ["tenth"] = 10, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4, ["5th"] = 5, ["6th"] = 6, ["7th"] = 7, ["8th"] = 8, ["9th"] = 9, ["10th"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
