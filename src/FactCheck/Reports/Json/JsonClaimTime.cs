namespace FactCheck.Reports.Json;

/// <summary>The time of a claim in the JSON document (<see cref="JsonClaim.Time"/>, <see cref="JsonClaim.PreviousTime"/>, <see cref="JsonClaim.EffectiveDate"/>).</summary>
public sealed class JsonClaimTime
{
    /// <summary>The words the time was read from, or a description of where it came from.</summary>
    public required string Text { get; init; }

    /// <summary>Where the words start, when they are in the text.</summary>
    public int? Start { get; init; }

    /// <summary>Where the words end (exclusive), when they are in the text.</summary>
    public int? End { get; init; }

    /// <summary>The first day of the period (yyyy-MM-dd), when resolved.</summary>
    public string? ResolvedStart { get; init; }

    /// <summary>The last day of the period (yyyy-MM-dd), when resolved.</summary>
    public string? ResolvedEnd { get; init; }

    /// <summary>The grain of the period (<c>day</c>, <c>month</c>, <c>year</c>, …).</summary>
    public string? Grain { get; init; }

    /// <summary>Whether the time is the publication date.</summary>
    public bool FromPublicationDate { get; init; }

    /// <summary>How the time was found: <c>named</c>, <c>context</c>, <c>derived</c>, <c>publicationDate</c> or <c>sourceDate</c>.</summary>
    public required string Basis { get; init; }
}
