using FactCheck.Checks.Internal;
using FactCheck.Reports;

namespace FactCheck.Checks.Reference;

/// <summary>
/// Options of the <c>reference</c> check: claims compared with trusted facts. Each claim whose subject, measure and
/// unit match a fact gets a verdict: supported, contradicted, or not found (facts exist for it, but none for its time).
/// </summary>
/// <remarks>
/// A claim's time is its effective date when it has one ("takes full effect on April 9"), else the period it is about,
/// else the publication date. A claim agrees with a fact when some value in the claim's interval is within the fact's
/// tolerance (plus <see cref="Tolerance"/>) of the fact's value.
/// </remarks>
public sealed class ReferenceCheckOptions
{
    /// <summary>Extra allowance in the fact's unit, added to each fact's own tolerance. Default <c>0</c>. Must be zero or more.</summary>
    public decimal Tolerance { get; set; }

    /// <summary>Severity of a claim the facts contradict. Default <see cref="Severity.Error"/>.</summary>
    public Severity ContradictedSeverity { get; set; } = Severity.Error;

    /// <summary>Severity of a claim the facts support. Default <see cref="Severity.Info"/>.</summary>
    public Severity SupportedSeverity { get; set; } = Severity.Info;

    /// <summary>Severity of a claim with facts for its subject but none for its time. Default <see cref="Severity.Info"/>.</summary>
    public Severity NotFoundSeverity { get; set; } = Severity.Info;

    /// <summary>Whether to report claims the facts support. Default <see langword="true"/>.</summary>
    public bool ReportSupported { get; set; } = true;

    /// <summary>
    /// Whether to report claims whose subject no fact names (verdict "not found"). Default <see langword="false"/>:
    /// a fact table usually covers a few subjects, and most claims are about others.
    /// </summary>
    public bool ReportUnmatched { get; set; }

    internal ReferenceCheckOptions Validated()
    {
        OptionChecks.NonNegative(Tolerance, nameof(Tolerance));
        OptionChecks.Defined(ContradictedSeverity, nameof(ContradictedSeverity));
        OptionChecks.Defined(SupportedSeverity, nameof(SupportedSeverity));
        OptionChecks.Defined(NotFoundSeverity, nameof(NotFoundSeverity));
        return new ReferenceCheckOptions
        {
            Tolerance = Tolerance,
            ContradictedSeverity = ContradictedSeverity,
            SupportedSeverity = SupportedSeverity,
            NotFoundSeverity = NotFoundSeverity,
            ReportSupported = ReportSupported,
            ReportUnmatched = ReportUnmatched,
        };
    }
}
