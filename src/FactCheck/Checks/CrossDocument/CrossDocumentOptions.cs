using FactCheck.Checks.Internal;
using FactCheck.Reports;

namespace FactCheck.Checks.CrossDocument;

/// <summary>
/// Options of the <c>cross-document</c> check, run by <see cref="FactChecker.CheckTogether"/>: the same measure of the
/// same subject for the same time, stated in two documents with values that cannot both hold.
/// </summary>
public sealed class CrossDocumentOptions
{
    /// <summary>
    /// How many days apart the publication dates of two present-tense claims may be for them to be about the same time.
    /// Default <c>7</c>. Must be zero or more.
    /// </summary>
    public int PresentTenseWindowDays { get; set; } = 7;

    /// <summary>Extra allowance as a fraction of each value before two values conflict. Default <c>0</c>. Must be zero or more.</summary>
    public decimal RelativeTolerance { get; set; }

    /// <summary>
    /// The largest ratio between two values taken as statements of one figure. Default <c>1.5</c>: 29% and 30%, or $7bn
    /// and $8bn, meet; 4.7% and 10.4% are taken to be about different things the subject key could not tell apart.
    /// Must be 1 or more.
    /// </summary>
    public decimal MaximumRatio { get; set; } = 1.5m;

    /// <summary>Severity of a conflict. Default <see cref="Severity.Error"/>.</summary>
    public Severity Severity { get; set; } = Severity.Error;

    internal CrossDocumentOptions Validated()
    {
        OptionChecks.NonNegative(PresentTenseWindowDays, nameof(PresentTenseWindowDays));
        OptionChecks.NonNegative(RelativeTolerance, nameof(RelativeTolerance));
        OptionChecks.AtLeastOne(MaximumRatio, nameof(MaximumRatio));

        OptionChecks.Defined(Severity, nameof(Severity));
        return new CrossDocumentOptions { PresentTenseWindowDays = PresentTenseWindowDays, RelativeTolerance = RelativeTolerance, MaximumRatio = MaximumRatio, Severity = Severity };
    }
}
