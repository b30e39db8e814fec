using FactCheck.Text;

namespace FactCheck.Reports;

/// <summary>
/// A result of a check, as data: which rule, how serious, what it says, which claims and spans it is about,
/// the arithmetic that produced it and the correction that follows from it.
/// </summary>
public sealed class Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="ruleId">The rule that produced it, such as <c>percentage-points</c>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">What it says, in plain English.</param>
    /// <param name="claimIds">The claims involved (may be empty for findings about the text itself).</param>
    /// <param name="spans">The places in the text involved.</param>
    /// <param name="computation">The arithmetic behind it, when there is some.</param>
    /// <param name="suggestion">A suggested correction, when one follows.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> or <paramref name="message"/> is empty.</exception>
    public Finding(
        string ruleId,
        Severity severity,
        string message,
        IReadOnlyList<string>? claimIds = null,
        IReadOnlyList<TextSpan>? spans = null,
        Computation? computation = null,
        string? suggestion = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        RuleId = ruleId;
        Severity = severity;
        Message = message;
        ClaimIds = claimIds?.ToArray() ?? [];
        Spans = spans?.ToArray() ?? [];
        Computation = computation;
        Suggestion = suggestion;
    }

    /// <summary>The rule that produced the finding, such as <c>percentage-points</c>.</summary>
    public string RuleId { get; }

    /// <summary>How serious it is.</summary>
    public Severity Severity { get; }

    /// <summary>What it says, in plain English.</summary>
    public string Message { get; }

    /// <summary>The ids of the claims involved.</summary>
    public IReadOnlyList<string> ClaimIds { get; }

    /// <summary>The places in the text involved.</summary>
    public IReadOnlyList<TextSpan> Spans { get; }

    /// <summary>The arithmetic behind the finding, when there is some.</summary>
    public Computation? Computation { get; }

    /// <summary>A suggested correction, when one follows.</summary>
    public string? Suggestion { get; }

    /// <summary>For findings across several documents, the source of the document this one is set against; otherwise <see langword="null"/>.</summary>
    public string? OtherDocument { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Severity} {RuleId}: {Message}";
}
