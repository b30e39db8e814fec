using System.Reflection;
using FactCheck.Reports;
using FactCheck.Checks.ChangeArithmetic;
using FactCheck.Checks.DateOrder;
using FactCheck.Checks.PartTotal;
using FactCheck.Checks.PercentagePoints;
using FactCheck.Checks.Plausibility;
using FactCheck.Checks.Reference;
using FactCheck.Checks.Restatement;
using FactCheck.Checks.Weekday;
using FactCheck.Reference;

namespace FactCheck.Cli;

/// <summary>
/// The rules a configuration file can name, each with its options class (whose public properties are the rule's
/// settings, written in camelCase) and the builder method that adds it.
/// </summary>
internal static class ConfiguredRules
{
    /// <summary>The built-in rules in the order the builder adds them; <c>reference</c> runs only with facts.</summary>
    public static readonly IReadOnlyList<RuleEntry> All =
    [
        Entry<ChangeArithmeticOptions>(RuleIds.ChangeArithmetic, (b, c) => b.AddChangeArithmeticCheck(c)),
        Entry<PercentagePointsOptions>(RuleIds.PercentagePoints, (b, c) => b.AddPercentagePointsCheck(c)),
        Entry<RestatementOptions>(RuleIds.Restatement, (b, c) => b.AddRestatementCheck(c)),
        Entry<DateOrderOptions>(RuleIds.DateOrder, (b, c) => b.AddDateOrderCheck(c)),
        Entry<WeekdayOptions>(RuleIds.Weekday, (b, c) => b.AddWeekdayCheck(c)),
        Entry<PartTotalOptions>(RuleIds.PartTotal, (b, c) => b.AddPartTotalCheck(c)),
        Entry<PlausibilityOptions>(RuleIds.Plausibility, (b, c) => b.AddPlausibilityCheck(c)),
        Entry<ReferenceCheckOptions>(RuleIds.Reference, (b, c) => b.AddReferenceCheck(new ReferenceFacts([]), c)),
    ];

    public static RuleEntry? Find(string ruleId) => All.FirstOrDefault(r => r.RuleId == ruleId);

    /// <summary>
    /// Adds the built-in rules as configured: a rule turned off is left out, the others get their settings. The
    /// reference check is added only with facts.
    /// </summary>
    public static void AddChecks(FactCheckerBuilder builder, IReadOnlyDictionary<string, RuleSetting> settings, ReferenceFacts? facts)
    {
        builder.ClearChecks();
        foreach (var rule in All)
        {
            var setting = settings.GetValueOrDefault(rule.RuleId);
            if (setting is { Enabled: false })
            {
                continue;
            }

            Action<object> configure = options => setting?.Apply(options);
            if (rule.RuleId == RuleIds.Reference)
            {
                if (facts is not null)
                {
                    builder.AddReferenceCheck(facts, options => configure(options));
                }

                continue;
            }

            rule.Add(builder, configure);
        }
    }

    private static RuleEntry Entry<TOptions>(string ruleId, Func<FactCheckerBuilder, Action<TOptions>, FactCheckerBuilder> add)
        where TOptions : class
    {
        var properties = typeof(TOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.SetMethod!.IsPublic)
            .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], StringComparer.Ordinal);
        return new RuleEntry(ruleId, typeof(TOptions), properties, (builder, configure) => add(builder, options => configure(options)));
    }
}

/// <summary>A rule a configuration can set: its id, options type, settable options by JSON name, and how to add it.</summary>
internal sealed record RuleEntry(
    string RuleId,
    Type OptionsType,
    IReadOnlyDictionary<string, PropertyInfo> Options,
    Action<FactCheckerBuilder, Action<object>> Add);

/// <summary>What a configuration says about one rule: whether it runs, and the option values it sets.</summary>
internal sealed class RuleSetting
{
    private readonly List<(PropertyInfo Property, object Value)> _values = [];

    public bool Enabled { get; set; } = true;

    public void Set(PropertyInfo property, object value) => _values.Add((property, value));

    public void Apply(object options)
    {
        foreach (var (property, value) in _values)
        {
            property.SetValue(options, value);
        }
    }
}
