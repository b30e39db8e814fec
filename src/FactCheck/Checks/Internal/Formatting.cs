using System.Globalization;

namespace FactCheck.Checks.Internal;

/// <summary>Numbers written for messages: invariant culture, no trailing zeros, sensible rounding.</summary>
internal static class Formatting
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes a value rounded to at most <paramref name="maxDecimals"/> places, without trailing zeros.</summary>
    public static string Number(decimal value, int maxDecimals = 4)
    {
        var rounded = Math.Round(value, Math.Clamp(maxDecimals, 0, 20), MidpointRounding.AwayFromZero);
        var text = rounded.ToString("#,0.####################", Invariant);
        return text == "-0" ? "0" : text;
    }

    /// <summary>Rounds a computed value to the precision the text used, with one more place when that would hide the difference.</summary>
    public static string Suggested(decimal computed, int decimalsShown, decimal stated)
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
    public static string WithUnit(decimal value, string unit, int maxDecimals = 4) => unit switch
    {
        "%" => Number(value, maxDecimals) + "%",
        "pp" => Number(value, maxDecimals) + (Math.Abs(value) == 1m ? " percentage point" : " percentage points"),
        "x" => Number(value, maxDecimals) + " times",
        "" => Number(value, maxDecimals),
        "date" => Number(value, 0),
        _ => unit + " " + Number(value, maxDecimals),
    };

    public static string Quote(string text) => "\u201C" + text.Trim() + "\u201D";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);
}
