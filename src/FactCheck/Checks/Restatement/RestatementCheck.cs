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

    public IEnumerable<Finding> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims.Where(Restatements.IsComparable).ToList();
        for (var j = 1; j < claims.Count; j++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var later = claims[j];
            for (var i = 0; i < j; i++)
            {
                var earlier = claims[i];
                if (earlier.MentionIndices.Intersect(later.MentionIndices).Any()
                    || !Restatements.SameQuantity(earlier, later)
                    || !Times.SameTime(earlier, later)
                    || !Restatements.Close(earlier, later, _options.MaximumRatio)
                    || !Restatements.Conflict(earlier, later, _options.RelativeTolerance))
                {
                    continue;
                }

                yield return Describe(earlier, later, context);
                break;
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
