using System.Text.Encodings.Web;
using System.Text.Json;
using static FactCheck.Reports.Rendering.JsonReportModel;

namespace FactCheck.Reports.Rendering;

/// <summary>
/// Writes reports as JSON (camelCase): one object for one report, an array of objects for several.
/// </summary>
/// <remarks>
/// <para>The object is <c>{ "source", "published", "culture", "highestSeverity", "mentions", "claims", "findings" }</c>.
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
public sealed class JsonReportRenderer : IReportRenderer
{
    /// <summary>Creates a renderer.</summary>
    /// <param name="indented">Whether to indent the output for people to read. Defaults to <see langword="true"/>.</param>
    public JsonReportRenderer(bool indented = true)
    {
        Indented = indented;
    }

    /// <summary>Whether the output is indented.</summary>
    public bool Indented { get; }

    /// <inheritdoc />
    public void Render(IReadOnlyList<FactCheckReport> reports, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(writer);
        var context = Indented ? IndentedContext : CompactContext;
        var json = reports.Count == 1
            ? JsonSerializer.Serialize(JsonReportMapper.Map(reports[0]), context.DocumentDto)
            : JsonSerializer.Serialize<IReadOnlyList<DocumentDto>>(reports.Select(JsonReportMapper.Map).ToArray(), context.IReadOnlyListDocumentDto);
        writer.Write(json);
        writer.Write('\n');
    }

    internal static JsonReportContext IndentedContext { get; } = CreateContext(indented: true);

    internal static JsonReportContext CompactContext { get; } = CreateContext(indented: false);

    private static JsonReportContext CreateContext(bool indented) => new(new JsonSerializerOptions(JsonReportContext.Default.Options)
    {
        WriteIndented = indented,

        // Keeps non-ASCII text readable ("Pakistan’s", "€") while still escaping quotes, backslashes and
        // control characters; the output is never embedded in HTML unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
