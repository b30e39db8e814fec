namespace FactCheck.Reports.Json;

/// <summary>A finding of the JSON document (<see cref="JsonReport.Findings"/>).</summary>
public sealed class JsonFinding
{
    /// <summary>The rule that raised it (<c>change-arithmetic</c>).</summary>
    public required string RuleId { get; init; }

    /// <summary>The severity: <c>info</c>, <c>warning</c> or <c>error</c>.</summary>
    public required string Severity { get; init; }

    /// <summary>The message, written in the invariant culture.</summary>
    public required string Message { get; init; }

    /// <summary>The ids of the claims involved (<see cref="JsonClaim.Id"/>).</summary>
    public required IReadOnlyList<string> Claims { get; init; }

    /// <summary>The places in the text involved.</summary>
    public required IReadOnlyList<JsonSpan> Spans { get; init; }

    /// <summary>The arithmetic behind the finding, when there is some.</summary>
    public JsonComputation? Computation { get; init; }

    /// <summary>The suggested correction, when one follows.</summary>
    public string? Suggestion { get; init; }

    /// <summary>For a cross-document finding: the document it is set against.</summary>
    public string? OtherDocument { get; init; }
}
