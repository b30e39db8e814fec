using System.Text.Json.Serialization;

namespace FactCheck.Reports.Json;

/// <summary>
/// The JSON document of one checked document: what <see cref="Rendering.JsonReportRenderer"/> writes and what a
/// consumer reads back with <see cref="FactCheckJsonContext"/>. Its JSON Schema is <see cref="SchemaUri"/>.
/// </summary>
/// <remarks>
/// Property names are camelCase; optional properties are left out when they have no value, except
/// <see cref="Published"/>, which is always written (<see langword="null"/> when unknown). Within one major
/// <see cref="SchemaVersion"/> properties are only ever added, so a reader should ignore the ones it does not know
/// (<see cref="System.Text.Json.JsonSerializer"/> does by default).
/// </remarks>
public sealed class JsonReport
{
    /// <summary>The version of the document's shape written by this library: <c>1.1</c> (1.1 added the document of several documents checked together, <see cref="JsonCrossDocumentReport"/>).</summary>
    /// <remarks>The minor number grows when properties or documents are added; the major number when one changes meaning or goes away.</remarks>
    public const string CurrentSchemaVersion = "1.1";

    /// <summary>Where the JSON Schema of the document is published.</summary>
    public const string SchemaUri = "https://github.com/factcheck-dotnet/factcheck/blob/main/docs/factcheck-report.schema.json";

    /// <summary>The address of the document's JSON Schema (<see cref="SchemaUri"/> when written by this library).</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>The version of the document's shape (<see cref="CurrentSchemaVersion"/> when written by this library).</summary>
    public string? SchemaVersion { get; init; }

    /// <summary>The version of FactCheck that wrote the document (the library's, or the one the renderer was given).</summary>
    public string? ToolVersion { get; init; }

    /// <summary>Where the text came from: a file path, a URL or a name (<see cref="Document.Source"/>).</summary>
    public required string Source { get; init; }

    /// <summary>The publication date (yyyy-MM-dd), or <see langword="null"/> when unknown.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Published { get; init; }

    /// <summary>The name of the culture the text was read in (<c>en-US</c>).</summary>
    public string? Culture { get; init; }

    /// <summary>The most serious severity among the findings (<c>info</c>, <c>warning</c>, <c>error</c>), or <see langword="null"/> when there are none.</summary>
    public string? HighestSeverity { get; init; }

    /// <summary>Every figure and date read, in text order; claims refer to them by index.</summary>
    public required IReadOnlyList<JsonMention> Mentions { get; init; }

    /// <summary>The claims, in text order.</summary>
    public required IReadOnlyList<JsonClaim> Claims { get; init; }

    /// <summary>The findings, most serious first.</summary>
    public required IReadOnlyList<JsonFinding> Findings { get; init; }

    /// <summary>Maps a report onto its JSON document, with the library's version as <see cref="ToolVersion"/>.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The document; every string in it is well-formed UTF-16.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static JsonReport From(FactCheckReport report) => Rendering.JsonReportMapper.Map(report, toolVersion: null);
}
