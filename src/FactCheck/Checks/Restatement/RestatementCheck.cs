using FactCheck.Checks.Internal;
using FactCheck.Claims;
using FactCheck.Reports;

namespace FactCheck.Checks.Restatement;

/// <summary>The <c>restatement</c> rule. See <see cref="RestatementOptions"/>.</summary>
internal sealed class RestatementCheck : IBuiltInRule
{
    private readonly RestatementOptions _options;

    public RestatementCheck(RestatementOptions options) => _options = options;

    public string RuleId => RuleIds.Restatement;

    /// <summary>
    /// How many earlier statements of the same subject (the nearest ones) each claim is compared with. Articles name a
    /// subject far fewer times; the bound keeps a document that names it thousands of times from costing the square of
    /// its length.
    /// </summary>
    internal const int ComparedStatements = 64;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Claim? reported = null;
        foreach (var (earlier, later) in Pairs(context.Claims, context.CancellationToken))
        {
            if (ReferenceEquals(later, reported)
                || earlier.MentionIndices.Intersect(later.MentionIndices).Any()
                || !Restatements.SameQuantity(earlier, later)
                || !Times.SameTime(earlier, later)
                || !Restatements.Close(earlier, later, _options.MaximumRatio)
                || !Restatements.Conflict(earlier, later, _options.RelativeTolerance))
            {
                continue;
            }

            // One finding per later claim: the earliest statement it conflicts with.
            reported = later;
            yield return Describe(earlier, later, context);
        }
    }

    /// <summary>
    /// The pairs the rule compares, in the order it compares them: each comparable claim (in document order) after the
    /// nearest <see cref="ComparedStatements"/> earlier comparable claims with its subject key, earliest first.
    /// </summary>
    internal static IEnumerable<(Claim Earlier, Claim Later)> Pairs(IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default)
    {
        var comparable = claims.Where(Restatements.IsComparable).ToList();
        var neighbours = new SubjectNeighbours(comparable);
        for (var j = 1; j < comparable.Count; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var i in neighbours.Before(j, ComparedStatements))
            {
                yield return (comparable[i], comparable[j]);
            }
        }
    }

    private Finding Describe(Claim earlier, Claim later, CheckContext context)
    {
        var a = Figure.FromClaim(earlier, context.Mentions);
        var b = Figure.FromClaim(later, context.Mentions);
        var subject = earlier.Subject.Length > 0 ? earlier.Subject : earlier.SubjectKey;
        var sources = earlier.Source?.Name is string sa && later.Source?.Name is string sb && !string.Equals(sa, sb, StringComparison.OrdinalIgnoreCase)
            ? $" ({sa} and {sb} respectively)"
            : string.Empty;
        return new Finding(
            RuleIds.Restatement,
            _options.Severity,
            $"The {subject} is given as {a.Text.Trim()} and later as {b.Text.Trim()} for the same time{sources}; both cannot be true.",
            [earlier.Id, later.Id],
            new[] { a.Span, b.Span }.Distinct().OrderBy(s => s.Start).ToArray(),
            Restatements.Computation(earlier, later, _options.RelativeTolerance),
            $"use one figure for the {subject}: {a.Text.Trim()} or {b.Text.Trim()}");
    }
}
