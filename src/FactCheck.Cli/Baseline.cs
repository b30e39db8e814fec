using System.Text.Json;
using FactCheck.Reports;

namespace FactCheck.Cli;

/// <summary>
/// The findings recorded by <c>factcheck baseline</c>: each by file (relative to the baseline's directory), rule
/// and the text of its span, so that edits elsewhere in a file do not bring it back. A later run reports only the
/// findings beyond those recorded.
/// </summary>
internal sealed class Baseline
{
    public const string FileName = ".factcheck-baseline.json";

    private readonly Dictionary<(string File, string Rule, string Text), int> _remaining;

    private Baseline(string path, Dictionary<(string, string, string), int> entries)
    {
        Path = path;
        _remaining = entries;
    }

    public string Path { get; }

    public string Directory => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) ?? ".";

    public static (Baseline? Baseline, InputProblem? Problem) Load(string path)
    {
        var entries = new Dictionary<(string, string, string), int>();
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var entry in document.RootElement.GetProperty("findings").EnumerateArray())
            {
                var key = (entry.GetProperty("file").GetString()!, entry.GetProperty("rule").GetString()!, entry.GetProperty("text").GetString()!);
                entries[key] = entries.GetValueOrDefault(key) + 1;
            }
        }
        catch (JsonException ex)
        {
            return (null, new InputProblem(path, "not a valid baseline: " + ex.Message.Split(" LineNumber:", 2)[0], (int)(ex.LineNumber ?? 0) + 1));
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException)
        {
            return (null, new InputProblem(path, "not a valid baseline: each finding needs a file, a rule and a text"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new InputProblem(path, "cannot read the baseline: " + ex.Message));
        }

        return (new Baseline(path, entries), null);
    }

    /// <summary>The findings of a report that the baseline does not account for. Thread-safe.</summary>
    public IReadOnlyList<Finding> New(FactCheckReport report, string file)
    {
        var key = Key(file, Directory);
        var kept = new List<Finding>();
        lock (_remaining)
        {
            foreach (var finding in report.Findings)
            {
                var entry = (key, finding.RuleId, SpanText(finding, report));
                if (_remaining.TryGetValue(entry, out var count) && count > 0)
                {
                    _remaining[entry] = count - 1;
                }
                else
                {
                    kept.Add(finding);
                }
            }
        }

        return kept;
    }

    /// <summary>Writes the findings of the reports as a baseline at <paramref name="path"/>.</summary>
    public static async Task<int> WriteAsync(string path, IEnumerable<(string File, FactCheckReport Report)> reports, CancellationToken cancellationToken)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        var entries = reports
            .SelectMany(r => r.Report.Findings.Select(f => (File: Key(r.File, directory), Rule: f.RuleId, Text: SpanText(f, r.Report))))
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.Text, StringComparer.Ordinal)
            .ToList();
        await using var stream = File.Create(path);
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteStartArray("findings");
        foreach (var (file, rule, text) in entries)
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            writer.WriteString("rule", rule);
            writer.WriteString("text", text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return entries.Count;
    }

    /// <summary>The text a finding is known by: its first span's, or its message when it has no span.</summary>
    public static string SpanText(Finding finding, FactCheckReport report) =>
        finding.Spans.Count > 0 ? finding.Spans[0].Slice(report.Document.Text) : finding.Message;

    private static string Key(string file, string directory) =>
        file == InputFile.StandardInput || file == "stdin"
            ? "stdin"
            : System.IO.Path.GetRelativePath(directory, System.IO.Path.GetFullPath(file)).Replace('\\', '/');
}
