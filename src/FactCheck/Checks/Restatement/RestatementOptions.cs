using FactCheck.Checks.Internal;
using FactCheck.Reports;

namespace FactCheck.Checks.Restatement;

/// <summary>
/// Options of the <c>restatement</c> check: the same measure of the same subject for the same time, stated twice with
/// values that cannot both hold ("a 29% duty" … "a 30% tariff on Pakistani goods").
/// </summary>
/// <remarks>
/// Claims meet when their subject keys, measures and units are equal and they are about the same time (the same
/// period, or both in the present tense; effective dates, when both give one, must match). Values conflict when no
/// value lies inside both claims' intervals; a value equal to the other claim's earlier value ("up from 10%") is not a conflict.
/// A claim is set against the 64 nearest earlier claims with its subject key, and reported once, with the first of them
/// it conflicts with.
/// </remarks>
public sealed class RestatementOptions
{
    /// <summary>
    /// Extra allowance as a fraction of each value (0.01 accepts 1% either way) before two values conflict.
    /// Default <c>0</c>: hedges and the precision shown are the only tolerance. Must be zero or more.
    /// </summary>
    public decimal RelativeTolerance { get; set; }

    /// <summary>
    /// The largest ratio between two values taken as statements of one figure. Default <c>1.5</c>: 29% and 30%, or $7bn
    /// and $8bn, meet; 4.7% and 10.4% are taken to be about different things the subject key could not tell apart.
    /// Must be 1 or more.
    /// </summary>
    public decimal MaximumRatio { get; set; } = 1.5m;

    /// <summary>Severity of a conflict. Default <see cref="Severity.Error"/>: both values cannot be true.</summary>
    public Severity Severity { get; set; } = Severity.Error;

    internal RestatementOptions Validated()
    {
        OptionChecks.NonNegative(RelativeTolerance, nameof(RelativeTolerance));
        OptionChecks.AtLeastOne(MaximumRatio, nameof(MaximumRatio));

        OptionChecks.Defined(Severity, nameof(Severity));
        return new RestatementOptions { RelativeTolerance = RelativeTolerance, MaximumRatio = MaximumRatio, Severity = Severity };
    }
}
