using FactCheck.Checks.Internal;
using FactCheck.Reports;

namespace FactCheck.Checks.Plausibility;

/// <summary>
/// Options of the <c>plausibility</c> check: values that cannot be — a share of a whole above 100%, a negative count,
/// a negative tariff, duty, tax or unemployment rate, a change of more than 100 percentage points.
/// </summary>
/// <remarks>
/// Ratios that may exceed 100% are not shares ("debt at 120% of GDP", "130% of the target"); negative interest and
/// inflation rates exist and are not reported.
/// </remarks>
public sealed class PlausibilityOptions
{
    /// <summary>The largest share of a whole, in percent. Default <c>100</c>. Must be zero or more.</summary>
    public decimal MaxShare { get; set; } = 100m;

    /// <summary>The largest change in percentage points. Default <c>100</c>: a share cannot move further. Must be zero or more.</summary>
    public decimal MaxPointChange { get; set; } = 100m;

    /// <summary>Severity of an impossible value. Default <see cref="Severity.Error"/>.</summary>
    public Severity Severity { get; set; } = Severity.Error;

    internal PlausibilityOptions Validated()
    {
        OptionChecks.NonNegative(MaxShare, nameof(MaxShare));
        OptionChecks.NonNegative(MaxPointChange, nameof(MaxPointChange));
        OptionChecks.Defined(Severity, nameof(Severity));
        return new PlausibilityOptions { MaxShare = MaxShare, MaxPointChange = MaxPointChange, Severity = Severity };
    }
}
