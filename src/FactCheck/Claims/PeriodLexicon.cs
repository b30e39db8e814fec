using System.Collections.Frozen;
using FactCheck.Languages.English;

namespace FactCheck.Claims;

/// <summary>English words the claims stage reads periods with: bounds, references back in time, and periods named without a number.</summary>
internal static class PeriodLexicon
{
    // The word lists are English data, defined once in the language pack; see EnglishWordClasses for what each holds.
    public static readonly FrozenSet<string> Earlier = EnglishWordClasses.Earlier;
    public static readonly FrozenSet<string> LastWords = EnglishWordClasses.LastWords;
    public static readonly FrozenSet<string> FromWriting = EnglishWordClasses.FromWriting;
    public static readonly FrozenSet<string> PeriodTo = EnglishWordClasses.PeriodTo;
    public static readonly FrozenDictionary<string, int> PeriodMonths = EnglishWordClasses.PeriodMonths;
    public static readonly FrozenDictionary<string, (int FirstMonth, int Months)> YearParts = EnglishWordClasses.YearParts;
    public static readonly FrozenSet<string> TradedPriceHeads = EnglishWordClasses.TradedPriceHeads;
}
