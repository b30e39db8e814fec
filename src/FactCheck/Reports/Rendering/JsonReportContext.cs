using System.Text.Json.Serialization;

namespace FactCheck.Reports.Rendering;

/// <summary>Source-generated serialization for the JSON document shape (no reflection, trimming-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonReportModel.DocumentDto))]
[JsonSerializable(typeof(IReadOnlyList<JsonReportModel.DocumentDto>))]
internal sealed partial class JsonReportContext : JsonSerializerContext;
