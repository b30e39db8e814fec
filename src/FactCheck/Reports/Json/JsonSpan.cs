namespace FactCheck.Reports.Json;

/// <summary>A place in the text of the JSON document, with the text there.</summary>
public sealed class JsonSpan
{
    /// <summary>Where the span starts, in UTF-16 code units.</summary>
    public int Start { get; init; }

    /// <summary>Where the span ends (exclusive), in UTF-16 code units.</summary>
    public int End { get; init; }

    /// <summary>The text of the span.</summary>
    public required string Text { get; init; }
}
