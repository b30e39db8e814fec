using FactCheck.Claims;

namespace FactCheck.Checks.Internal;

/// <summary>Lookups over a document's claims: by id, and the claims linked to a claim in either direction.</summary>
internal sealed class ClaimIndex
{
    private readonly Dictionary<string, Claim> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Claim>> _linked = new(StringComparer.Ordinal);

    public ClaimIndex(IReadOnlyList<Claim> claims)
    {
        foreach (var claim in claims)
        {
            _byId.TryAdd(claim.Id, claim);
        }

        foreach (var claim in claims)
        {
            foreach (var id in claim.Related)
            {
                if (_byId.TryGetValue(id, out var other) && !ReferenceEquals(other, claim))
                {
                    Link(claim, other);
                    Link(other, claim);
                }
            }
        }
    }

    /// <summary>The claims linked to <paramref name="claim"/> by <see cref="Claim.Related"/>, either way round.</summary>
    public IReadOnlyList<Claim> Linked(Claim claim) => _linked.TryGetValue(claim.Id, out var list) ? list : [];

    private void Link(Claim from, Claim to)
    {
        if (!_linked.TryGetValue(from.Id, out var list))
        {
            list = [];
            _linked[from.Id] = list;
        }

        if (!list.Contains(to))
        {
            list.Add(to);
        }
    }
}
