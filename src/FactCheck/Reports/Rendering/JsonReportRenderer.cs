using System.Text.Encodings.Web;
using System.Text.Json;
using FactCheck.Reports.Json;

namespace FactCheck.Reports.Rendering;

/// <summary>
/// Writes reports as JSON (camelCase): one object for one report, an array of objects for several, and for documents
/// checked together (<see cref="CrossDocumentReport"/>) one object <c>{ "$schema", "schemaVersion", "toolVersion",
/// "highestSeverity", "documents", "findings" }</c> (<see cref="JsonCrossDocumentReport"/>): each document's report,
/// and each finding across them with <c>document</c> and <c>otherDocument</c> (<c>index</c> in <c>documents</c>,
/// <c>source</c>, <c>claims</c>, <c>spans</c>).
/// </summary>
/// <remarks>
/// <para>The object is <c>{ "$schema", "schemaVersion", "toolVersion", "source", "published", "culture", "highestSeverity",
/// "mentions", "claims", "findings" }</c>, the public type <see cref="JsonReport"/> (read it back with
/// <see cref="FactCheckJsonContext"/>); its JSON Schema is <see cref="JsonReport.SchemaUri"/>.
/// A mention carries <c>kind</c> (<c>percentage</c>, <c>percentagePoints</c>, <c>money</c>, <c>number</c>,
/// <c>multiplier</c>, <c>date</c>), <c>text</c>, <c>start</c>, <c>end</c> (end exclusive, UTF-16 offsets),
/// <c>value</c>, <c>unit</c>, <c>low</c>, <c>high</c>; dates add <c>resolvedStart</c>, <c>resolvedEnd</c>
/// (yyyy-MM-dd), <c>grain</c> and <c>timex</c>. A claim carries its id, kind, span, value interval, qualifier,
/// direction (<c>up</c>, <c>down</c>, <c>none</c>), subject, measure, time, source, related claim ids and the
/// indices of its mentions. A finding carries <c>ruleId</c>, <c>severity</c>, <c>message</c>, <c>claims</c>,
/// <c>spans</c>, <c>computation</c> and <c>suggestion</c>. Fields are only ever added to this shape.</para>
/// <para>Values are JSON numbers written from <see cref="decimal"/> without loss. The output is valid JSON for
/// any input text: control characters and quotes are escaped, and lone surrogates become U+FFFD (one character
/// for one, so offsets still hold). Data is culture-free.</para>
/// </remarks>
public sealed class JsonReportRenderer : IReportRenderer, ICrossDocumentReportRenderer
{
    /// <summary>Creates a renderer.</summary>
    /// <param name="indented">Whether to indent the output for people to read. Defaults to <see langword="true"/>.</param>
    /// <param name="toolVersion">The version written as <c>toolVersion</c>. Defaults to the version of the FactCheck library.</param>
    public JsonReportRenderer(bool indented = true, string? toolVersion = null)
    {
        Indented = indented;
        ToolVersion = string.IsNullOrWhiteSpace(toolVersion) ? Diagnostics.LibraryVersion.Value : toolVersion;
    }

    /// <summary>The version written as <c>toolVersion</c> in every document.</summary>
    public string ToolVersion { get; }

    /// <summary>Whether the output is indented.</summary>
    public bool Indented { get; }

    /// <inheritdoc />
    public void Render(IReadOnlyList<FactCheckReport> reports, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(writer);
        var context = Indented ? IndentedContext : CompactContext;
        var json = reports.Count == 1
            ? JsonSerializer.Serialize(JsonReportMapper.Map(reports[0], ToolVersion), context.JsonReport)
            : JsonSerializer.Serialize<IReadOnlyList<JsonReport>>(reports.Select(r => JsonReportMapper.Map(r, ToolVersion)).ToArray(), context.IReadOnlyListJsonReport);
        writer.Write(json);
        writer.Write('\n');
    }

    /// <inheritdoc />
    public void Render(CrossDocumentReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var context = Indented ? IndentedContext : CompactContext;
        writer.Write(JsonSerializer.Serialize(JsonReportMapper.Map(report, ToolVersion), context.JsonCrossDocumentReport));
        writer.Write('\n');
    }

    internal static FactCheckJsonContext IndentedContext { get; } = CreateContext(indented: true);

    internal static FactCheckJsonContext CompactContext { get; } = CreateContext(indented: false);

    private static FactCheckJsonContext CreateContext(bool indented) => new(new JsonSerializerOptions(FactCheckJsonContext.Default.Options)
    {
        WriteIndented = indented,

        // Keeps non-ASCII text readable ("Pakistan’s", "€") while still escaping quotes, backslashes and
        // control characters; the output is never embedded in HTML unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
