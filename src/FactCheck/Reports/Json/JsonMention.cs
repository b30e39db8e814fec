namespace FactCheck.Reports.Json;

/// <summary>A figure or date of the JSON document (<see cref="JsonReport.Mentions"/>).</summary>
public sealed class JsonMention
{
    /// <summary>The kind: <c>percentage</c>, <c>percentagePoints</c>, <c>money</c>, <c>number</c>, <c>multiplier</c> or <c>date</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The text as written.</summary>
    public required string Text { get; init; }

    /// <summary>Where the text starts, in UTF-16 code units.</summary>
    public int Start { get; init; }

    /// <summary>Where the text ends (exclusive), in UTF-16 code units.</summary>
    public int End { get; init; }

    /// <summary>The normalized value (29 for "29%", 7000000000 for "$7 billion").</summary>
    public decimal Value { get; init; }

    /// <summary>The unit: <c>%</c>, <c>pp</c>, <c>x</c>, an ISO 4217 code, or empty for counts.</summary>
    public required string Unit { get; init; }

    /// <summary>The lowest value the text allows (its hedge and the precision shown).</summary>
    public decimal Low { get; init; }

    /// <summary>The highest value the text allows.</summary>
    public decimal High { get; init; }

    /// <summary>The hedge ("about", "more than"), or <see langword="null"/> for none.</summary>
    public string? Qualifier { get; init; }

    /// <summary>The number of decimals shown.</summary>
    public int Decimals { get; init; }

    /// <summary>For dates: the first day of the period (yyyy-MM-dd), when resolved.</summary>
    public string? ResolvedStart { get; init; }

    /// <summary>For dates: the last day of the period (yyyy-MM-dd), when resolved.</summary>
    public string? ResolvedEnd { get; init; }

    /// <summary>For dates: the grain (<c>day</c>, <c>month</c>, <c>year</c>, <c>range</c>, …).</summary>
    public string? Grain { get; init; }

    /// <summary>For dates: the TIMEX expression.</summary>
    public string? Timex { get; init; }

    /// <summary>For dates: why the date could not be resolved, when it could not.</summary>
    public string? UnresolvedReason { get; init; }
}
