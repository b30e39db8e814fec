namespace FactCheck.Recognition;

/// <summary>
/// The time a date mention refers to, resolved against the document's publication date when it has one.
/// </summary>
public sealed class DateValue
{
    /// <summary>Creates a date value.</summary>
    /// <param name="grain">How precisely the text names the time.</param>
    /// <param name="start">The first day covered, or <see langword="null"/> when unresolved.</param>
    /// <param name="end">The last day covered (inclusive), or <see langword="null"/> when unresolved.</param>
    /// <param name="timex">The TIMEX3 value as read from the text (for example <c>XXXX-04-09</c> or <c>2025-01</c>).</param>
    /// <param name="unresolvedReason">Why the date could not be pinned to the calendar, or <see langword="null"/> when resolved.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>, or only one of them is given.</exception>
    public DateValue(DateGrain grain, DateOnly? start, DateOnly? end, string timex, string? unresolvedReason = null)
    {
        ArgumentNullException.ThrowIfNull(timex);
        if (start.HasValue != end.HasValue)
        {
            throw new ArgumentException("Start and end must both be given or both be missing.", nameof(end));
        }

        Grain = grain;
        Start = start;
        End = end;
        Timex = timex;
        UnresolvedReason = start.HasValue ? null : unresolvedReason ?? "The text does not name the year and the document has no publication date.";
    }

    /// <summary>How precisely the text names the time.</summary>
    public DateGrain Grain { get; }

    /// <summary>The first day covered, or <see langword="null"/> when unresolved.</summary>
    public DateOnly? Start { get; }

    /// <summary>The last day covered (inclusive), or <see langword="null"/> when unresolved.</summary>
    public DateOnly? End { get; }

    /// <summary>The TIMEX3 value as read from the text.</summary>
    public string Timex { get; }

    /// <summary>Whether <see cref="Start"/> and <see cref="End"/> are known.</summary>
    public bool IsResolved => Start.HasValue;

    /// <summary>Why the date could not be resolved, or <see langword="null"/> when it was.</summary>
    public string? UnresolvedReason { get; }

    /// <summary>
    /// The weekday the text names beside a single day written with digits ("Monday, April 9", "on Monday, April 9",
    /// "April 9 (Monday)"), or <see langword="null"/>. It is what the text says, which may not be the date's weekday.
    /// </summary>
    public NamedWeekday? Weekday { get; private init; }

    /// <summary>
    /// Whether the text writes the year (a four-digit year from 1800 to 2999); when it does not ("April 9", "last
    /// month"), the year was worked out from the publication date.
    /// </summary>
    public bool ShowsYear { get; private init; }

    /// <summary>
    /// The bound word at the start of the date or just before it ("since 2019", "by the end of 2030", "until May"), or
    /// <see cref="DateBound.None"/> when the date is the time itself.
    /// </summary>
    public DateBound Bound { get; private init; }

    /// <summary>Whether a measure takes effect at the date: "takes full effect on April 9", "comes into force from May", "effective".</summary>
    public bool TakesEffect { get; private init; }

    /// <summary>Whether the date's sentence tells of an announcement: "announced", "unveiled", "declared".</summary>
    public bool InAnnouncement { get; private init; }

    /// <summary>
    /// Whether the date is the time of an event the sentence tells in the past tense ("jumped in January 2026", "was
    /// signed on April 2", "In May, prices fell"), not of a plan, a forecast, a deadline or the start of something.
    /// </summary>
    public bool IsPastEvent { get; private init; }

    /// <summary>
    /// A copy of this value with no bound: a date that owns what follows ("after December's rise") is the time of it,
    /// whatever bound governs the whole phrase.
    /// </summary>
    internal DateValue Unbounded() =>
        Bound == DateBound.None ? this : With(new DateContext(Weekday, ShowsYear, DateBound.None, TakesEffect, InAnnouncement, IsPastEvent));

    /// <summary>A copy of this value with what the words around the date say about it.</summary>
    internal DateValue With(DateContext context) =>
        new(Grain, Start, End, Timex, UnresolvedReason)
        {
            Weekday = context.Weekday,
            ShowsYear = context.ShowsYear,
            Bound = context.Bound,
            TakesEffect = context.TakesEffect,
            InAnnouncement = context.InAnnouncement,
            IsPastEvent = context.IsPastEvent,
        };
}
