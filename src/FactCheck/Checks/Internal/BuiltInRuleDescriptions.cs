using FactCheck.Reports;

namespace FactCheck.Checks.Internal;

/// <summary>One-line descriptions of the built-in rules and of FactCheck's own findings, written as rule metadata in SARIF.</summary>
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
        [RuleIds.ClaimsFailed] = "A sentence whose claims could not be built; the claims of the other sentences were kept and checked.",
        [RuleIds.InputTooLarge] = "A document longer than the limit; it was not read.",
        [RuleIds.TimeLimit] = "A document stopped by the time limit; the report holds what was done before.",
        [RuleIds.InternalError] = "A stage of FactCheck that failed on the document; the report holds what was done before.",
        [RuleIds.RecognitionTimeout] = "A sentence that could not be read in time; the other sentences were read.",
        [RuleIds.CultureUnsupported] = "A document in a culture FactCheck cannot read yet; it was read as English.",
        [RuleIds.NumberWordsUnread] = "A run of number words too long to be one number; it was not read.",
    };
}
