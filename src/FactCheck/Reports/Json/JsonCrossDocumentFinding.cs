namespace FactCheck.Reports.Json;

/// <summary>A finding of <see cref="JsonCrossDocumentReport.Findings"/>: a claim of one document set against a claim of another.</summary>
public sealed class JsonCrossDocumentFinding
{
    /// <summary>The rule that raised it (<c>cross-document</c>).</summary>
    public required string RuleId { get; init; }

    /// <summary>The severity: <c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    public required string Severity { get; init; }

    /// <summary>The message, written in the invariant culture.</summary>
    public required string Message { get; init; }

    /// <summary>The document the finding is in: its claims and the places in its text.</summary>
    public required JsonFindingDocument Document { get; init; }

    /// <summary>The document it is set against: its claims and the places in its text.</summary>
    public required JsonFindingDocument OtherDocument { get; init; }

    /// <summary>The arithmetic behind the finding, when there is some.</summary>
    public JsonComputation? Computation { get; init; }

    /// <summary>The suggested correction, when one follows.</summary>
    public string? Suggestion { get; init; }
}
