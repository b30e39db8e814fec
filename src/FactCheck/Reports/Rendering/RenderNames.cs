using System.Globalization;
using FactCheck.Claims;
using FactCheck.Recognition;

namespace FactCheck.Reports.Rendering;

/// <summary>The names every format uses for enum values, so that JSON, SARIF, HTML and text agree.</summary>
internal static class RenderNames
{
    public static string Of(MentionKind kind) => kind switch
    {
        MentionKind.Percentage => "percentage",
        MentionKind.PercentagePoints => "percentagePoints",
        MentionKind.Money => "money",
        MentionKind.Number => "number",
        MentionKind.Multiplier => "multiplier",
        MentionKind.Date => "date",
        _ => CamelCase(kind.ToString()),
    };

    public static string Of(ClaimKind kind) => CamelCase(kind.ToString());

    public static string Of(ChangeDirection direction) => direction switch
    {
        ChangeDirection.Up => "up",
        ChangeDirection.Down => "down",
        _ => "none",
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string Of(DateGrain grain) => CamelCase(grain.ToString());

    public static string Of(Qualifier qualifier) => CamelCase(qualifier.ToString());

    public static string Of(Measure measure) => CamelCase(measure.ToString());

    public static string Of(ClaimModality modality) => CamelCase(modality.ToString());

    public static string Of(EntityResolution resolution) => CamelCase(resolution.ToString());

    public static string Of(TimeBasis basis) => CamelCase(basis.ToString());

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A decimal as written in data formats: invariant, no exponent, no trailing zeros after the point.</summary>
    public static string Invariant(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string CamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));
}
