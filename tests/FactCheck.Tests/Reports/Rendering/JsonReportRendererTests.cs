using System.Text.Json;
using FactCheck.Reports.Rendering;
using Xunit;

namespace FactCheck.Tests.Reports.Rendering;

public class JsonReportRendererTests
{
    private static JsonElement Render(params FactCheck.Reports.FactCheckReport[] reports) =>
        JsonDocument.Parse(new JsonReportRenderer().RenderToString(reports)).RootElement;

    [Fact]
    public void Render_SeedReport_MatchesGoldenFile() =>
        Golden.Match("seed.json", new JsonReportRenderer(toolVersion: "1.2.3").RenderToString(HandBuiltReports.Seed()));

    [Fact]
    public void Render_SeedReport_WritesDocumentShape()
    {
        var root = Render(HandBuiltReports.Seed());

        Assert.Equal(HandBuiltReports.SeedPath, root.GetProperty("source").GetString());
        Assert.Equal("2025-04-05", root.GetProperty("published").GetString());
        Assert.Equal(9, root.GetProperty("mentions").GetArrayLength());
        Assert.Equal(3, root.GetProperty("claims").GetArrayLength());
        Assert.Equal(2, root.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Render_Money_WritesExactNumberAndIsoUnit()
    {
        var money = Render(HandBuiltReports.Seed()).GetProperty("mentions").EnumerateArray()
            .Single(m => m.GetProperty("kind").GetString() == "money");

        Assert.Equal("$7 billion", money.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Number, money.GetProperty("value").ValueKind);
        Assert.Equal(7_000_000_000m, money.GetProperty("value").GetDecimal());
        Assert.Equal("USD", money.GetProperty("unit").GetString());
        Assert.Equal(6_500_000_000m, money.GetProperty("low").GetDecimal());
        Assert.Equal(7_500_000_000m, money.GetProperty("high").GetDecimal());
    }

    [Fact]
    public void Render_Percentage_WritesSpanThatPointsAtTheText()
    {
        var text = HandBuiltReports.SeedText;
        var duty = Render(HandBuiltReports.Seed()).GetProperty("mentions").EnumerateArray()
            .Single(m => m.GetProperty("text").GetString() == "29%");

        Assert.Equal("percentage", duty.GetProperty("kind").GetString());
        var start = duty.GetProperty("start").GetInt32();
        var end = duty.GetProperty("end").GetInt32();
        Assert.Equal("29%", text[start..end]);
        Assert.Equal(28.5m, duty.GetProperty("low").GetDecimal());
        Assert.Equal(29.5m, duty.GetProperty("high").GetDecimal());
    }

    [Fact]
    public void Render_Dates_WriteResolvedRangeAndGrain()
    {
        var dates = Render(HandBuiltReports.Seed()).GetProperty("mentions").EnumerateArray()
            .Where(m => m.GetProperty("kind").GetString() == "date")
            .ToDictionary(m => m.GetProperty("text").GetString()!);

        Assert.Equal("2013-01-01", dates["from 2013 to 2018"].GetProperty("resolvedStart").GetString());
        Assert.Equal("2018-12-31", dates["from 2013 to 2018"].GetProperty("resolvedEnd").GetString());
        Assert.Equal("range", dates["from 2013 to 2018"].GetProperty("grain").GetString());
        Assert.Equal("2025-04-09", dates["April 9"].GetProperty("resolvedStart").GetString());
        Assert.Equal("day", dates["April 9"].GetProperty("grain").GetString());
        Assert.Equal("month", dates["August 2021"].GetProperty("grain").GetString());
    }

    [Fact]
    public void Render_Claim_WritesDirectionTimeSourceAndMentionIndices()
    {
        var claims = Render(HandBuiltReports.Seed()).GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);

        var duty = claims["c3"];
        Assert.Equal("fromTo", duty.GetProperty("kind").GetString());
        Assert.Equal("up", duty.GetProperty("direction").GetString());
        Assert.Equal(10m, duty.GetProperty("previousValue").GetDecimal());
        Assert.Equal([6, 7], duty.GetProperty("mentions").EnumerateArray().Select(i => i.GetInt32()));
        Assert.True(duty.GetProperty("time").GetProperty("fromPublicationDate").GetBoolean());
        Assert.Equal("2025-04-09", duty.GetProperty("effectiveDate").GetProperty("resolvedStart").GetString());

        var attacks = claims["c2"];
        Assert.Equal("change", attacks.GetProperty("kind").GetString());
        Assert.Equal("In January 2025", attacks.GetProperty("time").GetProperty("text").GetString());
        Assert.Equal("Pakistan Institute for Conflict and Security Studies (PICSS)", attacks.GetProperty("source").GetString());

        Assert.Equal("none", claims["c1"].GetProperty("direction").GetString());
    }

    [Fact]
    public void Render_Finding_WritesSpansWithTextAndComputation()
    {
        var finding = Render(HandBuiltReports.Seed()).GetProperty("findings")[1];

        Assert.Equal("change-description", finding.GetProperty("ruleId").GetString());
        Assert.Equal("info", finding.GetProperty("severity").GetString());
        Assert.Equal("29% duty, up from the earlier 10%", finding.GetProperty("spans")[0].GetProperty("text").GetString());
        var computation = finding.GetProperty("computation");
        Assert.Equal("(to - from) / from * 100", computation.GetProperty("formula").GetString());
        Assert.Equal(10m, computation.GetProperty("inputs").GetProperty("from").GetDecimal());
        Assert.Equal(190m, computation.GetProperty("result").GetDecimal());
        Assert.False(computation.TryGetProperty("tolerance", out _));
    }

    [Fact]
    public void Render_NoPublicationDate_WritesNullPublished()
    {
        var root = Render(HandBuiltReports.Empty());

        Assert.Equal(JsonValueKind.Null, root.GetProperty("published").ValueKind);
        Assert.Equal(0, root.GetProperty("mentions").GetArrayLength());
    }

    [Fact]
    public void Render_SeveralReports_WritesArray()
    {
        var root = Render(HandBuiltReports.Seed(), HandBuiltReports.Empty());

        Assert.Equal(JsonValueKind.Array, root.ValueKind);
        Assert.Equal(["seeds/000_23fa9f6dec8fb977.txt", "empty.txt"], root.EnumerateArray().Select(d => d.GetProperty("source").GetString()));
    }

    [Fact]
    public void Render_HostileText_StaysValidJsonAndKeepsTextAndOffsets()
    {
        var report = HandBuiltReports.Hostile();
        var json = new JsonReportRenderer().RenderToString(report);
        var root = JsonDocument.Parse(json).RootElement;

        Assert.Equal("hostile <b>\"name\"</b>|.txt", root.GetProperty("source").GetString());
        var finding = root.GetProperty("findings")[0];
        Assert.Equal("<script>window.__pwned = 1;</script>", finding.GetProperty("spans")[0].GetProperty("text").GetString());
        var message = finding.GetProperty("message").GetString()!;
        Assert.Contains("\"quote\" \u0007 bell", message, StringComparison.Ordinal);

        // The lone surrogate becomes U+FFFD, one character for one.
        Assert.Equal(report.Findings[0].Message.Length, message.Length);
        Assert.Contains("\uFFFD lone", message, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", json, StringComparison.Ordinal);
    }
}
