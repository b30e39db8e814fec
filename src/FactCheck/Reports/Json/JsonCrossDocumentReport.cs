using System.Text.Json.Serialization;

namespace FactCheck.Reports.Json;

/// <summary>
/// The JSON document of several documents checked together (<see cref="CrossDocumentReport"/>): each document's own
/// report, and the findings that set one document against another. What <see cref="Rendering.JsonReportRenderer"/>
/// writes for a <see cref="CrossDocumentReport"/> and a consumer reads back with
/// <see cref="FactCheckJsonContext.JsonCrossDocumentReport"/>; its JSON Schema is <see cref="JsonReport.SchemaUri"/>, the
/// same as a single report's.
/// </summary>
/// <remarks>The versioning of <see cref="JsonReport"/> holds: within one major <see cref="SchemaVersion"/> properties are only added.</remarks>
public sealed class JsonCrossDocumentReport
{
    /// <summary>The address of the document's JSON Schema (<see cref="JsonReport.SchemaUri"/> when written by this library).</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>The version of the document's shape (<see cref="JsonReport.CurrentSchemaVersion"/> when written by this library).</summary>
    public string? SchemaVersion { get; init; }

    /// <summary>The version of FactCheck that wrote the document.</summary>
    public string? ToolVersion { get; init; }

    /// <summary>The most serious severity among all findings, per document and across documents, or <see langword="null"/> when there are none.</summary>
    public string? HighestSeverity { get; init; }

    /// <summary>One report per document, in the order the documents were given; a finding names a document by its place here.</summary>
    public required IReadOnlyList<JsonReport> Documents { get; init; }

    /// <summary>The findings that set one document against another, most serious first.</summary>
    public required IReadOnlyList<JsonCrossDocumentFinding> Findings { get; init; }

    /// <summary>Maps a result of checking documents together onto its JSON document, with the library's version as <see cref="ToolVersion"/>.</summary>
    /// <param name="report">The result.</param>
    /// <returns>The document; every string in it is well-formed UTF-16.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static JsonCrossDocumentReport From(CrossDocumentReport report) => Rendering.JsonReportMapper.Map(report, toolVersion: null);
}
