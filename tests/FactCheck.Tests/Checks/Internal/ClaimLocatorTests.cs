using FactCheck.Checks.Internal;
using FactCheck.Claims;
using FactCheck.Text;
using Xunit;

namespace FactCheck.Tests.Checks.Internal;

public sealed class ClaimLocatorTests
{
    [Fact]
    public void Lookups_RandomClaims_FindWhatAFullScanFinds()
    {
        var random = new Random(7);
        var text = new string('x', 5_000);
        var claims = new List<Claim>();
        for (var i = 0; i < 400; i++)
        {
            var start = random.Next(4_900);
            var span = new TextSpan(start, start + random.Next(1, 80));
            var timeStart = random.Next(4_990);
            var time = random.Next(3) == 0 ? null : new ClaimTime("x", new TextSpan(timeStart, timeStart + random.Next(0, 10)), null);
            var mentions = new[] { random.Next(300), random.Next(300) };
            claims.Add(new Claim($"c{i + 1}", ClaimKind.Level, span, span.Slice(text), 1m, "%", 1m, 1m, mentions.Select(m => Figure(m, span, text)).ToArray(), time: time));
        }

        var locator = new ClaimLocator(claims);

        for (var q = 0; q < 300; q++)
        {
            var start = random.Next(5_000);
            var query = new TextSpan(start, Math.Min(5_000, start + random.Next(0, 40)));
            Assert.Equal(Scan(claims, c => c.Span.Overlaps(query)), locator.Ids(locator.AtWords(query)));
            Assert.Equal(Scan(claims, c => c.Time?.Span is TextSpan t && t.Overlaps(query)), locator.Ids(locator.AtTime(query)));
            Assert.Equal(Scan(claims, c => c.MentionIndices.Contains(q)), locator.Ids(locator.WithMention(q)));
        }
    }

    [Fact]
    public void AtWords_FindingsAcrossALongDocument_LookAtTheClaimsNearEachPlaceOnly()
    {
        // 20,000 claims one after another; a finding at each of them looks at the claims near it, not at all 20,000.
        const int count = 20_000;
        var text = string.Concat(Enumerable.Repeat("Duty 5%. ", count));
        var claims = Enumerable.Range(0, count)
            .Select(i => new Claim($"c{i + 1}", ClaimKind.Level, new TextSpan(i * 9, (i * 9) + 7), "Duty 5%", 5m, "%", 4.5m, 5.5m, [new ClaimFigure(i, new TextSpan((i * 9) + 5, (i * 9) + 7), "5%", 5m, "%", 4.5m, 5.5m)]))
            .ToList();
        var locator = new ClaimLocator(claims);

        for (var i = 0; i < count; i++)
        {
            Assert.Equal([$"c{i + 1}"], locator.Ids(locator.AtWords(new TextSpan((i * 9) + 5, (i * 9) + 7))));
        }

        Assert.InRange(locator.Examined, count, 3 * count);
    }

    private static string[] Scan(List<Claim> claims, Func<Claim, bool> where) => claims.Where(where).Select(c => c.Id).ToArray();

    // A figure standing for mention index, placed at the claim's words (the locator reads indices, not figure text).
    private static ClaimFigure Figure(int mentionIndex, TextSpan span, string text) => new(mentionIndex, span, span.Slice(text), 1m, "%", 1m, 1m);
}
