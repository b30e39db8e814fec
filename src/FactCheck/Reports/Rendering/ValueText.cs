using System.Globalization;
using FactCheck.Recognition;

namespace FactCheck.Reports.Rendering;

/// <summary>Writes values for people to read, in a given culture: "29%", "19 pp", "USD 7,000,000,000", "2.9x".</summary>
internal static class ValueText
{
    /// <summary>Groups digits from five digits up, so that years and small counts read as written ("2025", "7,000,000,000").</summary>
    public static string Number(decimal value, IFormatProvider provider) =>
        value.ToString(Math.Abs(value) >= 10_000m ? "#,0.############################" : "0.############################", provider);

    public static string WithUnit(decimal value, string unit, IFormatProvider provider)
    {
        var number = Number(value, provider);
        return unit switch
        {
            "" => number,
            "%" => number + "%",
            "x" => number + "x",
            "date" => number,
            "pp" => number + " pp",
            _ when unit.Length == 3 && unit.All(char.IsAsciiLetterUpper) => unit + " " + number,
            _ => number + " " + unit,
        };
    }

    public static string Interval(decimal low, decimal high, string unit, IFormatProvider provider) =>
        low == high ? WithUnit(low, unit, provider) : $"{WithUnit(low, unit, provider)} to {WithUnit(high, unit, provider)}";

    public static string Mention(Mention mention, IFormatProvider provider)
    {
        if (mention.Date is { } date)
        {
            return Date(date);
        }

        return WithUnit(mention.Value, mention.Unit, provider);
    }

    public static string Date(DateValue date)
    {
        if (date.Start is not { } start || date.End is not { } end)
        {
            return string.Create(CultureInfo.InvariantCulture, $"unresolved ({date.Timex})");
        }

        var grain = RenderNames.Of(date.Grain);
        return start == end
            ? $"{RenderNames.Date(start)} ({grain})"
            : $"{RenderNames.Date(start)} to {RenderNames.Date(end)} ({grain})";
    }
}
