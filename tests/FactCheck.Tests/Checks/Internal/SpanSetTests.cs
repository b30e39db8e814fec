using FactCheck.Checks.Internal;
using FactCheck.Text;
using Xunit;

namespace FactCheck.Tests.Checks.Internal;

public sealed class SpanSetTests
{
    [Fact]
    public void Overlaps_RandomSpans_IsWhatAFullScanFinds()
    {
        var random = new Random(11);
        var set = new SpanSet();
        var added = new List<TextSpan>();
        for (var i = 0; i < 2_000; i++)
        {
            var start = random.Next(10_000);
            var span = new TextSpan(start, start + random.Next(0, i % 50 == 0 ? 400 : 30));
            Assert.Equal(added.Any(a => a.Overlaps(span)), set.Overlaps(span));
            if (random.Next(2) == 0)
            {
                set.Add(span);
                added.Add(span);
            }
        }
    }

    [Fact]
    public void Overlaps_ManyFindingsInARow_LooksAtTheSpansNearby()
    {
        // One finding per place over a long document: each new span is set against its neighbours, not all spans so far.
        const int count = 20_000;
        var set = new SpanSet();
        for (var i = 0; i < count; i++)
        {
            var span = new TextSpan(i * 10, (i * 10) + 6);
            Assert.False(set.Overlaps(span));
            set.Add(span);
            Assert.True(set.Overlaps(new TextSpan((i * 10) + 5, (i * 10) + 8)));
        }

        Assert.InRange(set.Examined, count, 4 * count);
    }
}
