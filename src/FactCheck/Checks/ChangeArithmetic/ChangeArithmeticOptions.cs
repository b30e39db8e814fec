using FactCheck.Checks.Internal;
using FactCheck.Reports;

namespace FactCheck.Checks.ChangeArithmetic;

/// <summary>
/// Options of the <c>change-arithmetic</c> check: the from value, the to value and the stated change (in percent,
/// in percentage points, as a ratio such as "doubled" or "2.9 times", or in the values' own unit) must agree.
/// </summary>
/// <remarks>
/// Each figure stands for an interval (its hedge and the precision shown: "29%" is 28.5 to 29.5). A conflict is
/// raised only when no values inside the intervals agree; the tolerances below widen that further. A change stated
/// apart from its from/to pair ("The new duty is double the earlier rate") is found in a claim linked to the pair, or in
/// one of the 16 nearest claims on either side that share the pair's subject key and time, or in the next sentence when
/// the claims stage linked it ("That is an increase of 12%"). A stack of tariff rates ("an additional 10% on top of the
/// existing 25% duty, bringing the total to 30%") must add up to its total.
/// </remarks>
public sealed class ChangeArithmeticOptions
{
    /// <summary>
    /// Extra allowance, in percent for relative changes and in points for point changes, before a conflict is raised.
    /// Default <c>0</c>: the intervals of the figures are the only tolerance. Must be zero or more.
    /// </summary>
    public decimal PercentTolerance { get; set; }

    /// <summary>
    /// Relative allowance for ratios written in digits ("2.9 times"), as a fraction of the ratio. Default <c>0</c>:
    /// the precision shown is the only tolerance. Must be zero or more.
    /// </summary>
    public decimal RatioTolerance { get; set; }

    /// <summary>
    /// Relative allowance for ratios written in words ("doubled", "halved", "a third higher"), as a fraction of the ratio.
    /// Default <c>0.05</c>: "doubled" accepts 1.9 to 2.1 times. Must be zero or more.
    /// </summary>
    public decimal WordRatioTolerance { get; set; } = 0.05m;

    /// <summary>
    /// Whether to report changes that agree with their from and to values only when those are read at the far ends of
    /// their rounding ("rose 20% to £5bn from £4bn": 25% as written, 20% only for, say, 4.2 and 5.04), with
    /// <see cref="UnusualReadingSeverity"/>. Default <see langword="true"/>.
    /// </summary>
    public bool ReportRoundingConflicts { get; set; } = true;

    /// <summary>
    /// For <see cref="ReportRoundingConflicts"/>: how far, as a fraction of the stated change, the change as written must be
    /// from it. Default <c>0.1</c>: "rose 20%" for £4bn to £5bn (25%) is reported; "jumped 76%" for $639m to $1.13bn
    /// (76.8%, computed by the writer from unrounded figures) is not. Must be zero or more.
    /// </summary>
    public decimal RoundingConflictMinimumDifference { get; set; } = 0.1m;

    /// <summary>Severity when the figures cannot all be true. Default <see cref="Severity.Error"/>.</summary>
    public Severity Severity { get; set; } = Severity.Error;

    /// <summary>
    /// Severity when only an unusual reading reconciles the figures ("three times higher" read as four times, or round
    /// figures read at the far ends of their rounding).
    /// Default <see cref="Severity.Warning"/>.
    /// </summary>
    public Severity UnusualReadingSeverity { get; set; } = Severity.Warning;

    internal ChangeArithmeticOptions Validated()
    {
        OptionChecks.NonNegative(PercentTolerance, nameof(PercentTolerance));
        OptionChecks.NonNegative(RatioTolerance, nameof(RatioTolerance));
        OptionChecks.NonNegative(WordRatioTolerance, nameof(WordRatioTolerance));
        OptionChecks.NonNegative(RoundingConflictMinimumDifference, nameof(RoundingConflictMinimumDifference));
        OptionChecks.Defined(Severity, nameof(Severity));
        OptionChecks.Defined(UnusualReadingSeverity, nameof(UnusualReadingSeverity));
        return new ChangeArithmeticOptions
        {
            PercentTolerance = PercentTolerance,
            RatioTolerance = RatioTolerance,
            WordRatioTolerance = WordRatioTolerance,
            Severity = Severity,
            UnusualReadingSeverity = UnusualReadingSeverity,
            ReportRoundingConflicts = ReportRoundingConflicts,
            RoundingConflictMinimumDifference = RoundingConflictMinimumDifference,
        };
    }
}
