using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>A gap the text gives between two days of a sentence: "X on April 9, three days after Y on April 6".</summary>
/// <param name="Span">Where the wording of the gap is ("three days after").</param>
/// <param name="Text">The surface text of <paramref name="Span"/>.</param>
/// <param name="Count">How many days or weeks, or <see langword="null"/> when the wording is vague ("a few days after").</param>
/// <param name="UnitDays">The days in one unit: 1 for days, 7 for weeks.</param>
/// <param name="IsAfter">Whether the wording says the first day is after the second ("after"), rather than before it.</param>
/// <param name="First">The nearest day written before the wording.</param>
/// <param name="Second">The nearest day written after the wording.</param>
internal sealed record DayGap(TextSpan Span, string Text, int? Count, int UnitDays, bool IsAfter, Mention First, Mention Second);
