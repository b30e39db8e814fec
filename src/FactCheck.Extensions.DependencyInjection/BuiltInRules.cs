using FactCheck.Reference;
using FactCheck.Reports;
using Microsoft.Extensions.Configuration;

namespace FactCheck.Extensions.DependencyInjection;

/// <summary>
/// The built-in rules a configuration names by rule id, in the order the builder adds them, each with the builder
/// method that adds it; the section of a rule is bound onto its options class.
/// </summary>
internal static class BuiltInRules
{
    private static readonly (string RuleId, Action<FactCheckerBuilder, IConfiguration> Add)[] Rules =
    [
        (RuleIds.ChangeArithmetic, (b, c) => b.AddChangeArithmeticCheck(c.Bind)),
        (RuleIds.PercentagePoints, (b, c) => b.AddPercentagePointsCheck(c.Bind)),
        (RuleIds.Restatement, (b, c) => b.AddRestatementCheck(c.Bind)),
        (RuleIds.DateOrder, (b, c) => b.AddDateOrderCheck(c.Bind)),
        (RuleIds.Weekday, (b, c) => b.AddWeekdayCheck(c.Bind)),
        (RuleIds.PartTotal, (b, c) => b.AddPartTotalCheck(c.Bind)),
        (RuleIds.Plausibility, (b, c) => b.AddPlausibilityCheck(c.Bind)),
    ];

    /// <summary>The rule ids a configuration may name.</summary>
    public static IEnumerable<string> Ids => Rules.Select(r => r.RuleId).Append(RuleIds.Reference);

    /// <summary>
    /// Replaces the builder's checks with the built-in rules as <paramref name="rules"/> configures them (a rule whose
    /// <c>Enabled</c> is false is left out), and the reference rule when there are facts.
    /// </summary>
    /// <exception cref="InvalidOperationException">The configuration names a rule that does not exist, or a value does not bind.</exception>
    public static void Add(FactCheckerBuilder builder, IConfiguration rules, ReferenceFacts? facts)
    {
        var unknown = rules.GetChildren().Select(c => c.Key).Where(k => !Ids.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"FactCheck configuration: unknown rule(s) {string.Join(", ", unknown.Select(u => $"'{u}'"))} under Rules; the rules are {string.Join(", ", Ids)}.");
        }

        builder.ClearChecks();
        foreach (var (ruleId, add) in Rules)
        {
            var section = rules.GetSection(ruleId);
            if (Enabled(section))
            {
                add(builder, section);
            }
        }

        var reference = rules.GetSection(RuleIds.Reference);
        if (facts is not null && Enabled(reference))
        {
            builder.AddReferenceCheck(facts, reference.Bind);
        }
    }

    private static bool Enabled(IConfigurationSection section) => section.GetValue("Enabled", defaultValue: true);
}
