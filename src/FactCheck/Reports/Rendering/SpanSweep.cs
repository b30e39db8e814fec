using FactCheck.Text;

namespace FactCheck.Reports.Rendering;

/// <summary>
/// Finds the spans that cover each piece of a text, for pieces asked in text order, in one pass: a piece costs the
/// spans open at it, not all the spans of the document.
/// </summary>
internal sealed class SpanSweep
{
    private readonly IReadOnlyList<TextSpan> _spans;
    private readonly int[] _byStart;
    private readonly List<int> _open = [];
    private int _next;
    private int _lastEnd = -1;

    /// <param name="spans">The spans; empty spans cover nothing.</param>
    public SpanSweep(IReadOnlyList<TextSpan> spans)
    {
        _spans = spans;
        _byStart = Enumerable.Range(0, spans.Count).Where(i => spans[i].Length > 0).OrderBy(i => spans[i].Start).ToArray();
    }

    /// <summary>How many times a span was looked at so far: the work done, which grows with the pieces and the spans open at them.</summary>
    public long Examined { get; private set; }

    /// <summary>
    /// The indices, in ascending order, of the spans that cover all of [<paramref name="start"/>, <paramref name="end"/>).
    /// Pieces must be asked in text order, each starting at or after the end of the one before.
    /// </summary>
    public List<int> Covering(int start, int end)
    {
        if (start < _lastEnd)
        {
            throw new InvalidOperationException("Pieces must be asked in text order.");
        }

        _lastEnd = end;
        while (_next < _byStart.Length && _spans[_byStart[_next]].Start <= start)
        {
            _open.Add(_byStart[_next++]);
        }

        var result = new List<int>();
        Examined += _open.Count;
        foreach (var i in _open)
        {
            if (end <= _spans[i].End)
            {
                result.Add(i);
            }
        }

        // A span that ends here covers no later piece.
        _open.RemoveAll(i => _spans[i].End <= end);
        result.Sort();
        return result;
    }
}
