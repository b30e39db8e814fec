using System.Globalization;
using FactCheck.Reports;

namespace FactCheck.Checks.Internal;

/// <summary>
/// Numbers for messages: rounded sensibly, written without trailing zeros. In a finding's message they stay numbers
/// until the report is written in its culture; elsewhere (suggestions, formulas) they are written invariant.
/// </summary>
internal static class Formatting
{
    private const string NumberFormat = "#,0.####################";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A value rounded to at most <paramref name="maxDecimals"/> places, written without trailing zeros.</summary>
    public static MessageNumber Number(decimal value, int maxDecimals = 4)
    {
        var rounded = Math.Round(value, Math.Clamp(maxDecimals, 0, 20), MidpointRounding.AwayFromZero);
        return new MessageNumber(rounded == 0m ? 0m : rounded, NumberFormat);
    }

    /// <summary>Rounds a computed value to the precision the text used, with one more place when that would hide the difference.</summary>
    public static MessageNumber Suggested(decimal computed, int decimalsShown, decimal stated)
    {
        var places = Math.Clamp(decimalsShown, 0, 6);
        var rounded = Math.Round(computed, places, MidpointRounding.AwayFromZero);
        if (rounded == stated && places < 6)
        {
            places++;
        }

        return Number(computed, places);
    }

    /// <summary>Writes a value with its unit the way a reader would: 29%, 19 percentage points, 2.9 times, USD 7,000,000,000.</summary>
    public static MessageNumber WithUnit(decimal value, string unit, int maxDecimals = 4) => unit switch
    {
        "%" => Number(value, maxDecimals) with { Suffix = "%" },
        "pp" => Number(value, maxDecimals) with { Suffix = Math.Abs(value) == 1m ? " percentage point" : " percentage points" },
        "x" => Number(value, maxDecimals) with { Suffix = " times" },
        "" => Number(value, maxDecimals),
        "date" => Number(value, 0),
        _ => Number(value, maxDecimals) with { Prefix = unit + " " },
    };

    public static string Quote(string text) => "\u201C" + text.Trim() + "\u201D";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);
}
