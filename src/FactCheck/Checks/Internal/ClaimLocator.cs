using FactCheck.Claims;
using FactCheck.Text;

namespace FactCheck.Checks.Internal;

/// <summary>
/// Finds the claims at a place in the text, or made of a mention, for the findings that name them, without reading
/// every claim for every finding (a long document with many findings would cost the square of its length).
/// </summary>
internal sealed class ClaimLocator
{
    private readonly IReadOnlyList<Claim> _claims;
    private readonly SpanIndex _claimSpans;
    private readonly SpanIndex _timeSpans;
    private readonly Dictionary<int, List<int>> _byMention = [];

    public ClaimLocator(IReadOnlyList<Claim> claims)
    {
        _claims = claims;
        var claimSpans = new List<(TextSpan, int)>(claims.Count);
        var timeSpans = new List<(TextSpan, int)>();
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            claimSpans.Add((claim.Span, i));
            if (claim.Time?.Span is TextSpan time)
            {
                timeSpans.Add((time, i));
            }

            if (claim.EffectiveDate?.Span is TextSpan effective)
            {
                timeSpans.Add((effective, i));
            }

            foreach (var mention in claim.MentionIndices)
            {
                if (!_byMention.TryGetValue(mention, out var list))
                {
                    _byMention[mention] = list = [];
                }

                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        _claimSpans = new SpanIndex(claimSpans);
        _timeSpans = new SpanIndex(timeSpans);
    }

    /// <summary>How many indexed spans the lookups looked at so far.</summary>
    public long Examined => _claimSpans.Examined + _timeSpans.Examined;

    /// <summary>The claims whose words (<see cref="Claim.Span"/>) share a character with <paramref name="span"/>.</summary>
    public IEnumerable<int> AtWords(TextSpan span) => _claimSpans.Overlapping(span);

    /// <summary>The claims whose time or effective date is written in words that share a character with <paramref name="span"/>.</summary>
    public IEnumerable<int> AtTime(TextSpan span) => _timeSpans.Overlapping(span);

    /// <summary>The claims made of the mention at <paramref name="mention"/>.</summary>
    public IEnumerable<int> WithMention(int mention) => _byMention.TryGetValue(mention, out var list) ? list : [];

    /// <summary>The ids of the claims at <paramref name="indices"/>, each once, in the order of the claims.</summary>
    public string[] Ids(IEnumerable<int> indices) => indices.Distinct().Order().Select(i => _claims[i].Id).ToArray();

    /// <summary>Spans sorted by start, with the furthest end so far, so a lookup reads back only while a span can still reach.</summary>
    private sealed class SpanIndex
    {
        private readonly (TextSpan Span, int Claim)[] _entries;
        private readonly int[] _furthestEnd;

        public SpanIndex(List<(TextSpan Span, int Claim)> entries)
        {
            _entries = entries.OrderBy(e => e.Span.Start).ToArray();
            _furthestEnd = new int[_entries.Length];
            var furthest = int.MinValue;
            for (var k = 0; k < _entries.Length; k++)
            {
                furthest = Math.Max(furthest, _entries[k].Span.End);
                _furthestEnd[k] = furthest;
            }
        }

        public long Examined { get; private set; }

        public List<int> Overlapping(TextSpan span)
        {
            // The entries that start before the span ends, read back while one of them can still end inside it.
            int low = 0, high = _entries.Length;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (_entries[mid].Span.Start < span.End)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            var found = new List<int>();
            for (var k = low - 1; k >= 0 && _furthestEnd[k] > span.Start; k--)
            {
                Examined++;
                if (_entries[k].Span.Overlaps(span))
                {
                    found.Add(_entries[k].Claim);
                }
            }

            return found;
        }
    }
}
