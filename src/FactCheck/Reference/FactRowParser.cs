using System.Globalization;
using FactCheck.Claims;

namespace FactCheck.Reference;

/// <summary>Turns one row of named fields (from CSV or JSON) into a fact, or says what is wrong with it.</summary>
internal static class FactRowParser
{
    public static readonly string[] Required = ["subject", "measure", "value", "unit", "source"];
    public static readonly string[] Optional = ["validfrom", "validto", "tolerance"];

    /// <summary>The canonical column name: lower case without spaces, <c>_</c> or <c>-</c>.</summary>
    public static string Canonical(string name) =>
        new(name.Where(c => c is not (' ' or '_' or '-')).Select(char.ToLowerInvariant).ToArray());

    public static bool IsKnown(string canonical) => Required.Contains(canonical) || Optional.Contains(canonical);

    /// <summary>Reads a fact from canonical-named fields; adds every problem to <paramref name="problems"/>.</summary>
    public static ReferenceFact? Parse(IReadOnlyDictionary<string, string?> fields, string location, List<string> problems)
    {
        var before = problems.Count;
        string Field(string name) => fields.TryGetValue(name, out var value) ? value?.Trim() ?? string.Empty : string.Empty;

        var subject = Field("subject");
        if (subject.Length == 0)
        {
            problems.Add("the subject is empty");
        }

        var source = Field("source");
        if (source.Length == 0)
        {
            problems.Add("the source is empty");
        }

        var measureText = Field("measure");
        Measure measure = default;
        if (!Enum.TryParse(measureText, ignoreCase: true, out measure) || measure == Measure.Unknown || !Enum.IsDefined(measure) || measureText.Any(char.IsDigit))
        {
            problems.Add($"the measure '{measureText}' is not one of rate, growth, amount, price, count, share");
        }

        var valueText = Field("value");
        if (!TryNumber(valueText, out var value))
        {
            problems.Add(valueText.EndsWith('%')
                ? $"the value '{valueText}' is not a number (write 29 and put % in the unit column)"
                : $"the value '{valueText}' is not a number (write it like 29, 29.5 or 7000000000)");
        }

        var unit = NormalizeUnit(Field("unit"));
        if (unit is null)
        {
            problems.Add($"the unit '{Field("unit")}' is not %, pp, x, an ISO currency code such as USD, or empty");
        }

        var from = ParseDate(Field("validfrom"), "valid_from", problems);
        var to = ParseDate(Field("validto"), "valid_to", problems);
        if (from is DateOnly f && to is DateOnly t && t < f)
        {
            problems.Add($"valid_to {Field("validto")} is before valid_from {Field("validfrom")}");
        }

        var toleranceText = Field("tolerance");
        var tolerance = 0m;
        if (toleranceText.Length > 0 && (!TryNumber(toleranceText, out tolerance) || tolerance < 0m))
        {
            problems.Add($"the tolerance '{toleranceText}' is not a number of zero or more");
        }

        return problems.Count > before
            ? null
            : new ReferenceFact(subject, measure, value, unit!, source, from, to, tolerance, location);
    }

    /// <summary>Whether two facts say something about the same subject, measure and unit at the same time.</summary>
    public static bool Duplicates(ReferenceFact a, ReferenceFact b) =>
        string.Equals(SubjectMatcher.Normalize(a.Subject), SubjectMatcher.Normalize(b.Subject), StringComparison.Ordinal)
        && a.Measure == b.Measure
        && string.Equals(a.Unit, b.Unit, StringComparison.OrdinalIgnoreCase)
        && (a.ValidFrom ?? DateOnly.MinValue) <= (b.ValidTo ?? DateOnly.MaxValue)
        && (b.ValidFrom ?? DateOnly.MinValue) <= (a.ValidTo ?? DateOnly.MaxValue);

    private static bool TryNumber(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out value)
        && text.Length > 0;

    private static DateOnly? ParseDate(string text, string column, List<string> problems)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{column} '{text}' is not a date written yyyy-MM-dd");
        return null;
    }

    private static string? NormalizeUnit(string unit)
    {
        var lower = unit.ToUpperInvariant();
        return lower switch
        {
            "" => string.Empty,
            "%" or "PERCENT" or "PER CENT" or "PCT" => "%",
            "PP" or "POINTS" or "PERCENTAGE POINTS" => "pp",
            "X" or "TIMES" => "x",
            _ when lower.Length == 3 && lower.All(char.IsAsciiLetterUpper) => lower,
            _ => null,
        };
    }
}
