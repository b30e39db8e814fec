namespace FactCheck.Reports.Json;

/// <summary>One document of a cross-document finding (<see cref="JsonCrossDocumentFinding.Document"/>, <see cref="JsonCrossDocumentFinding.OtherDocument"/>).</summary>
public sealed class JsonFindingDocument
{
    /// <summary>The document's place in <see cref="JsonCrossDocumentReport.Documents"/>, from 0.</summary>
    public int Index { get; init; }

    /// <summary>Where the document's text came from (<see cref="JsonReport.Source"/> of that document).</summary>
    public required string Source { get; init; }

    /// <summary>The ids of the document's claims involved (<see cref="JsonClaim.Id"/> in that document).</summary>
    public required IReadOnlyList<string> Claims { get; init; }

    /// <summary>The places in the document's text involved.</summary>
    public required IReadOnlyList<JsonSpan> Spans { get; init; }
}
