using FactCheck.Checks.Internal;
using FactCheck.Reports;

namespace FactCheck.Checks.PercentagePoints;

/// <summary>
/// Options of the <c>percentage-points</c> check: a change between two percentages stated in percent where percentage
/// points were meant ("up 19%" for 10% → 29%, which is 19 points or 190%).
/// </summary>
/// <remarks>
/// The check fires only when the stated percent fits the change read as points and does not fit it read as a relative
/// change; when it fits neither, <c>change-arithmetic</c> reports it instead.
/// </remarks>
public sealed class PercentagePointsOptions
{
    /// <summary>
    /// Extra allowance, in points or percent, before the stated figure is taken not to fit. Default <c>0</c>: the
    /// intervals of the figures (hedges and the precision shown) are the only tolerance. Must be zero or more.
    /// </summary>
    public decimal Tolerance { get; set; }

    /// <summary>
    /// Severity of the finding. Default <see cref="Severity.Warning"/>: the figures agree only when "%" is read as
    /// "percentage points", an unusual reading.
    /// </summary>
    public Severity Severity { get; set; } = Severity.Warning;

    internal PercentagePointsOptions Validated()
    {
        OptionChecks.NonNegative(Tolerance, nameof(Tolerance));
        OptionChecks.Defined(Severity, nameof(Severity));
        return new PercentagePointsOptions { Tolerance = Tolerance, Severity = Severity };
    }
}
