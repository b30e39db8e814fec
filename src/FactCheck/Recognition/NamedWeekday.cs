using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>A weekday the text names beside a date: "Monday" in "Monday, April 9" or "April 9 (Monday)".</summary>
public sealed class NamedWeekday
{
    /// <summary>Creates a named weekday.</summary>
    /// <param name="day">The weekday the text names.</param>
    /// <param name="span">Where the weekday's name is in the document text.</param>
    /// <param name="text">The weekday's name as written, the surface text of <paramref name="span"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> does not match the span length.</exception>
    public NamedWeekday(DayOfWeek day, TextSpan span, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length != span.Length)
        {
            throw new ArgumentException("The text must be the surface text of the span.", nameof(text));
        }

        if (!Enum.IsDefined(day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week.");
        }

        Day = day;
        Span = span;
        Text = text;
    }

    /// <summary>The weekday the text names, which may not be the weekday of the date.</summary>
    public DayOfWeek Day { get; }

    /// <summary>Where the weekday's name is in the document text.</summary>
    public TextSpan Span { get; }

    /// <summary>The weekday's name as written.</summary>
    public string Text { get; }
}
