using FactCheck.Checks.Internal;
using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Reports;
using FactCheck.Text;

namespace FactCheck.Checks.PartTotal;

/// <summary>The <c>part-total</c> rule. See <see cref="PartTotalOptions"/>.</summary>
internal sealed class PartTotalCheck : IBuiltInRule
{
    private readonly PartTotalOptions _options;

    public PartTotalCheck(PartTotalOptions options) => _options = options;

    public string RuleId => RuleIds.PartTotal;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();
        var mentions = context.Mentions;
        var parts = new List<(Figure Part, Figure Whole)>();
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var part = mentions[i];
            var whole = mentions[i + 1];
            if (!IsAmount(part) || !IsAmount(whole) || !Units.Same(part.Unit, whole.Unit) || part.Span.End > whole.Span.Start
                || !part.Cues.HasFlag(FigureCues.PartOfNext))
            {
                continue;
            }

            var p = Figure.FromMention(part, i);
            var w = Figure.FromMention(whole, i + 1);
            parts.Add((p, w));
            var pairIndex = i;
            if (Arithmetic.OrNull(() => PartAndWhole(context, p, w, pairIndex)) is Finding finding)
            {
                findings.Add(finding);
            }
        }

        findings.AddRange(CountAgainstPercentage(context));
        findings.AddRange(SharesAbove100(context));
        return findings;
    }

    // "300 of the 1,200 jobs": the part above its whole, or a stated share ("(20%)") that the two do not give.
    private Finding? PartAndWhole(CheckContext context, Figure part, Figure whole, int partIndex)
    {
        if (part.Range.Low > whole.Range.High)
        {
            return PartAboveWhole(context, part, whole);
        }

        if (StatedShare(context.Mentions, partIndex, partIndex + 1) is (Mention share, int shareIndex) && whole.Range.IsPositive)
        {
            var computed = Interval.Ratio(part.Range, whole.Range);
            computed = new Interval(computed.Low * 100m, computed.High * 100m);
            var stated = Figure.FromMention(share, shareIndex);
            if (!computed.Overlaps(stated.Range, _options.PercentTolerance))
            {
                return ShareMismatch(context, part, whole, stated, computed);
            }
        }

        return null;
    }

    private Finding PartAboveWhole(CheckContext context, Figure part, Figure whole) => new(
        RuleIds.PartTotal,
        _options.Severity,
        $"The part {Formatting.Quote(part.Text)} is larger than its whole {Formatting.Quote(whole.Text)}.",
        ClaimsAt(context, part.Span, whole.Span),
        [part.Span, whole.Span],
        new Computation(
            "part <= whole",
            new Dictionary<string, decimal>(StringComparer.Ordinal) { ["part"] = part.Value, ["whole"] = whole.Value },
            part.Value - whole.Value,
            0m),
        "check the part and the whole");

    private Finding ShareMismatch(CheckContext context, Figure part, Figure whole, Figure stated, Interval computed)
    {
        var nominal = part.Value / whole.Value * 100m;
        var suggested = Formatting.Suggested(nominal, stated.Decimals, stated.Value);
        var spans = new[] { part.Span, whole.Span, stated.Span }.OrderBy(s => s.Start).ToArray();
        return new Finding(
            RuleIds.PartTotal,
            _options.Severity,
            $"{Formatting.Quote(part.Text)} of {Formatting.Quote(whole.Text)} is {suggested}%, not {stated.Text.Trim()}.",
            ClaimsAt(context, spans),
            spans,
            new Computation(
                "part / whole * 100",
                new Dictionary<string, decimal>(StringComparer.Ordinal) { ["part"] = part.Value, ["whole"] = whole.Value, ["stated"] = stated.Value },
                Math.Round(nominal, 4),
                Math.Round(((computed.High - computed.Low) / 2m) + ((stated.Range.High - stated.Range.Low) / 2m) + _options.PercentTolerance, 4)),
            $"should read {suggested}%");
    }

    /// <summary>
    /// How many claims with the subject key of a count of a whole, on each side of it (the nearest ones), it is set
    /// against; a document that names one group thousands of times would otherwise cost the square of its length.
    /// </summary>
    internal const int NearbyStatements = 16;

    /// <summary>A share claim given as a count of a whole ("300 of the 1,200 staff") against a percentage of the same group elsewhere.</summary>
    private List<Finding> CountAgainstPercentage(CheckContext context)
    {
        var found = new List<Finding>();
        var counted = new List<(int Position, Figure Part, Figure Whole)>();
        for (var position = 0; position < context.Claims.Count; position++)
        {
            var claim = context.Claims[position];
            if (claim.Kind != ClaimKind.Share || claim.SubjectKey.Length == 0)
            {
                continue;
            }

            var amounts = claim.MentionIndices
                .Where(i => i >= 0 && i < context.Mentions.Count && IsAmount(context.Mentions[i]))
                .OrderBy(i => context.Mentions[i].Span.Start)
                .ToList();
            if (amounts.Count == 2 && Units.Same(context.Mentions[amounts[0]].Unit, context.Mentions[amounts[1]].Unit))
            {
                // The claim's value is the part ("Of the 200 staff, 50 were laid off": 50); the other figure is the whole.
                var partIndex = context.Mentions[amounts[1]].Value == claim.Value && context.Mentions[amounts[0]].Value != claim.Value ? amounts[1] : amounts[0];
                var wholeIndex = partIndex == amounts[0] ? amounts[1] : amounts[0];
                counted.Add((position, Figure.FromMention(context.Mentions[partIndex], partIndex), Figure.FromMention(context.Mentions[wholeIndex], wholeIndex)));
            }
        }

        var neighbours = context.SubjectNeighbours;
        foreach (var (position, part, whole) in counted)
        {
            found.AddRange(Arithmetic.OrNull(() => AgainstPercentages(context, neighbours, position, part, whole)) ?? []);
        }

        return found;
    }

    private List<Finding> AgainstPercentages(CheckContext context, SubjectNeighbours neighbours, int position, Figure part, Figure whole)
    {
        var found = new List<Finding>();
        var claim = context.Claims[position];
        if (!whole.Range.IsPositive || part.Range.Low > whole.Range.High)
        {
            return found;
        }

        var computed = Interval.Ratio(part.Range, whole.Range);
        computed = new Interval(computed.Low * 100m, computed.High * 100m);
        foreach (var other in neighbours.Around(position, NearbyStatements).Select(i => context.Claims[i]))
        {
            if (ReferenceEquals(other, claim) || other.Kind != ClaimKind.Share || !Units.IsPercent(other.Unit) || !Times.SameTime(other, claim)
                || other.MentionIndices.Intersect(claim.MentionIndices).Any())
            {
                continue;
            }

            var stated = Figure.FromClaim(other, context.Mentions);
            if (computed.Overlaps(stated.Range, _options.PercentTolerance))
            {
                continue;
            }

            var finding = ShareMismatch(context, part, whole, stated, computed);
            found.Add(new Finding(finding.RuleId, finding.Severity, finding.MessageTemplate, [claim.Id, other.Id], finding.Spans, finding.Computation, finding.Suggestion));
        }

        return found;
    }

    /// <summary>Percent shares of one whole listed in one sentence ("40% went to the US, 35% to the EU and 30% to China").</summary>
    private List<Finding> SharesAbove100(CheckContext context)
    {
        var sentences = context.Sentences;
        var groups = context.Claims
            .Where(c => c.Kind == ClaimKind.Share && Units.IsPercent(c.Unit) && c.SubjectKey.Length > 0 && c.Direction == ChangeDirection.None)
            .GroupBy(c => (sentences.IndexOf(c.Span.Start), c.SubjectKey));
        var found = new List<Finding>();
        foreach (var group in groups)
        {
            var shares = group.ToList();
            if (group.Key.Item1 < 0 || shares.Count < 2 || shares.Skip(1).Any(s => !Times.SameTime(s, shares[0])))
            {
                continue;
            }

            if (Arithmetic.OrNull(() => SumAbove100(context, shares)) is Finding finding)
            {
                found.Add(finding);
            }
        }

        return found;
    }

    private Finding? SumAbove100(CheckContext context, List<Claim> shares)
    {
        var least = shares.Sum(s => s.Low);
        if (least <= 100m + _options.SumTolerance)
        {
            return null;
        }

        var figures = shares.Select(s => Figure.FromClaim(s, context.Mentions)).ToList();
        var inputs = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var k = 0; k < figures.Count; k++)
        {
            inputs["share" + (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)] = figures[k].Value;
        }

        var subject = shares[0].Subject.Length > 0 ? shares[0].Subject : shares[0].SubjectKey;
        return new Finding(
            RuleIds.PartTotal,
            _options.SumSeverity,
            $"The shares of the {subject} ({string.Join(", ", figures.Select(f => f.Text.Trim()))}) add up to {Formatting.Number(shares.Sum(s => s.Value), 2)}%, more than the whole.",
            shares.Select(s => s.Id).ToArray(),
            figures.Select(f => f.Span).ToArray(),
            new Computation("sum of shares <= 100", inputs, shares.Sum(s => s.Value), _options.SumTolerance),
            "check the shares, or say that the groups overlap");
    }

    private static (Mention Mention, int Index)? StatedShare(IReadOnlyList<Mention> mentions, int part, int whole)
    {
        // "300 of the 1,200 jobs (25%)", "300 of its 1,200 staff, or 25%".
        if (whole + 1 < mentions.Count && mentions[whole + 1].Kind == MentionKind.Percentage
            && mentions[whole].Span.End <= mentions[whole + 1].Span.Start
            && mentions[whole].Cues.HasFlag(FigureCues.ShareFollows))
        {
            return (mentions[whole + 1], whole + 1);
        }

        // "25% (300 of the 1,200 jobs)".
        if (part > 0 && mentions[part - 1].Kind == MentionKind.Percentage && mentions[part - 1].Span.End <= mentions[part].Span.Start
            && mentions[part - 1].Cues.HasFlag(FigureCues.PartFollowsInBrackets))
        {
            return (mentions[part - 1], part - 1);
        }

        return null;
    }

    private static bool IsAmount(Mention mention) => mention.Kind is MentionKind.Number or MentionKind.Money;

    private static string[] ClaimsAt(CheckContext context, params TextSpan[] spans) =>
        context.ClaimLocator.Ids(spans.SelectMany(context.ClaimLocator.AtWords));
}
