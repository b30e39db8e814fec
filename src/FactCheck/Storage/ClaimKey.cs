using FactCheck.Claims;

namespace FactCheck.Storage;

/// <summary>
/// What a store indexes claims by: the subject key, the measure, the unit and the period. Two claims can only be
/// restatements of one figure when their keys are equal, so a lookup by key finds every claim a new one may conflict with.
/// </summary>
public sealed class ClaimKey : IEquatable<ClaimKey>
{
    /// <summary>Creates a key.</summary>
    /// <param name="subjectKey">The claim's <see cref="Claim.SubjectKey"/>.</param>
    /// <param name="measure">The claim's <see cref="Claim.Measure"/>.</param>
    /// <param name="unit">The claim's unit; units that differ only in case are one unit, so it is kept in upper case.</param>
    /// <param name="period">The period's <see cref="ClaimPeriod.Key"/>, or <c>none</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is empty.</exception>
    public ClaimKey(string subjectKey, Measure measure, string unit, string period)
    {
        ArgumentNullException.ThrowIfNull(subjectKey);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentException.ThrowIfNullOrEmpty(period);
        SubjectKey = subjectKey;
        Measure = measure;
        Unit = unit.ToUpperInvariant();
        Period = period;
    }

    /// <summary>The normalized subject.</summary>
    public string SubjectKey { get; }

    /// <summary>The sort of quantity.</summary>
    public Measure Measure { get; }

    /// <summary>The unit, in upper case.</summary>
    public string Unit { get; }

    /// <summary>The period's key (<see cref="ClaimPeriod.Key"/>), or <c>none</c>.</summary>
    public string Period { get; }

    /// <summary>Whether the key is that of present-tense claims, which meet within a window of publication dates.</summary>
    public bool IsPresent => Period == ClaimPeriod.PresentKey;

    /// <inheritdoc />
    public bool Equals(ClaimKey? other) =>
        other is not null && SubjectKey == other.SubjectKey && Measure == other.Measure && Unit == other.Unit && Period == other.Period;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ClaimKey);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SubjectKey, Measure, Unit, Period);

    /// <inheritdoc />
    public override string ToString() => $"{SubjectKey} | {Measure} | {Unit} | {Period}";
}
