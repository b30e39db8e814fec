using System.Text.Json;

namespace FactCheck.Reports.Rendering;

/// <summary>
/// Writes reports as JSON Lines: one compact JSON object per report, one report per line, for corpus runs.
/// Each line has the shape described on <see cref="JsonReportRenderer"/>.
/// </summary>
public sealed class JsonLinesReportRenderer : IReportRenderer
{
    /// <inheritdoc />
    public void Render(IReadOnlyList<FactCheckReport> reports, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var report in reports)
        {
            writer.Write(JsonSerializer.Serialize(JsonReportMapper.Map(report), JsonReportRenderer.CompactContext.DocumentDto));
            writer.Write('\n');
        }
    }
}
