using FactCheck.Claims;

namespace FactCheck.Checks.Internal;

/// <summary>The comparison behind the restatement rules, within one document and across documents.</summary>
internal static class Restatements
{
    /// <summary>Whether a claim states a value of something (not a change), so two of them can be compared.</summary>
    public static bool IsComparable(Claim claim) =>
        claim.SubjectKey.Length > 0
        && claim.Kind is ClaimKind.Level or ClaimKind.FromTo or ClaimKind.Share or ClaimKind.Range;

    /// <summary>Whether two claims are about the same measure of the same subject in the same unit.</summary>
    public static bool SameQuantity(Claim a, Claim b) =>
        string.Equals(a.SubjectKey, b.SubjectKey, StringComparison.Ordinal)
        && a.Measure == b.Measure
        && a.Kind == ClaimKind.Share == (b.Kind == ClaimKind.Share)
        && Units.Same(a.Unit, b.Unit);

    /// <summary>
    /// Whether the values cannot both hold: no value lies in both intervals (each widened by <paramref name="relativeTolerance"/>),
    /// and neither value is the other claim's earlier value ("29%, up from 10%" and "10%" are about different times).
    /// </summary>
    public static bool Conflict(Claim a, Claim b, decimal relativeTolerance)
    {
        var ra = new Interval(a.Low, a.High).WidenRelative(relativeTolerance);
        var rb = new Interval(b.Low, b.High).WidenRelative(relativeTolerance);
        if (ra.Overlaps(rb))
        {
            return false;
        }

        return !(a.PreviousValue is decimal pa && rb.Contains(pa)) && !(b.PreviousValue is decimal pb && ra.Contains(pb));
    }
}
