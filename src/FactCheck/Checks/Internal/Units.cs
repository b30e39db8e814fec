namespace FactCheck.Checks.Internal;

/// <summary>Unit comparisons shared by the checks.</summary>
internal static class Units
{
    public static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    public static bool IsPercent(string unit) => unit == "%";

    /// <summary>Whether the unit is a currency: an ISO 4217 code.</summary>
    public static bool IsCurrency(string unit) => unit.Length == 3 && unit.All(char.IsAsciiLetterUpper);
}
