using System.Globalization;
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
    /// <param name="message">
    /// What it says, in plain English: a template and the values it names, written in the culture of the report; a
    /// string converts to a message of fixed text.
    /// </param>
    /// <param name="claimIds">The claims involved (may be empty for findings about the text itself).</param>
    /// <param name="spans">The places in the text involved.</param>
    /// <param name="computation">The arithmetic behind it, when there is some.</param>
    /// <param name="suggestion">A suggested correction, when one follows.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is <see langword="null"/>.</exception>
    public Finding(
        string ruleId,
        Severity severity,
        FindingMessage message,
        IReadOnlyList<string>? claimIds = null,
        IReadOnlyList<TextSpan>? spans = null,
        Computation? computation = null,
        string? suggestion = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentNullException.ThrowIfNull(message);
        RuleId = ruleId;
        Severity = severity;
        MessageTemplate = message;
        Message = message.ToString(CultureInfo.InvariantCulture);
        ClaimIds = claimIds?.ToArray() ?? [];
        Spans = spans?.ToArray() ?? [];
        Computation = computation;
        Suggestion = suggestion;
    }

    /// <summary>The rule that produced the finding, such as <c>percentage-points</c>.</summary>
    public string RuleId { get; }

    /// <summary>How serious it is.</summary>
    public Severity Severity { get; }

    // The built-in rules write $"..." messages; this keeps their numbers as arguments.
    internal Finding(
        string ruleId,
        Severity severity,
        FindingMessageHandler message,
        IReadOnlyList<string>? claimIds = null,
        IReadOnlyList<TextSpan>? spans = null,
        Computation? computation = null,
        string? suggestion = null)
        : this(ruleId, severity, message.ToMessage(), claimIds, spans, computation, suggestion)
    {
    }

    /// <summary>What it says, in plain English, its values written in the invariant culture (see <see cref="RenderMessage"/>).</summary>
    public string Message { get; }

    /// <summary>What it says, as a template and the values it names.</summary>
    public FindingMessage MessageTemplate { get; }

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

    /// <summary>Writes the message with its values formatted by <paramref name="formatProvider"/>, as a report in that culture shows it.</summary>
    /// <param name="formatProvider">How to write numbers; <see langword="null"/> for the invariant culture.</param>
    public string RenderMessage(IFormatProvider? formatProvider) => MessageTemplate.ToString(formatProvider);

    /// <inheritdoc />
    public override string ToString() => $"{Severity} {RuleId}: {Message}";
}
