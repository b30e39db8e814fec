using FactCheck.Checks;

namespace FactCheck.Reports.Rendering;

/// <summary>One-line descriptions of the built-in rules, written as rule metadata in SARIF.</summary>
internal static class BuiltInRuleDescriptions
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [RuleIds.ChangeArithmetic] = "From, to, change and ratio of one change must agree: \"rose 20% to £5bn from £4bn\" is a 25% rise.",
        [RuleIds.PercentagePoints] = "A change between two percentages stated in percent where percentage points were meant.",
        [RuleIds.Restatement] = "The same measure of the same subject for the same time, stated twice with values that cannot both hold.",
        [RuleIds.DateOrder] = "Dates in the wrong order: a period ending before it starts, \"days after\" contradicted, an event dated after publication.",
        [RuleIds.Weekday] = "A weekday that does not match its date.",
        [RuleIds.PartTotal] = "Parts and their whole that do not add up.",
        [RuleIds.Plausibility] = "Values that cannot be: a share above 100%, a negative count, a change of more than 100 percentage points.",
        [RuleIds.Reference] = "Claims checked against trusted reference facts.",
        [RuleIds.CrossDocument] = "Restatements that conflict between documents checked together.",
        [RuleIds.CheckFailed] = "A check that threw; the other checks still ran.",
    };
}
