namespace FactCheck.Reports;

/// <summary>The arithmetic behind a finding, so a reader can redo it.</summary>
public sealed class Computation
{
    /// <summary>Creates a computation.</summary>
    /// <param name="formula">The formula in words and symbols, such as <c>(to - from) / from * 100</c>.</param>
    /// <param name="inputs">The named inputs with their values.</param>
    /// <param name="result">The result of the formula, or <see langword="null"/> when the check compares without computing.</param>
    /// <param name="tolerance">The tolerance allowed before a conflict is raised, or <see langword="null"/> when none applies.</param>
    public Computation(string formula, IReadOnlyDictionary<string, decimal> inputs, decimal? result = null, decimal? tolerance = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(formula);
        ArgumentNullException.ThrowIfNull(inputs);
        Formula = formula;
        Inputs = new Dictionary<string, decimal>(inputs, StringComparer.Ordinal);
        Result = result;
        Tolerance = tolerance;
    }

    /// <summary>The formula, such as <c>(to - from) / from * 100</c>.</summary>
    public string Formula { get; }

    /// <summary>The named inputs with their values.</summary>
    public IReadOnlyDictionary<string, decimal> Inputs { get; }

    /// <summary>The result of the formula, when there is one.</summary>
    public decimal? Result { get; }

    /// <summary>The tolerance allowed before a conflict is raised, when one applies.</summary>
    public decimal? Tolerance { get; }
}
