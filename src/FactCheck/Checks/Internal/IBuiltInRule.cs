namespace FactCheck.Checks.Internal;

/// <summary>A built-in rule: adding it again to a builder replaces the earlier instance instead of running it twice.</summary>
internal interface IBuiltInRule : IFactCheckRule
{
    /// <summary>The rule id, one of <see cref="RuleIds"/>.</summary>
    string RuleId { get; }
}
