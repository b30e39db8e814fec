using FactCheck.Claims;

namespace FactCheck.Checks.Internal;

/// <summary>Whether two claims are about the same time.</summary>
internal static class Times
{
    /// <summary>
    /// Two claims are about the same time when both name the same period, or both take the publication date
    /// (present tense) or neither has a time; effective dates, when both give one, must be the same too.
    /// </summary>
    /// <param name="a">One claim.</param>
    /// <param name="b">The other claim.</param>
    /// <param name="presentTenseWindowDays">How many days apart two present-tense claims may be dated (by their publication dates) and still be about the same time.</param>
    public static bool SameTime(Claim a, Claim b, int presentTenseWindowDays = 0)
    {
        if (!SamePeriod(a.Time, b.Time, presentTenseWindowDays))
        {
            return false;
        }

        return a.EffectiveDate?.Date is not { IsResolved: true } ea
            || b.EffectiveDate?.Date is not { IsResolved: true } eb
            || (ea.Start == eb.Start && ea.End == eb.End);
    }

    /// <summary>
    /// Whether two claims worded alike (<see cref="Wordings"/>) are about the same time: as <see cref="SameTime"/>, or one
    /// has only the period its sentences before were about and the other no time, or the time of writing within that
    /// period. Neither sentence names a period of its own, so the same words are read for one; a period each names, or
    /// each takes from what precedes it, that differs still keeps them apart.
    /// </summary>
    public static bool SameTimeWorded(Claim a, Claim b, int presentTenseWindowDays = 0) =>
        SameTime(a, b, presentTenseWindowDays) || OnlyContextApart(a.Time, b.Time) || OnlyContextApart(b.Time, a.Time);

    // No time against the period of the sentences before, or the time of writing against such a period that holds it
    // ("is thought to be more than 10%" under "this year").
    private static bool OnlyContextApart(ClaimTime? a, ClaimTime? b) =>
        b?.Basis == TimeBasis.Context
        && (a is null
            || (a.Basis == TimeBasis.PublicationDate && a.Date?.Start is DateOnly day
                && b.Date is { IsResolved: true, Start: DateOnly start, End: DateOnly end } && start <= day && day <= end));

    /// <summary>
    /// Whether two changes are measured from the same earlier time: neither names it, or both name the same period.
    /// </summary>
    public static bool SamePreviousTime(Claim a, Claim b) =>
        (a.PreviousTime is null && b.PreviousTime is null) || (a.PreviousTime is not null && b.PreviousTime is not null && SamePeriod(a.PreviousTime, b.PreviousTime, 0));

    private static bool SamePeriod(ClaimTime? a, ClaimTime? b, int window)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.FromPublicationDate || b.FromPublicationDate)
        {
            if (!(a.FromPublicationDate && b.FromPublicationDate))
            {
                return false;
            }

            return a.Date?.Start is not DateOnly sa || b.Date?.Start is not DateOnly sb
                || Math.Abs(sa.DayNumber - sb.DayNumber) <= window;
        }

        if (a.Date is not { IsResolved: true } da || b.Date is not { IsResolved: true } db)
        {
            return string.Equals(Normalize(a.Text), Normalize(b.Text), StringComparison.Ordinal) && a.Text.Length > 0;
        }

        return da.Start == db.Start && da.End == db.End;
    }

    private static string Normalize(string text) => text.Trim().ToUpperInvariant();
}
