using FactCheck.Reports;

namespace FactCheck.Checks;

/// <summary>
/// A consistency check. Implement it to add your own rule with <see cref="FactCheckerBuilder.AddCheck(IFactCheckRule)"/>.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe: one instance serves every document the checker sees.
/// An exception thrown from <see cref="Check"/> does not stop the other checks; it becomes an error finding
/// with rule id <c>check-failed</c>. A builder runs one rule per <see cref="RuleId"/>: adding a rule whose id is
/// already there replaces the earlier one.
/// </remarks>
public interface IFactCheckRule
{
    /// <summary>
    /// The id of the rule, such as <c>percentage-points</c>: the <see cref="Finding.RuleId"/> of its findings and
    /// its id in SARIF. Keep it in a constant, and do not reuse a built-in id (see <see cref="RuleIds"/>) unless
    /// the rule is meant to replace that one.
    /// </summary>
    string RuleId { get; }

    /// <summary>One sentence that says what the rule reports, written as the rule's description in SARIF.</summary>
    string Description { get; }

    /// <summary>Checks one document's claims and returns what it finds (empty when all is well).</summary>
    IEnumerable<Finding> Check(CheckContext context);
}
