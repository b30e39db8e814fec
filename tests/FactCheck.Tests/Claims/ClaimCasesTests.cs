using System.Globalization;
using System.Text.Json;
using Xunit;

namespace FactCheck.Tests.Claims;

/// <summary>
/// Claims in sentences written to cover each shape (level, change, from/to, range, share, comparison, rank,
/// dated event), tariffs, attribution, hedges and links across sentences. The expected claims are in
/// <c>Claims/ClaimCases.json</c>, read off each sentence; the whole pipeline runs on each case.
/// </summary>
public class ClaimCasesTests
{
    private static readonly string CasesFile = Path.Combine(AppContext.BaseDirectory, "Claims", "ClaimCases.json");

    private static readonly FactChecker Checker = new FactCheckerBuilder().Build();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        using var cases = JsonDocument.Parse(File.ReadAllText(CasesFile));
        foreach (var item in cases.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(item.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_WrittenSentence_GivesTheClaimsReadOffTheText(string name)
    {
        using var cases = JsonDocument.Parse(File.ReadAllText(CasesFile));
        var root = cases.RootElement;
        var item = root.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
        var published = item.TryGetProperty("published", out var own) ? own : root.GetProperty("published");
        var report = Checker.CheckText(
            item.GetProperty("text").GetString()!,
            published.ValueKind == JsonValueKind.Null ? null : DateOnly.ParseExact(published.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture));

        ClaimExpectations.AssertCount(report, item, name);
        ClaimExpectations.AssertClaims(report, item.GetProperty("claims"), name);
    }

    [Fact]
    public void Cases_CoverAtLeastFortyClaims()
    {
        using var cases = JsonDocument.Parse(File.ReadAllText(CasesFile));
        var claims = cases.RootElement.GetProperty("cases").EnumerateArray().Sum(c => c.GetProperty("claims").GetArrayLength());
        Assert.True(claims >= 40, $"only {claims} expected claims");
    }
}
