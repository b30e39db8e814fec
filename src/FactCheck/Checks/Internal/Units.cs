namespace FactCheck.Checks.Internal;

/// <summary>Unit comparisons shared by the checks.</summary>
internal static class Units
{
    public static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    public static bool IsPercent(string unit) => unit == "%";
}
