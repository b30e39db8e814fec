using FactCheck.Checks.Internal;
using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Reports;

namespace FactCheck.Checks.ChangeArithmetic;

/// <summary>The <c>change-arithmetic</c> rule. See <see cref="ChangeArithmeticOptions"/>.</summary>
internal sealed class ChangeArithmeticCheck : IBuiltInRule
{
    private readonly ChangeArithmeticOptions _options;

    public ChangeArithmeticCheck(ChangeArithmeticOptions options) => _options = options;

    public string RuleId => RuleIds.ChangeArithmetic;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = new List<Finding>();
        foreach (var claim in context.Claims)
        {
            if (Arithmetic.OrNull((Check: this, claim, context), static s => s.Check.DirectionFinding(s.claim, s.context)) is Finding wrongWay)
            {
                findings.Add(wrongWay);
            }

            if (Arithmetic.OrNull((Check: this, claim), static s => s.Check.StackFinding(s.claim)) is Finding wrongTotal)
            {
                findings.Add(wrongTotal);
            }
        }

        foreach (var statement in context.ChangeStatements)
        {
            if (Arithmetic.OrNull((Check: this, statement, context), static s => s.Check.Judge(s.statement, s.context)) is Finding finding)
            {
                findings.Add(finding);
            }
        }

        return findings;
    }

    private Finding? Judge(ChangeStatement statement, CheckContext context)
    {
        var evaluation = ChangeEvaluation.Evaluate(statement, _options.PercentTolerance, _options.RatioTolerance, _options.WordRatioTolerance);
        if (evaluation is null || evaluation.AgreesAsPoints)
        {
            // A percent change between two percentages that is right in points belongs to the percentage-points rule.
            return null;
        }

        if (!evaluation.Agrees)
        {
            return Describe(evaluation, TimesMore(context, statement), rounding: false);
        }

        // The figures agree only somewhere inside their rounding: "rose 20% to £5bn from £4bn" holds for 4.2 and 5.04,
        // but as written it is 25%. Reading round figures at the far ends of their rounding is an unusual reading.
        if (_options.ReportRoundingConflicts && (statement.From.Range != statement.From.Written || statement.To.Range != statement.To.Written))
        {
            var written = ChangeEvaluation.Evaluate(statement.AsWritten(), _options.PercentTolerance, _options.RatioTolerance, _options.WordRatioTolerance);
            if (written is not null && !written.Agrees && !written.AgreesAsPoints && !(TimesMore(context, statement) && written.AgreesAsTimesMore)
                && FarOff(written, _options.RoundingConflictMinimumDifference))
            {
                return Describe(written, timesMore: false, rounding: true);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the stated change is off from the change as written by more than <paramref name="fraction"/> of itself.
    /// Reporters compute changes from unrounded figures ("76%" for $639m to $1.13bn, which is 76.8% as written), so small
    /// differences are rounding, not errors.
    /// </summary>
    private static bool FarOff(ChangeEvaluation written, decimal fraction)
    {
        var stated = written.Stated.Mid;
        return Math.Abs(written.ActualNominal - stated) > fraction * Math.Abs(stated);
    }

    /// <summary>Whether the ratio is written "N times higher/more/larger", which some writers use for N + 1 times.</summary>
    private static bool TimesMore(CheckContext context, ChangeStatement statement) =>
        statement.Stated.MentionIndex is int index && context.Mentions[index].Cues.HasFlag(FigureCues.TimesMore);

    private Finding Describe(ChangeEvaluation evaluation, bool timesMore, bool rounding)
    {
        var s = evaluation.Statement;
        var stated = Formatting.Quote(s.Stated.Text);
        var inputs = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["from"] = s.From.Value,
            ["to"] = s.To.Value,
            ["stated"] = s.Stated.Value,
        };
        string formula, suggestion;
        FindingMessage message;
        var severity = _options.Severity;
        switch (s.Form)
        {
            case ChangeForm.Percent when s.BetweenPercentages:
            {
                var points = Formatting.Number(Math.Abs(evaluation.PointsNominal), 2);
                var percent = Formatting.Number(Math.Abs(evaluation.ActualNominal), 1);
                formula = "(to - from) / from * 100";
                message = FindingMessage.Of($"{stated} does not fit the change {s.FromToText}: that is {Way(evaluation.ActualNominal)} of {points} percentage points, or {percent}% in relative terms.");
                suggestion = $"should read {points} percentage points, or {percent}%";
                break;
            }

            case ChangeForm.Percent:
            {
                var percent = Formatting.Suggested(Math.Abs(evaluation.ActualNominal), s.Stated.Decimals, Math.Abs(s.Stated.Value));
                formula = "(to - from) / from * 100";
                message = FindingMessage.Of($"{stated} does not fit the change {s.FromToText}: that is {Way(evaluation.ActualNominal)} of {percent}%.");
                suggestion = $"should read {percent}%";
                break;
            }

            case ChangeForm.Points:
            {
                var points = Formatting.Suggested(Math.Abs(evaluation.ActualNominal), s.Stated.Decimals, Math.Abs(s.Stated.Value));
                formula = "to - from";
                message = FindingMessage.Of($"{stated} does not fit the change {s.FromToText}: that is {Way(evaluation.ActualNominal)} of {points} percentage points.");
                suggestion = $"should read {points} percentage points";
                break;
            }

            case ChangeForm.Ratio:
            {
                var ratio = Formatting.Number(evaluation.ActualNominal, 2);
                formula = "to / from";
                if (timesMore && evaluation.AgreesAsTimesMore)
                {
                    severity = _options.UnusualReadingSeverity;
                    message = FindingMessage.Of($"{stated} fits the change {s.FromToText} only if read as {Formatting.Number(s.Stated.Value + 1m, 2)} times the earlier value: the new value is {ratio} times the old.");
                    suggestion = $"should read {ratio} times the earlier value";
                }
                else
                {
                    message = FindingMessage.Of($"{stated} does not fit the change {s.FromToText}: the new value is {ratio} times the old{RatioWords(evaluation.ActualNominal)}.");
                    suggestion = $"should read {ratio} times";
                }

                break;
            }

            default:
            {
                var difference = Formatting.WithUnit(Math.Abs(evaluation.ActualNominal), s.To.Unit, 2);
                formula = "to - from";
                message = FindingMessage.Of($"{stated} does not fit the change {s.FromToText}: that is {Way(evaluation.ActualNominal)} of {difference}.");
                suggestion = $"should read {difference}";
                break;
            }
        }

        if (rounding)
        {
            severity = _options.UnusualReadingSeverity;
            message = FindingMessage.Of($"{message} The figures agree only if {s.From.Text.Trim()} and {s.To.Text.Trim()} are rounded from values near the far ends of their rounding.");
        }

        return new Finding(
            RuleIds.ChangeArithmetic,
            severity,
            message,
            s.ClaimIds,
            s.Spans,
            new Computation(formula, inputs, Math.Round(evaluation.ActualNominal, 4), Math.Round(evaluation.Tolerance, 4)),
            suggestion);
    }

    private Finding? DirectionFinding(Claim claim, CheckContext context)
    {
        if (claim.Kind != ClaimKind.FromTo || claim.PreviousValue is not decimal previous || claim.Direction == ChangeDirection.None
            || claim.Cues.HasFlag(ClaimCues.CrossesZero))
        {
            return null;
        }

        var to = Figure.FromClaim(claim, context.Mentions);
        var fromMention = claim.MentionIndices.FirstOrDefault(i => i >= 0 && i < context.Mentions.Count
            && context.Mentions[i].Value == previous && i != to.MentionIndex, -1);
        var from = fromMention >= 0
            ? Figure.FromMention(context.Mentions[fromMention], fromMention)
            : new Figure(previous, Interval.Exact(previous), claim.Unit, claim.Span, claim.Text, 0, null);
        var wrong = claim.Direction == ChangeDirection.Up ? to.Range.High < from.Range.Low : to.Range.Low > from.Range.High;
        if (!wrong)
        {
            return null;
        }

        var said = claim.Direction == ChangeDirection.Up ? "a rise" : "a fall";
        var actual = claim.Direction == ChangeDirection.Up ? "fell" : "rose";
        return new Finding(
            RuleIds.ChangeArithmetic,
            _options.Severity,
            $"{Formatting.Quote(claim.Text)} describes {said}, but the value {actual} from {from.Text.Trim()} to {to.Text.Trim()}.",
            [claim.Id],
            new[] { from.Span, to.Span }.Distinct().OrderBy(s => s.Start).ToArray(),
            new Computation("to - from", new Dictionary<string, decimal>(StringComparer.Ordinal) { ["from"] = from.Value, ["to"] = to.Value }, to.Value - from.Value, 0m),
            claim.Direction == ChangeDirection.Up ? "describe it as a fall" : "describe it as a rise");
    }

    /// <summary>
    /// A stack of tariff rates whose total does not add up: "an additional 10% on top of the existing 25% duty, bringing
    /// the total to 30%" (25% and 10% make 35%). Each rate stands for its interval; the tolerance is the percent one.
    /// </summary>
    private Finding? StackFinding(Claim claim)
    {
        if (claim.Tariff is not { ExistingRate: { } existing, AdditionalRate: { } additional, TotalRate: { } total })
        {
            return null;
        }

        var sum = new Interval(existing.Low + additional.Low, existing.High + additional.High);
        if (sum.Overlaps(new Interval(total.Low, total.High), _options.PercentTolerance))
        {
            return null;
        }

        var computed = existing.Value + additional.Value;
        var decimals = Math.Max(Decimals(existing.Text), Decimals(additional.Text));
        var shown = Formatting.Suggested(computed, decimals, total.Value) with { Suffix = "%" };
        return new Finding(
            RuleIds.ChangeArithmetic,
            _options.Severity,
            FindingMessage.Of($"{Formatting.Quote(total.Text)} is not the total of the existing {existing.Text.Trim()} and the additional {additional.Text.Trim()}: together they make {shown}."),
            [claim.Id],
            new[] { existing.Span, additional.Span, total.Span }.Distinct().OrderBy(s => s.Start).ToArray(),
            new Computation(
                "existing + additional",
                new Dictionary<string, decimal>(StringComparer.Ordinal)
                {
                    ["existing"] = existing.Value,
                    ["additional"] = additional.Value,
                    ["stated"] = total.Value,
                },
                computed,
                Math.Round(((sum.High - sum.Low) / 2m) + ((total.High - total.Low) / 2m) + _options.PercentTolerance, 4)),
            $"should read {shown}");
    }

    // The decimal places a figure is written with ("25.5%" has one).
    private static int Decimals(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.Skip(dot + 1).TakeWhile(char.IsDigit).Count();
    }

    private static string Way(decimal change) => change < 0m ? "a fall" : "a rise";

    private static string RatioWords(decimal ratio) => ratio switch
    {
        >= 1.95m and <= 2.05m => " (it doubled)",
        >= 2.95m and <= 3.05m => " (it tripled)",
        >= 0.49m and <= 0.51m => " (it halved)",
        _ => string.Empty,
    };
}
