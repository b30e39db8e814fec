using FactCheck.Reports;

namespace FactCheck.Checks;

/// <summary>
/// A consistency check. Implement it to add your own rule with <see cref="FactCheckerBuilder.AddCheck(IFactCheckRule)"/>.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe: one instance serves every document the checker sees.
/// An exception thrown from <see cref="Check"/> does not stop the other checks; it becomes an error finding
/// with rule id <c>check-failed</c>.
/// </remarks>
public interface IFactCheckRule
{
    /// <summary>Checks one document's claims and returns what it finds (empty when all is well).</summary>
    IEnumerable<Finding> Check(CheckContext context);
}
