using FactCheck.Checks.Internal;
using FactCheck.Claims;
using FactCheck.Reference;
using FactCheck.Reports;

namespace FactCheck.Checks.Reference;

/// <summary>The <c>reference</c> rule. See <see cref="ReferenceCheckOptions"/>.</summary>
internal sealed class ReferenceCheck : IBuiltInRule
{
    private readonly ReferenceFacts _facts;
    private readonly ReferenceCheckOptions _options;

    public ReferenceCheck(ReferenceFacts facts, ReferenceCheckOptions options)
    {
        _facts = facts;
        _options = options;
    }

    public string RuleId => RuleIds.Reference;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var claim in context.Claims)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (claim.Kind is ClaimKind.Comparison or ClaimKind.Rank)
            {
                continue;
            }

            var texts = new List<string> { claim.Subject, claim.SubjectKey };
            texts.AddRange(claim.Entities);
            var candidates = _facts.Facts
                .Where(f => f.Measure == claim.Measure && Units.Same(f.Unit, claim.Unit) && SubjectMatcher.Matches(f.Subject, texts))
                .ToList();
            var figure = Figure.FromClaim(claim, context.Mentions);
            if (candidates.Count == 0)
            {
                if (_options.ReportUnmatched)
                {
                    yield return Verdict(claim, figure, _options.NotFoundSeverity, $"Not found: no reference fact names {Formatting.Quote(SubjectOf(claim))}.", null, null);
                }

                continue;
            }

            var period = PeriodOf(claim, context.Document);
            var valid = candidates.Where(f => period is (DateOnly s, DateOnly e) ? f.IsValidDuring(s, e) : f.IsTimeless).ToList();
            if (valid.Count == 0)
            {
                var when = period is (DateOnly ps, DateOnly pe) ? (ps == pe ? Formatting.Date(ps) : Formatting.Date(ps) + " to " + Formatting.Date(pe)) : "an unknown time";
                yield return Verdict(claim, figure, _options.NotFoundSeverity,
                    $"Not found: the reference facts for {Formatting.Quote(candidates[0].Subject)} ({string.Join(", ", candidates.Select(Where).Distinct(StringComparer.Ordinal))}) do not cover {when}.",
                    null, null);
                continue;
            }

            var range = new Interval(claim.Low, claim.High);
            var agreeing = valid.FirstOrDefault(f => range.Overlaps(Interval.Exact(f.Value), f.Tolerance + _options.Tolerance));
            if (agreeing is not null)
            {
                if (_options.ReportSupported)
                {
                    yield return Verdict(claim, figure, _options.SupportedSeverity,
                        $"Supported: {Formatting.Quote(figure.Text)} agrees with {agreeing.Source} ({Formatting.WithUnit(agreeing.Value, agreeing.Unit)} for {Formatting.Quote(agreeing.Subject)}{Validity(agreeing)}; {Where(agreeing)}).",
                        agreeing, null);
                }

                continue;
            }

            var fact = valid.OrderBy(f => Math.Abs(f.Value - claim.Value)).First();
            var expected = Formatting.WithUnit(fact.Value, fact.Unit);
            yield return Verdict(claim, figure, _options.ContradictedSeverity,
                $"Contradicted: {Formatting.Quote(figure.Text)} does not agree with {fact.Source}, which gives {expected} for {Formatting.Quote(fact.Subject)}{Validity(fact)} ({Where(fact)}).",
                fact,
                $"should read {expected} (according to {fact.Source})");
        }
    }

    private Finding Verdict(Claim claim, Figure figure, Severity severity, FindingMessageHandler message, ReferenceFact? fact, string? suggestion)
    {
        Computation? computation = null;
        if (fact is not null)
        {
            computation = new Computation(
                "|claim - fact| <= tolerance",
                new Dictionary<string, decimal>(StringComparer.Ordinal) { ["claim"] = claim.Value, ["claim.low"] = claim.Low, ["claim.high"] = claim.High, ["fact"] = fact.Value },
                claim.Value - fact.Value,
                fact.Tolerance + _options.Tolerance);
        }

        return new Finding(RuleIds.Reference, severity, message, [claim.Id], [figure.Span], computation, suggestion);
    }

    private static (DateOnly Start, DateOnly End)? PeriodOf(Claim claim, Document document)
    {
        if (claim.EffectiveDate?.Date is { Start: DateOnly es, End: DateOnly ee })
        {
            return (es, ee);
        }

        if (claim.Time?.Date is { Start: DateOnly ts, End: DateOnly te })
        {
            return (ts, te);
        }

        return document.Published is DateOnly published ? (published, published) : null;
    }

    private static string SubjectOf(Claim claim) => claim.Subject.Length > 0 ? claim.Subject : claim.SubjectKey.Length > 0 ? claim.SubjectKey : claim.Text;

    private static string Where(ReferenceFact fact) => fact.Location ?? fact.Source;

    private static string Validity(ReferenceFact fact) => (fact.ValidFrom, fact.ValidTo) switch
    {
        (DateOnly from, DateOnly to) => $", valid {Formatting.Date(from)} to {Formatting.Date(to)}",
        (DateOnly from, null) => $", valid from {Formatting.Date(from)}",
        (null, DateOnly to) => $", valid until {Formatting.Date(to)}",
        _ => string.Empty,
    };
}
