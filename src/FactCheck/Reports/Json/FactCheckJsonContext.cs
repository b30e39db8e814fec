using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

// The generator of .NET 10 writes the context's properties without nullable annotations and that of .NET 8 with
// them; the API file records them oblivious (~), which stands for both.
[assembly: SuppressMessage("ApiDesign", "RS0041:Public members should not use oblivious types", Scope = "type", Target = "~T:FactCheck.Reports.Json.FactCheckJsonContext")]
[assembly: SuppressMessage("ApiDesign", "RS0036:Annotate nullability of public types and members in the declared API", Scope = "type", Target = "~T:FactCheck.Reports.Json.FactCheckJsonContext")]

namespace FactCheck.Reports.Json;

/// <summary>
/// Source-generated System.Text.Json metadata for the report documents (no reflection; safe to trim): read a
/// report written by <see cref="Rendering.JsonReportRenderer"/> with
/// <c>JsonSerializer.Deserialize(json, FactCheckJsonContext.Default.JsonReport)</c>, and a JSON array of several
/// with <see cref="FactCheckJsonContext.IReadOnlyListJsonReport"/>, and the result of checking several documents together
/// with <see cref="FactCheckJsonContext.JsonCrossDocumentReport"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonReport))]
[JsonSerializable(typeof(IReadOnlyList<JsonReport>))]
[JsonSerializable(typeof(JsonCrossDocumentReport))]
public sealed partial class FactCheckJsonContext : JsonSerializerContext;
