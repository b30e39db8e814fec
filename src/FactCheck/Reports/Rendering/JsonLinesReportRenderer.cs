using System.Text.Json;

namespace FactCheck.Reports.Rendering;

/// <summary>
/// Writes reports as JSON Lines: one compact JSON object per report, one report per line, for corpus runs.
/// Each line has the shape described on <see cref="JsonReportRenderer"/>.
/// </summary>
public sealed class JsonLinesReportRenderer : IReportRenderer
{
    /// <summary>Creates a renderer.</summary>
    /// <param name="toolVersion">The version written as <c>toolVersion</c>. Defaults to the version of the FactCheck library.</param>
    public JsonLinesReportRenderer(string? toolVersion = null)
    {
        ToolVersion = string.IsNullOrWhiteSpace(toolVersion) ? Diagnostics.LibraryVersion.Value : toolVersion;
    }

    /// <summary>The version written as <c>toolVersion</c> on every line.</summary>
    public string ToolVersion { get; }

    /// <inheritdoc />
    public void Render(IReadOnlyList<FactCheckReport> reports, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var report in reports)
        {
            writer.Write(JsonSerializer.Serialize(JsonReportMapper.Map(report, ToolVersion), JsonReportRenderer.CompactContext.JsonReport));
            writer.Write('\n');
        }
    }
}
