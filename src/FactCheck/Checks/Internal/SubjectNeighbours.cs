using FactCheck.Claims;

namespace FactCheck.Checks.Internal;

/// <summary>
/// The claims of a list that share a subject key, in list order, so that a rule can set a claim against the statements
/// of the same subject near it. Rules look at a window of neighbours, not at all of them: a long document that names one
/// subject thousands of times would otherwise cost the square of its length, and findings would grow the same way.
/// </summary>
internal sealed class SubjectNeighbours
{
    private readonly IReadOnlyList<Claim> _claims;
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly int[] _rank;

    /// <param name="claims">The claims, in document order; <see cref="Before"/> and <see cref="Around"/> take indices into this list.</param>
    public SubjectNeighbours(IReadOnlyList<Claim> claims)
    {
        _claims = claims;
        _rank = new int[claims.Count];
        for (var i = 0; i < claims.Count; i++)
        {
            var key = claims[i].SubjectKey;
            if (key.Length == 0)
            {
                _rank[i] = -1;
                continue;
            }

            if (!_byKey.TryGetValue(key, out var list))
            {
                _byKey[key] = list = [];
            }

            _rank[i] = list.Count;
            list.Add(i);
        }
    }

    /// <summary>
    /// The indices of at most <paramref name="count"/> claims before the claim at <paramref name="index"/> with its subject
    /// key, the nearest ones, earliest first. None when the claim has no key.
    /// </summary>
    public IEnumerable<int> Before(int index, int count)
    {
        if (_rank[index] is var rank && rank < 0)
        {
            yield break;
        }

        var list = _byKey[_claims[index].SubjectKey];
        for (var n = Math.Max(0, rank - count); n < rank; n++)
        {
            yield return list[n];
        }
    }

    /// <summary>
    /// The indices of at most <paramref name="count"/> claims with the subject key of the claim at <paramref name="index"/>
    /// on each side of it, the nearest ones, in list order; the claim itself is not one. None when the claim has no key.
    /// </summary>
    public IEnumerable<int> Around(int index, int count)
    {
        if (_rank[index] is var rank && rank < 0)
        {
            yield break;
        }

        var list = _byKey[_claims[index].SubjectKey];
        var last = Math.Min(list.Count - 1, rank + count);
        for (var n = Math.Max(0, rank - count); n <= last; n++)
        {
            if (n != rank)
            {
                yield return list[n];
            }
        }
    }
}
