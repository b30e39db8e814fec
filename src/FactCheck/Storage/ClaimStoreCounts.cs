namespace FactCheck.Storage;

/// <summary>How much a claim store holds.</summary>
public sealed class ClaimStoreCounts
{
    /// <summary>Creates the counts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public ClaimStoreCounts(long documents, long claims)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documents);
        ArgumentOutOfRangeException.ThrowIfNegative(claims);
        Documents = documents;
        Claims = claims;
    }

    /// <summary>The documents stored.</summary>
    public long Documents { get; }

    /// <summary>The claims stored.</summary>
    public long Claims { get; }
}
