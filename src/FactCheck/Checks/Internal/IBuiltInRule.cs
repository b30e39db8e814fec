namespace FactCheck.Checks.Internal;

/// <summary>A built-in rule: its description is the one FactCheck keeps for its id.</summary>
internal interface IBuiltInRule : IFactCheckRule
{
    string IFactCheckRule.Description => BuiltInRuleDescriptions.All[RuleId];
}
