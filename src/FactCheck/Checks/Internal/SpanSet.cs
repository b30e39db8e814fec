using FactCheck.Text;

namespace FactCheck.Checks.Internal;

/// <summary>
/// Spans gathered one by one, asked whether any of them shares a character with a new span: the question a rule asks
/// to keep one finding per place, answered from the spans near the new one instead of all spans so far.
/// </summary>
internal sealed class SpanSet
{
    private readonly SortedSet<(int Start, int End, int Order)> _spans = [];
    private int _longest;

    /// <summary>How many spans the questions looked at so far.</summary>
    public long Examined { get; private set; }

    public void Add(TextSpan span)
    {
        _spans.Add((span.Start, span.End, _spans.Count));
        _longest = Math.Max(_longest, span.Length);
    }

    /// <summary>Whether any span added so far overlaps <paramref name="span"/> (<see cref="TextSpan.Overlaps"/>).</summary>
    public bool Overlaps(TextSpan span)
    {
        // A span that overlaps starts before this one ends, and no earlier than the longest span added can reach back.
        if (_spans.Count == 0)
        {
            return false;
        }

        var low = (Start: span.Start - _longest, End: int.MinValue, Order: int.MinValue);
        var high = (Start: span.End, End: int.MinValue, Order: int.MinValue);
        if (low.CompareTo(high) > 0)
        {
            return false;
        }

        foreach (var (start, end, _) in _spans.GetViewBetween(low, high))
        {
            Examined++;
            if (start < span.End && span.Start < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any of <paramref name="spans"/> overlaps a span added so far.</summary>
    public bool OverlapsAny(IEnumerable<TextSpan> spans) => spans.Any(Overlaps);
}
