using FactCheck.Text;

namespace FactCheck.Evaluation;

/// <summary>
/// One error planted in a real article: the rule that should report it, the edited text and where the edit is. The kind
/// names the sort of error in the table (the rule, unless several kinds share one); a correction is a second document
/// checked together with the article.
/// </summary>
internal sealed record SeededError(string Article, string Rule, string Description, string Text, TextSpan Gold)
{
    /// <summary>The row of the table this error is counted in.</summary>
    public string Kind { get; init; } = Rule;

    /// <summary>Whether <see cref="Text"/> is a second document (a correction) to check together with the article.</summary>
    public bool Together { get; init; }
}
