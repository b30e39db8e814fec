using FactCheck.Checks.Internal;
using FactCheck.Reports;

namespace FactCheck.Checks.Weekday;

/// <summary>
/// Options of the <c>weekday</c> check: a weekday written next to a date must be that date's weekday
/// ("Monday, April 9, 2025" is a Wednesday).
/// </summary>
/// <remarks>
/// Only full weekday names are read ("Monday", not "Mon"), written just before the date ("Monday, April 9") or in
/// brackets just after it ("April 9 (Monday)"). Dates without a year are taken in the year the recognizer resolved
/// them to from the publication date; the message says so.
/// </remarks>
public sealed class WeekdayOptions
{
    /// <summary>Severity when the date names its own year. Default <see cref="Severity.Error"/>.</summary>
    public Severity Severity { get; set; } = Severity.Error;

    /// <summary>
    /// Severity when the year was inferred from the publication date ("Monday, April 9"). Default
    /// <see cref="Severity.Error"/>: the nearest April 9 to the publication date is the one meant.
    /// </summary>
    public Severity InferredYearSeverity { get; set; } = Severity.Error;

    internal WeekdayOptions Validated()
    {
        OptionChecks.Defined(Severity, nameof(Severity));
        OptionChecks.Defined(InferredYearSeverity, nameof(InferredYearSeverity));
        return new WeekdayOptions { Severity = Severity, InferredYearSeverity = InferredYearSeverity };
    }
}
