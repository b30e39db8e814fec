using FactCheck.Checks.Internal;
using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Reports;

namespace FactCheck.Checks.Plausibility;

/// <summary>The <c>plausibility</c> rule. See <see cref="PlausibilityOptions"/>.</summary>
internal sealed class PlausibilityCheck : IBuiltInRule
{
    private readonly PlausibilityOptions _options;

    public PlausibilityCheck(PlausibilityOptions options) => _options = options;

    public string RuleId => RuleIds.Plausibility;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reported = new HashSet<int>();
        foreach (var claim in context.Claims)
        {
            var figure = Figure.FromClaim(claim, context.Mentions);
            if (figure.MentionIndex is int taken && reported.Contains(taken))
            {
                continue;
            }

            Finding? finding = null;
            if ((claim.Kind == ClaimKind.Share || claim.Measure == Measure.Share) && Units.IsPercent(claim.Unit) && claim.Direction == ChangeDirection.None
                && figure.Range.Low > _options.MaxShare && !claim.Cues.HasFlag(ClaimCues.ShareOfReference))
            {
                finding = Make(claim, figure, $"{Formatting.Quote(figure.Text)} is given as a share of a whole, but a share cannot exceed {Formatting.Number(_options.MaxShare)}%.", "share <= " + Formatting.Number(_options.MaxShare), _options.MaxShare);
            }
            else if (claim.Measure == Measure.Count && claim.Kind is ClaimKind.Level or ClaimKind.Share && figure.Range.High < 0m)
            {
                finding = Make(claim, figure, $"{Formatting.Quote(figure.Text)} is a count, and a count cannot be negative.", "count >= 0", 0m);
            }
            else if (claim.Measure == Measure.Rate && claim.Kind is ClaimKind.Level or ClaimKind.FromTo && figure.Range.High < 0m
                && claim.Cues.HasFlag(ClaimCues.NonNegativeRate))
            {
                finding = Make(claim, figure, $"{Formatting.Quote(figure.Text)} is a negative rate; tariffs, duties, taxes and unemployment rates cannot be negative.", "rate >= 0", 0m);
            }

            if (finding is not null)
            {
                if (figure.MentionIndex is int index)
                {
                    reported.Add(index);
                }

                yield return finding;
            }
        }

        for (var i = 0; i < context.Mentions.Count; i++)
        {
            var mention = context.Mentions[i];
            // Index points ("the Dow rose 120 points") are not percentage points: only figures that say so are read.
            if (mention.Kind != MentionKind.PercentagePoints || reported.Contains(i) || !mention.Cues.HasFlag(FigureCues.NamesPercentagePoints))
            {
                continue;
            }

            var figure = Figure.FromMention(mention, i);
            if (Math.Min(Math.Abs(figure.Range.Low), Math.Abs(figure.Range.High)) > _options.MaxPointChange && Math.Sign(figure.Range.Low) * Math.Sign(figure.Range.High) > 0)
            {
                var ids = context.ClaimLocator.Ids(context.ClaimLocator.WithMention(i));
                yield return new Finding(
                    RuleIds.Plausibility,
                    _options.Severity,
                    $"{Formatting.Quote(figure.Text)} is a change of more than {Formatting.Number(_options.MaxPointChange)} percentage points, which no share can make.",
                    ids,
                    [figure.Span],
                    new Computation("|change| <= " + Formatting.Number(_options.MaxPointChange), new Dictionary<string, decimal>(StringComparer.Ordinal) { ["change"] = figure.Value }, figure.Value, _options.MaxPointChange),
                    "check the figure; a change in percent may have been meant");
            }
        }
    }

    private Finding Make(Claim claim, Figure figure, FindingMessageHandler message, string formula, decimal limit) => new(
        RuleIds.Plausibility,
        _options.Severity,
        message,
        [claim.Id],
        [figure.Span],
        new Computation(formula, new Dictionary<string, decimal>(StringComparer.Ordinal) { ["value"] = figure.Value, ["limit"] = limit }, figure.Value),
        "check the figure");
}
