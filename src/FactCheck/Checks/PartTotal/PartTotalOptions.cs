using FactCheck.Checks.Internal;
using FactCheck.Reports;

namespace FactCheck.Checks.PartTotal;

/// <summary>
/// Options of the <c>part-total</c> check: a part larger than its whole ("1,500 of the 1,200 jobs"); "X of Y (Z%)"
/// where X / Y is not Z%; a count and a percentage of the same group that disagree; shares of one whole that add up to
/// more than 100%.
/// </summary>
/// <remarks>
/// A count of a group ("300 of the 1,200 staff") is set against the percentages of the same group, for the same time,
/// among the 16 nearest claims on either side that share its subject key.
/// </remarks>
public sealed class PartTotalOptions
{
    /// <summary>
    /// Extra allowance, in percentage points, when a stated percentage is compared with the part divided by the whole.
    /// Default <c>0</c>: the precision shown ("25%" is 24.5 to 25.5) is the only tolerance. Must be zero or more.
    /// </summary>
    public decimal PercentTolerance { get; set; }

    /// <summary>
    /// How far above 100% the shares of one whole may add up, in percentage points, before a finding. Default <c>1</c>,
    /// for rounded shares. Must be zero or more.
    /// </summary>
    public decimal SumTolerance { get; set; } = 1m;

    /// <summary>Severity when the part, the whole and the percentage cannot all be true. Default <see cref="Severity.Error"/>.</summary>
    public Severity Severity { get; set; } = Severity.Error;

    /// <summary>
    /// Severity when shares of one whole add up to more than 100%. Default <see cref="Severity.Warning"/>: they can if the
    /// groups overlap, an unusual reading for shares listed together.
    /// </summary>
    public Severity SumSeverity { get; set; } = Severity.Warning;

    internal PartTotalOptions Validated()
    {
        OptionChecks.NonNegative(PercentTolerance, nameof(PercentTolerance));
        OptionChecks.NonNegative(SumTolerance, nameof(SumTolerance));
        OptionChecks.Defined(Severity, nameof(Severity));
        OptionChecks.Defined(SumSeverity, nameof(SumSeverity));
        return new PartTotalOptions { PercentTolerance = PercentTolerance, SumTolerance = SumTolerance, Severity = Severity, SumSeverity = SumSeverity };
    }
}
