namespace FactCheck.Storage;

/// <summary>
/// What a store is asked for: the claims of one key and, for present-tense claims, those whose period starts within a
/// window of days (claims whose period has no start match any window).
/// </summary>
public sealed class ClaimLookup : IEquatable<ClaimLookup>
{
    /// <summary>Creates a lookup.</summary>
    /// <param name="key">The key.</param>
    /// <param name="earliest">For a present-tense key, the earliest start of the period; <see langword="null"/> for no bound.</param>
    /// <param name="latest">For a present-tense key, the latest start of the period; <see langword="null"/> for no bound.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A bound is given for a key that is not present-tense, or <paramref name="latest"/> is before <paramref name="earliest"/>.</exception>
    public ClaimLookup(ClaimKey key, DateOnly? earliest = null, DateOnly? latest = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        if ((earliest.HasValue || latest.HasValue) && !key.IsPresent)
        {
            throw new ArgumentException("Only present-tense keys take a window of days.", nameof(earliest));
        }

        if (earliest > latest)
        {
            throw new ArgumentException("The window ends before it starts.", nameof(latest));
        }

        Key = key;
        Earliest = earliest;
        Latest = latest;
    }

    /// <summary>The key.</summary>
    public ClaimKey Key { get; }

    /// <summary>The earliest start of the period, or <see langword="null"/>.</summary>
    public DateOnly? Earliest { get; }

    /// <summary>The latest start of the period, or <see langword="null"/>.</summary>
    public DateOnly? Latest { get; }

    /// <inheritdoc />
    public bool Equals(ClaimLookup? other) => other is not null && Key.Equals(other.Key) && Earliest == other.Earliest && Latest == other.Latest;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClaimLookup);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Earliest, Latest);
}
