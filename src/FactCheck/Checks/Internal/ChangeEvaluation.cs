namespace FactCheck.Checks.Internal;

/// <summary>What the from and to values of a stated change actually give, and whether the statement agrees.</summary>
internal sealed class ChangeEvaluation
{
    private ChangeEvaluation(ChangeStatement statement, Interval actual, decimal actualNominal, Interval stated, bool agrees, decimal slack)
    {
        Statement = statement;
        Actual = actual;
        ActualNominal = actualNominal;
        Stated = stated;
        Agrees = agrees;
        Slack = slack;
    }

    public ChangeStatement Statement { get; }

    /// <summary>The change the from and to intervals allow, in the form stated (percent, points, ratio or units).</summary>
    public Interval Actual { get; }

    /// <summary>The change computed from the values as written.</summary>
    public decimal ActualNominal { get; }

    /// <summary>The stated change as an interval, signed (a fall is negative) except for ratios.</summary>
    public Interval Stated { get; }

    public bool Agrees { get; }

    public decimal Slack { get; }

    /// <summary>For a change between two percentages stated in percent: the difference in points the values allow.</summary>
    public Interval PointsActual => Statement.To.Range - Statement.From.Range;

    public decimal PointsNominal => Statement.To.Value - Statement.From.Value;

    /// <summary>Whether reading the stated percent as percentage points reconciles it with the values.</summary>
    public bool AgreesAsPoints => Statement.Form == ChangeForm.Percent && Statement.BetweenPercentages
        && PointsActual.Overlaps(Stated, Slack);

    /// <summary>The relative change in percent the values give (for the "or 190%" part of a suggestion).</summary>
    public decimal? PercentNominal => Statement.From.Value > 0m
        ? (Statement.To.Value - Statement.From.Value) / Statement.From.Value * 100m
        : null;

    /// <summary>Evaluates a statement, or returns <see langword="null"/> when the values cannot be compared (a zero or negative base).</summary>
    public static ChangeEvaluation? Evaluate(ChangeStatement statement, decimal percentSlack, decimal ratioSlack, decimal wordRatioSlack)
    {
        var from = statement.From.Range;
        var to = statement.To.Range;
        var stated = statement.Stated.Range;
        switch (statement.Form)
        {
            case ChangeForm.Percent:
            {
                if (!from.IsPositive || statement.From.Value <= 0m)
                {
                    return null;
                }

                var actual = Interval.PercentChange(from, to);
                var nominal = (statement.To.Value - statement.From.Value) / statement.From.Value * 100m;
                var signed = statement.SignedStated(stated, nominal);
                return new ChangeEvaluation(statement, actual, nominal, signed, actual.Overlaps(signed, percentSlack), percentSlack);
            }

            case ChangeForm.Points:
            case ChangeForm.Absolute:
            {
                var actual = to - from;
                var nominal = statement.To.Value - statement.From.Value;
                var signed = statement.SignedStated(stated, nominal);
                var slack = statement.Form == ChangeForm.Points ? percentSlack : 0m;
                return new ChangeEvaluation(statement, actual, nominal, signed, actual.Overlaps(signed, slack), slack);
            }

            case ChangeForm.Ratio:
            {
                if (!from.IsPositive || statement.From.Value <= 0m || stated.Low <= 0m)
                {
                    return null;
                }

                var actual = Interval.Ratio(to, from);
                var nominal = statement.To.Value / statement.From.Value;

                // "fell three-fold" divides by three.
                var ratio = statement.Direction == Claims.ChangeDirection.Down && stated.Low > 1m
                    ? new Interval(1m / stated.High, 1m / stated.Low)
                    : stated;
                var relative = statement.Stated.IsWord ? wordRatioSlack : ratioSlack;
                ratio = ratio.WidenRelative(relative);
                return new ChangeEvaluation(statement, actual, nominal, ratio, actual.Overlaps(ratio), 0m);
            }

            default:
                return null;
        }
    }

    /// <summary>Whether reading "N times higher" as N + 1 times reconciles a ratio with the values.</summary>
    public bool AgreesAsTimesMore => Statement.Form == ChangeForm.Ratio && Stated.Low >= 1m
        && Actual.Overlaps(new Interval(Stated.Low + 1m, Stated.High + 1m));

    /// <summary>The half-width of the intervals compared plus the slack: how far apart values may be before a conflict.</summary>
    public decimal Tolerance => ((Actual.High - Actual.Low) / 2m) + ((Stated.High - Stated.Low) / 2m) + Slack;
}
