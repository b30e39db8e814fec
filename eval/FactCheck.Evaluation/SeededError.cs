using FactCheck.Text;

namespace FactCheck.Evaluation;

/// <summary>One error planted in a real article: the rule that should report it, the edited text and where the edit is.</summary>
internal sealed record SeededError(string Article, string Rule, string Description, string Text, TextSpan Gold);
