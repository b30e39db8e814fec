using System.Text.Json;
using FactCheck.Reports.Rendering;
using Xunit;

namespace FactCheck.Tests.Reports.Rendering;

public class JsonLinesReportRendererTests
{
    [Fact]
    public void Render_SeveralReports_WritesOneObjectPerLine()
    {
        var output = new JsonLinesReportRenderer().RenderToString([HandBuiltReports.Seed(), HandBuiltReports.Hostile(), HandBuiltReports.Empty()]);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(
            ["seeds/000_23fa9f6dec8fb977.txt", "hostile <b>\"name\"</b>|.txt", "empty.txt"],
            lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()));
    }

    [Fact]
    public void Render_HostileText_KeepsEachDocumentOnOneLine()
    {
        var output = new JsonLinesReportRenderer().RenderToString(HandBuiltReports.Hostile());

        Assert.Equal(1, output.Count(c => c == '\n'));
        Assert.EndsWith("\n", output, StringComparison.Ordinal);
    }
}
