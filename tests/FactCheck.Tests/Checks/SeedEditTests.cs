using System.Globalization;
using System.Text.Json;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Checks;

/// <summary>
/// The seed article checked whole by the default checker: as published it gives no error or warning, and each edit
/// listed in <c>seeds/{name}.edits.json</c> gives exactly the finding it names.
/// </summary>
public sealed class SeedEditTests
{
    private static readonly string SeedDirectory = Path.Combine(AppContext.BaseDirectory, "seeds");
    private static readonly FactChecker Checker = new FactCheckerBuilder().Build();

    public static TheoryData<string> Edits()
    {
        var data = new TheoryData<string>();
        foreach (var edit in Load().Edits)
        {
            data.Add(edit.Name);
        }

        return data;
    }

    [Fact]
    public void Check_SeedAsPublished_GivesNoErrorOrWarning()
    {
        var seed = Load();

        var report = Checker.Check(new Document(seed.Text, seed.Published, source: seed.Article));

        Assert.DoesNotContain(report.Findings, f => f.Severity >= Severity.Warning);
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void Check_SeedWithOneEdit_GivesExactlyTheNamedFinding(string name)
    {
        var seed = Load();
        var edit = seed.Edits.Single(e => e.Name == name);
        Assert.Contains(edit.Find, seed.Text, StringComparison.Ordinal);
        var text = seed.Text.Replace(edit.Find, edit.Replace, StringComparison.Ordinal);

        var report = Checker.Check(new Document(text, seed.Published, source: seed.Article));

        var finding = Assert.Single(report.Findings);
        Assert.Equal(edit.Rule, finding.RuleId);
        Assert.True(finding.Severity >= Severity.Warning, finding.ToString());
        Assert.NotEmpty(finding.Spans);
        Assert.All(finding.Spans, span => Assert.True(span.End <= text.Length));
        Assert.NotNull(finding.Suggestion);
    }

    private static Seed Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedDirectory, "000_23fa9f6dec8fb977.edits.json")));
        var root = json.RootElement;
        var article = root.GetProperty("article").GetString()!;
        var edits = root.GetProperty("edits").EnumerateArray()
            .Select(e => new Edit(e.GetProperty("name").GetString()!, e.GetProperty("find").GetString()!, e.GetProperty("replace").GetString()!, e.GetProperty("rule").GetString()!))
            .ToList();
        return new Seed(
            article,
            File.ReadAllText(Path.Combine(SeedDirectory, article)),
            DateOnly.ParseExact(root.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            edits);
    }

    private sealed record Edit(string Name, string Find, string Replace, string Rule);

    private sealed record Seed(string Article, string Text, DateOnly Published, IReadOnlyList<Edit> Edits);
}
