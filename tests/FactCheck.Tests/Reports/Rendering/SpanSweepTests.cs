using FactCheck.Reports.Rendering;
using FactCheck.Text;
using Xunit;

namespace FactCheck.Tests.Reports.Rendering;

public sealed class SpanSweepTests
{
    [Fact]
    public void Covering_RandomOverlappingSpans_IsWhatAFullScanFinds()
    {
        var random = new Random(20250405);
        const int length = 2_000;
        var spans = Enumerable.Range(0, 300)
            .Select(_ =>
            {
                var start = random.Next(length);
                return new TextSpan(start, Math.Min(length, start + random.Next(0, 60)));
            })
            .ToList();
        // Every boundary, less a random quarter of them (so some pieces hold a span's start or end).
        var cuts = spans.SelectMany(s => new[] { s.Start, s.End })
            .Distinct().Where(_ => random.Next(4) > 0).Append(0).Append(length)
            .Distinct().Order().ToArray();
        var sweep = new SpanSweep(spans);

        for (var p = 0; p + 1 < cuts.Length; p++)
        {
            var (start, end) = (cuts[p], cuts[p + 1]);
            var expected = Enumerable.Range(0, spans.Count).Where(i => spans[i].Length > 0 && spans[i].Start <= start && end <= spans[i].End).ToList();
            Assert.Equal(expected, sweep.Covering(start, end));
        }
    }

    [Fact]
    public void Covering_PiecesThatSkipBoundaries_GivesOnlySpansCoveringTheWholePiece()
    {
        // Pieces may be wider than the spans (a boundary inside a surrogate pair is dropped): a span that starts or
        // ends inside a piece does not cover it.
        var spans = new List<TextSpan> { new(0, 10), new(2, 5), new(4, 10), new(5, 5) };
        var sweep = new SpanSweep(spans);

        Assert.Equal([0], sweep.Covering(0, 3));
        Assert.Equal([0, 1], sweep.Covering(3, 5));
        Assert.Equal([0, 2], sweep.Covering(5, 10));
    }

    [Fact]
    public void Covering_ManySpansInARow_LooksAtTheOpenSpansOnly()
    {
        // 20,000 mentions one after another, as in a long document: each piece looks at the few spans open at it.
        const int count = 20_000;
        var spans = Enumerable.Range(0, count).Select(i => new TextSpan(i * 10, (i * 10) + 5)).ToList();
        var sweep = new SpanSweep(spans);

        for (var i = 0; i < count; i++)
        {
            Assert.Equal([i], sweep.Covering(i * 10, (i * 10) + 5));
            Assert.Empty(sweep.Covering((i * 10) + 5, (i * 10) + 10));
        }

        // A scan of all spans per piece would look at 2 * 20,000 * 20,000 spans.
        Assert.InRange(sweep.Examined, count, 2 * count);
    }
}
