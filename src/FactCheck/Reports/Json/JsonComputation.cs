namespace FactCheck.Reports.Json;

/// <summary>The arithmetic behind a finding of the JSON document (<see cref="JsonFinding.Computation"/>).</summary>
public sealed class JsonComputation
{
    /// <summary>The formula, in words and symbols.</summary>
    public required string Formula { get; init; }

    /// <summary>The named inputs of the formula.</summary>
    public required IReadOnlyDictionary<string, decimal> Inputs { get; init; }

    /// <summary>What the formula gives, when it gives a number.</summary>
    public decimal? Result { get; init; }

    /// <summary>How far the stated value may be from the result and still agree.</summary>
    public decimal? Tolerance { get; init; }
}
