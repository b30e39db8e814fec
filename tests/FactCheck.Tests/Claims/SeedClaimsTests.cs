using System.Globalization;
using System.Text.Json;
using Xunit;

namespace FactCheck.Tests.Claims;

/// <summary>
/// The claims of each seed article, read off the text by hand and written down in <c>seeds/{name}.claims.json</c>:
/// subject, measure, time, source, effective date, tariff details and related claims.
/// </summary>
public class SeedClaimsTests
{
    private static readonly string SeedDirectory = Path.Combine(AppContext.BaseDirectory, "seeds");

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(SeedDirectory, "*.claims.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Check_SeedArticle_GivesTheExpectedClaims(string expectedFile)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedDirectory, expectedFile)));
        var root = expected.RootElement;
        var text = File.ReadAllText(Path.Combine(SeedDirectory, root.GetProperty("source").GetString()!));
        var published = DateOnly.ParseExact(root.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var report = new FactCheckerBuilder().Build().Check(new Document(text, published, source: expectedFile));

        ClaimExpectations.AssertCount(report, root, expectedFile);
        ClaimExpectations.AssertClaims(report, root.GetProperty("claims"), expectedFile);
    }
}
