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

    /// <summary>Severity of a conflict. Default <see cref="Severity.Error"/>.</summary>
    public Severity Severity { get; set; } = Severity.Error;

    internal CrossDocumentOptions Validated()
    {
        OptionChecks.NonNegative(PresentTenseWindowDays, nameof(PresentTenseWindowDays));
        OptionChecks.NonNegative(RelativeTolerance, nameof(RelativeTolerance));
        OptionChecks.Defined(Severity, nameof(Severity));
        return new CrossDocumentOptions { PresentTenseWindowDays = PresentTenseWindowDays, RelativeTolerance = RelativeTolerance, Severity = Severity };
    }
}
