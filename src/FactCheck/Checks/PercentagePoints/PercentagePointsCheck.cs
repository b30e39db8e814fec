using FactCheck.Checks.Internal;
using FactCheck.Reports;

namespace FactCheck.Checks.PercentagePoints;

/// <summary>The <c>percentage-points</c> rule. See <see cref="PercentagePointsOptions"/>.</summary>
internal sealed class PercentagePointsCheck : IBuiltInRule
{
    private readonly PercentagePointsOptions _options;

    public PercentagePointsCheck(PercentagePointsOptions options) => _options = options;

    public string RuleId => RuleIds.PercentagePoints;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var statement in context.ChangeStatements)
        {
            if (Arithmetic.OrNull(() => Judge(statement)) is Finding finding)
            {
                yield return finding;
            }
        }
    }

    private Finding? Judge(ChangeStatement statement)
    {
        if (statement.Form != ChangeForm.Percent || !statement.BetweenPercentages)
        {
            return null;
        }

        var evaluation = ChangeEvaluation.Evaluate(statement, _options.Tolerance, 0m, 0m);
        if (evaluation is { Agrees: true })
        {
            // "18%, up 0.5% from 17.5%": the rounding of "18%" lets 0.5% pass as percent, but as written the change is the
            // difference in points exactly, and in percent it is 2.9%.
            evaluation = ChangeEvaluation.Evaluate(statement.AsWritten(), _options.Tolerance, 0m, 0m);
        }

        if (evaluation is null || evaluation.Agrees || !evaluation.AgreesAsPoints)
        {
            return null;
        }

        var points = Formatting.Number(Math.Abs(evaluation.PointsNominal), 2);
        var percent = Formatting.Number(Math.Abs(evaluation.ActualNominal), 1);
        var way = evaluation.PointsNominal < 0m ? "fall" : "rise";
        return new Finding(
            RuleIds.PercentagePoints,
            _options.Severity,
            $"{Formatting.Quote(statement.Stated.Text)} describes the change {statement.FromToText} in percent, but it is a {way} of {points} percentage points; in percent it is {percent}%.",
            statement.ClaimIds,
            statement.Spans,
            new Computation(
                "to - from (points); (to - from) / from * 100 (percent)",
                new Dictionary<string, decimal>(StringComparer.Ordinal)
                {
                    ["from"] = statement.From.Value,
                    ["to"] = statement.To.Value,
                    ["stated"] = statement.Stated.Value,
                    ["points"] = evaluation.PointsNominal,
                },
                Math.Round(evaluation.ActualNominal, 4),
                Math.Round(evaluation.Tolerance, 4)),
            $"should read {points} percentage points, or {percent}%");
    }
}
