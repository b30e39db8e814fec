namespace FactCheck.Recognition;

/// <summary>What the words in and around a date say about it; see <see cref="DateContextReader"/>.</summary>
internal readonly record struct DateContext(
    NamedWeekday? Weekday,
    bool ShowsYear,
    DateBound Bound,
    bool TakesEffect,
    bool InAnnouncement,
    bool IsPastEvent);
