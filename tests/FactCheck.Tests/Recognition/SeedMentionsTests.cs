using Xunit;
using System.Globalization;
using System.Text.Json;
using FactCheck.Recognition;

namespace FactCheck.Tests.Recognition;

/// <summary>
/// Every figure and date of each seed article, read off the text by hand and written down in
/// <c>seeds/{name}.mentions.json</c> (same shape as <c>factcheck check --format json</c>), must be recognized
/// exactly: kind, span, value, unit, interval and resolved date, and nothing else.
/// </summary>
public class SeedMentionsTests
{
    private static readonly string SeedDirectory = Path.Combine(AppContext.BaseDirectory, "seeds");

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(SeedDirectory, "*.mentions.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Recognize_SeedArticle_FindsExactlyTheExpectedMentions(string expectedFile)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedDirectory, expectedFile)));
        var root = expected.RootElement;
        var text = File.ReadAllText(Path.Combine(SeedDirectory, root.GetProperty("source").GetString()!));
        var published = DateOnly.ParseExact(root.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var actual = Recognize.Mentions(text, published);

        var wanted = root.GetProperty("mentions").EnumerateArray().ToList();
        var describe = string.Join(Environment.NewLine, actual.Select(m => $"{m.Kind} '{m.Text}' {m.Span.Start}-{m.Span.End} {m.Value} {m.Unit}"));
        Assert.True(wanted.Count == actual.Count, $"Expected {wanted.Count} mentions, found {actual.Count}:{Environment.NewLine}{describe}");
        for (var i = 0; i < wanted.Count; i++)
        {
            var w = wanted[i];
            var m = actual[i];
            var label = $"mention {i} ('{w.GetProperty("text").GetString()}')";
            Assert.True(KindName(m.Kind) == w.GetProperty("kind").GetString(), $"{label}: kind {m.Kind}");
            Assert.True(w.GetProperty("text").GetString() == m.Text, $"{label}: text '{m.Text}'");
            Assert.True(w.GetProperty("start").GetInt32() == m.Span.Start, $"{label}: start {m.Span.Start}");
            Assert.True(w.GetProperty("end").GetInt32() == m.Span.End, $"{label}: end {m.Span.End}");
            Assert.True(w.GetProperty("value").GetDecimal() == m.Value, $"{label}: value {m.Value}");
            Assert.True(w.GetProperty("unit").GetString() == m.Unit, $"{label}: unit {m.Unit}");
            Assert.True(w.GetProperty("low").GetDecimal() == m.Low, $"{label}: low {m.Low}");
            Assert.True(w.GetProperty("high").GetDecimal() == m.High, $"{label}: high {m.High}");
            if (w.TryGetProperty("grain", out var grain))
            {
                Assert.NotNull(m.Date);
                Assert.True(grain.GetString() == JsonNamingPolicy.CamelCase.ConvertName(m.Date!.Grain.ToString()), $"{label}: grain {m.Date.Grain}");
                Assert.True(w.GetProperty("resolvedStart").GetString() == m.Date.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"{label}: start {m.Date.Start}");
                Assert.True(w.GetProperty("resolvedEnd").GetString() == m.Date.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"{label}: end {m.Date.End}");
            }
        }
    }

    private static string KindName(MentionKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}
