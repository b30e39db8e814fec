using System.Globalization;

namespace FactCheck.Reports;

/// <summary>
/// A number for a message, already rounded, with the format it is written in and the unit words around it
/// ("USD ", " percentage points"). In a <see cref="FindingMessage"/> the number stays an argument; elsewhere
/// (suggestions, formulas) it is written in the invariant culture.
/// </summary>
internal readonly record struct MessageNumber(decimal Value, string Format, string Prefix = "", string Suffix = "") : IFormattable
{
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    public string ToString(string? format, IFormatProvider? formatProvider)
        => Prefix + Value.ToString(Format, formatProvider ?? CultureInfo.InvariantCulture) + Suffix;
}
