using FactCheck.Checks.Internal;
using FactCheck.Reports;

namespace FactCheck.Checks.DateOrder;

/// <summary>
/// Options of the <c>date-order</c> check: dates in an order that cannot be — a period whose start is after its end
/// ("from 2018 to 2013"), "three days after" contradicted by the two dates, an effective date before the announcement
/// it follows, a past-tense event dated after publication, a report dated before what it reports.
/// </summary>
/// <remarks>
/// Only dates that name their year are compared where a wrong guess of the year would cause a false alarm
/// (periods, events after publication, reports). Sentences with future or conditional wording ("will", "expected",
/// "scheduled", "by 2030") are not taken as past events.
/// </remarks>
public sealed class DateOrderOptions
{
    /// <summary>Severity when the dates cannot all be true (reversed period, contradicted "days after", a past event dated after publication, a report dated before its subject). Default <see cref="Severity.Error"/>.</summary>
    public Severity Severity { get; set; } = Severity.Error;

    /// <summary>
    /// Severity of an effective date before its announcement. Default <see cref="Severity.Warning"/>: it holds only if the
    /// measure applies retroactively, an unusual reading.
    /// </summary>
    public Severity EffectiveBeforeAnnouncementSeverity { get; set; } = Severity.Warning;

    /// <summary>Days of difference allowed between "N days after/before" and the two dates. Default <c>0</c>. Must be zero or more.</summary>
    public int DayTolerance { get; set; }

    /// <summary>Whether to look for past-tense events dated after the publication date. Default <see langword="true"/>; needs a publication date.</summary>
    public bool CheckEventsAfterPublication { get; set; } = true;

    internal DateOrderOptions Validated()
    {
        OptionChecks.Defined(Severity, nameof(Severity));
        OptionChecks.Defined(EffectiveBeforeAnnouncementSeverity, nameof(EffectiveBeforeAnnouncementSeverity));
        OptionChecks.NonNegative(DayTolerance, nameof(DayTolerance));
        return new DateOrderOptions
        {
            Severity = Severity,
            EffectiveBeforeAnnouncementSeverity = EffectiveBeforeAnnouncementSeverity,
            DayTolerance = DayTolerance,
            CheckEventsAfterPublication = CheckEventsAfterPublication,
        };
    }
}
