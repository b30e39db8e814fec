using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactCheck.Checks.Internal;

namespace FactCheck.Reports.Rendering;

/// <summary>
/// Writes reports as one SARIF 2.1.0 log, so documentation repositories can show findings in code scanning:
/// one run, one artifact per document, one result per finding, each span a physical location with a
/// line/column region (1-based; columns in UTF-16 code units) plus its character offset and length.
/// </summary>
/// <remarks>
/// Rule metadata (id, name, description, default level) is written for every rule that has findings; the
/// description is the one given to the renderer, else the one the report carries for the rule that ran
/// (<see cref="FactCheckReport.RuleDescriptions"/>, from <see cref="Checks.IFactCheckRule.Description"/>), else FactCheck's own.
/// Severities map to SARIF levels: error → <c>error</c>, warning → <c>warning</c>, info → <c>note</c>.
/// The claims, arithmetic and suggestion of each finding are kept in the result's <c>properties</c>.
/// The output is valid JSON for any input text.
/// <para>For documents checked together (<see cref="CrossDocumentReport"/>) each finding across documents is one more
/// result: its locations are its places in its document, its <c>relatedLocations</c> its places in the other
/// document (each with the message "compared with"), and its <c>properties</c> add <c>otherClaims</c>.</para>
/// </remarks>
public sealed class SarifReportRenderer : IReportRenderer, ICrossDocumentReportRenderer
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Dictionary<string, string> _ruleDescriptions;

    /// <summary>Creates a renderer.</summary>
    /// <param name="ruleDescriptions">
    /// Descriptions of rules by id, written as rule metadata in place of the ones the reports carry. The built-in rules
    /// and the rules that ran are described already; other rules get a description made from their id.
    /// </param>
    /// <param name="toolVersion">The version written for the tool. Defaults to the version of the FactCheck library.</param>
    public SarifReportRenderer(IReadOnlyDictionary<string, string>? ruleDescriptions = null, string? toolVersion = null)
    {
        _ruleDescriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, description) in ruleDescriptions ?? new Dictionary<string, string>())
        {
            _ruleDescriptions[id] = description;
        }

        ToolVersion = string.IsNullOrWhiteSpace(toolVersion) ? Diagnostics.LibraryVersion.Value : toolVersion;
    }

    /// <summary>The version written for the tool.</summary>
    public string ToolVersion { get; }

    /// <inheritdoc />
    public void Render(IReadOnlyList<FactCheckReport> reports, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(writer);
        Render(reports, null, writer);
    }

    /// <inheritdoc />
    public void Render(CrossDocumentReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        Render(report.Reports, report, writer);
    }

    private void Render(IReadOnlyList<FactCheckReport> reports, CrossDocumentReport? together, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(reports, together?.Findings ?? [], together, json);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.Write('\n');
    }

    private void Write(IReadOnlyList<FactCheckReport> reports, IReadOnlyList<CrossDocumentFinding> across, CrossDocumentReport? together, Utf8JsonWriter json)
    {
        var rules = reports.SelectMany(r => r.Findings).Concat(across.Select(f => f.Finding))
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Level: Level(g.Max(f => f.Severity))))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "FactCheck");
        json.WriteString("semanticVersion", SafeText.WellFormed(ToolVersion));
        json.WriteString("informationUri", "https://github.com/factcheck-dotnet/factcheck");
        json.WriteStartArray("rules");
        foreach (var (id, level) in rules)
        {
            var description = DescriptionOf(id, reports);
            json.WriteStartObject();
            json.WriteString("id", SafeText.WellFormed(id));
            json.WriteString("name", SafeText.WellFormed(PascalCase(id)));
            WriteMessage(json, "shortDescription", description);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", level);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("artifacts");
        foreach (var report in reports)
        {
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", ArtifactUri(report.Document.Source));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("results");
        var lines = reports.Select(r => new LineIndex(r.Document.Text)).ToArray();
        for (var artifact = 0; artifact < reports.Count; artifact++)
        {
            var report = reports[artifact];
            foreach (var finding in report.Findings)
            {
                WriteResult(json, report.Document, finding, artifact, ruleIndex[finding.RuleId], lines[artifact], null);
            }
        }

        foreach (var cross in across)
        {
            var artifact = together!.IndexOf(cross.Document);
            var other = together.IndexOf(cross.OtherDocument);
            WriteResult(json, cross.Document, cross.Finding, artifact, ruleIndex[cross.Finding.RuleId], lines[artifact], (cross, other, lines[other]));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes one result; <paramref name="across"/> is the finding across documents it comes from, with the other document's artifact and lines.</summary>
    private static void WriteResult(
        Utf8JsonWriter json, Document document, Finding finding, int artifact, int ruleIndex, LineIndex lines, (CrossDocumentFinding Finding, int Artifact, LineIndex Lines)? across)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", SafeText.WellFormed(finding.RuleId));
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        WriteMessage(json, "message", finding.Message);
        json.WriteStartArray("locations");
        var spans = finding.Spans.Count > 0 ? finding.Spans.Select(s => (Text.TextSpan?)s) : [null];
        foreach (var span in spans)
        {
            WriteLocation(json, document, artifact, span, lines, id: null);
        }

        json.WriteEndArray();
        if (across is { } related)
        {
            json.WriteStartArray("relatedLocations");
            var id = 0;
            foreach (var span in related.Finding.OtherSpans)
            {
                WriteLocation(json, related.Finding.OtherDocument, related.Artifact, span, related.Lines, id++);
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        WriteStrings(json, "claims", finding.ClaimIds);
        if (across is { } withOther)
        {
            WriteStrings(json, "otherClaims", withOther.Finding.OtherClaimIds);
        }

        if (finding.Computation is { } computation)
        {
            json.WriteStartObject("computation");
            json.WriteString("formula", SafeText.WellFormed(computation.Formula));
            json.WriteStartObject("inputs");
            foreach (var (name, value) in computation.Inputs)
            {
                json.WriteNumber(SafeText.WellFormed(name), value);
            }

            json.WriteEndObject();
            if (computation.Result is { } result)
            {
                json.WriteNumber("result", result);
            }

            if (computation.Tolerance is { } tolerance)
            {
                json.WriteNumber("tolerance", tolerance);
            }

            json.WriteEndObject();
        }

        if (finding.Suggestion is { } suggestion)
        {
            json.WriteString("suggestion", SafeText.WellFormed(suggestion));
        }

        if (finding.OtherDocument is { } other)
        {
            json.WriteString("otherDocument", SafeText.WellFormed(other));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A physical location in <paramref name="document"/>; a related location (with an <paramref name="id"/>) says it is the place compared with.</summary>
    private static void WriteLocation(Utf8JsonWriter json, Document document, int artifact, Text.TextSpan? span, LineIndex lines, int? id)
    {
        var text = document.Text;
        json.WriteStartObject();
        if (id is { } n)
        {
            json.WriteNumber("id", n);
            WriteMessage(json, "message", "compared with");
        }

        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(document.Source));
        json.WriteNumber("index", artifact);
        json.WriteEndObject();
        if (span is { } s)
        {
            var start = Math.Min(s.Start, text.Length);
            var end = Math.Min(s.End, text.Length);
            var (startLine, startColumn) = lines.Locate(start);
            var (endLine, endColumn) = lines.Locate(end);
            json.WriteStartObject("region");
            json.WriteNumber("startLine", startLine);
            json.WriteNumber("startColumn", startColumn);
            json.WriteNumber("endLine", endLine);
            json.WriteNumber("endColumn", endColumn);
            json.WriteNumber("charOffset", start);
            json.WriteNumber("charLength", end - start);
            WriteMessage(json, "snippet", text[start..end]);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(SafeText.WellFormed(value));
        }

        json.WriteEndArray();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", SafeText.WellFormed(text));
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative URI for a relative path (segments escaped), a file URI for an absolute one.</summary>
    internal static string ArtifactUri(string source)
    {
        source = SafeText.WellFormed(source);
        if (Uri.TryCreate(source, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsoluteUri;
        }

        var path = source.Replace('\\', '/');
        var segments = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return Path.IsPathFullyQualified(source)
            ? "file://" + (segments.StartsWith('/') ? segments : "/" + segments)
            : segments;
    }

    private string DescriptionOf(string id, IReadOnlyList<FactCheckReport> reports)
    {
        if (_ruleDescriptions.TryGetValue(id, out var given))
        {
            return given;
        }

        foreach (var report in reports)
        {
            if (report.RuleDescriptions.TryGetValue(id, out var ran))
            {
                return ran;
            }
        }

        return BuiltInRuleDescriptions.All.TryGetValue(id, out var builtIn) ? builtIn : Describe(id);
    }

    private static string Describe(string id)
    {
        var words = id.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0
            ? id
            : string.Concat(words[..1].ToUpperInvariant(), words.AsSpan(1), " (FactCheck rule)");
    }

    private static string PascalCase(string id) => string.Concat(
        id.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries)
          .Select(w => string.Concat(w[..1].ToUpperInvariant(), w.AsSpan(1))));
}
