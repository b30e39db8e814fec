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
/// </remarks>
public sealed class RestatementOptions
{
    /// <summary>
    /// Extra allowance as a fraction of each value (0.01 accepts 1% either way) before two values conflict.
    /// Default <c>0</c>: hedges and the precision shown are the only tolerance. Must be zero or more.
    /// </summary>
    public decimal RelativeTolerance { get; set; }

    /// <summary>Severity of a conflict. Default <see cref="Severity.Error"/>: both values cannot be true.</summary>
    public Severity Severity { get; set; } = Severity.Error;

    internal RestatementOptions Validated()
    {
        OptionChecks.NonNegative(RelativeTolerance, nameof(RelativeTolerance));
        OptionChecks.Defined(Severity, nameof(Severity));
        return new RestatementOptions { RelativeTolerance = RelativeTolerance, Severity = Severity };
    }
}
