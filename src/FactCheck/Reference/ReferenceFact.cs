using FactCheck.Claims;

namespace FactCheck.Reference;

/// <summary>
/// A trusted fact to check claims against: some measure of some subject had some value, valid over some dates,
/// according to some source ("the US tariff on Pakistani goods is 29% from 2025-04-09, per the White House schedule").
/// </summary>
public sealed class ReferenceFact
{
    /// <summary>Creates a fact.</summary>
    /// <param name="subject">What the value is about, in the words texts use ("duty on exports from Pakistan to the US").</param>
    /// <param name="measure">What sort of quantity it is; not <see cref="Measure.Unknown"/>.</param>
    /// <param name="value">The value.</param>
    /// <param name="unit">The unit as on claims: <c>%</c>, <c>pp</c>, <c>x</c>, an ISO 4217 code, or empty for counts.</param>
    /// <param name="source">Who says so; named in every verdict.</param>
    /// <param name="validFrom">The first day the value holds, or <see langword="null"/> when it always has.</param>
    /// <param name="validTo">The last day the value holds (inclusive), or <see langword="null"/> when it still does.</param>
    /// <param name="tolerance">How far, in the unit, a claim may be from the value and still agree. Zero or more.</param>
    /// <param name="location">Where the fact was read from, such as <c>facts.csv:3</c>, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">An argument is empty or out of range, or <paramref name="validTo"/> is before <paramref name="validFrom"/>.</exception>
    public ReferenceFact(
        string subject,
        Measure measure,
        decimal value,
        string unit,
        string source,
        DateOnly? validFrom = null,
        DateOnly? validTo = null,
        decimal tolerance = 0m,
        string? location = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (measure == Measure.Unknown || !Enum.IsDefined(measure))
        {
            throw new ArgumentException("A fact names its measure.", nameof(measure));
        }

        if (tolerance < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be zero or more.");
        }

        if (validFrom is DateOnly from && validTo is DateOnly to && to < from)
        {
            throw new ArgumentException("The fact stops being valid before it starts.", nameof(validTo));
        }

        Subject = subject.Trim();
        Measure = measure;
        Value = value;
        Unit = unit.Trim();
        Source = source.Trim();
        ValidFrom = validFrom;
        ValidTo = validTo;
        Tolerance = tolerance;
        Location = location;
    }

    /// <summary>What the value is about.</summary>
    public string Subject { get; }

    /// <summary>What sort of quantity it is.</summary>
    public Measure Measure { get; }

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>The unit: <c>%</c>, <c>pp</c>, <c>x</c>, an ISO 4217 code, or empty for counts.</summary>
    public string Unit { get; }

    /// <summary>Who says so.</summary>
    public string Source { get; }

    /// <summary>The first day the value holds, or <see langword="null"/> when it always has.</summary>
    public DateOnly? ValidFrom { get; }

    /// <summary>The last day the value holds (inclusive), or <see langword="null"/> when it still does.</summary>
    public DateOnly? ValidTo { get; }

    /// <summary>How far, in the unit, a claim may be from the value and still agree.</summary>
    public decimal Tolerance { get; }

    /// <summary>Where the fact was read from, such as <c>facts.csv:3</c>, or <see langword="null"/>.</summary>
    public string? Location { get; }

    /// <summary>Whether the fact holds on some day between <paramref name="start"/> and <paramref name="end"/> (inclusive).</summary>
    public bool IsValidDuring(DateOnly start, DateOnly end) =>
        (ValidFrom is not DateOnly from || end >= from) && (ValidTo is not DateOnly to || start <= to);

    /// <summary>Whether the fact holds at all times (no validity dates).</summary>
    public bool IsTimeless => ValidFrom is null && ValidTo is null;

    /// <inheritdoc />
    public override string ToString() => $"{Subject} ({Measure}) = {Value} {Unit} per {Source}";
}
