using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>
/// A figure or date found in the text: where it is, what it says, and the interval of values it stands for
/// once hedges ("nearly", "more than") and the precision shown ("29%" stands for [28.5, 29.5)) are counted.
/// </summary>
public sealed class Mention
{
    /// <summary>Creates a mention.</summary>
    /// <param name="kind">What the mention measures.</param>
    /// <param name="span">Where it is in the document text, qualifier included.</param>
    /// <param name="text">The surface text of <paramref name="span"/>.</param>
    /// <param name="value">The normalized value (for dates, the year of the start when resolved, else 0).</param>
    /// <param name="unit">The unit: <c>%</c>, <c>pp</c>, an ISO 4217 code, <c>x</c> for multipliers, <c>date</c> for dates, or empty for plain numbers.</param>
    /// <param name="low">The lowest value the mention allows.</param>
    /// <param name="high">The highest value the mention allows.</param>
    /// <param name="qualifier">The hedge that widens the value, if any.</param>
    /// <param name="decimals">The number of decimal places shown in the text (0 for "29%", 1 for "3.5pc").</param>
    /// <param name="date">For <see cref="MentionKind.Date"/>, the time referred to; otherwise <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The interval does not contain the value, or <paramref name="text"/> does not match the span length.</exception>
    public Mention(
        MentionKind kind,
        TextSpan span,
        string text,
        decimal value,
        string unit,
        decimal low,
        decimal high,
        Qualifier qualifier = Qualifier.None,
        int decimals = 0,
        DateValue? date = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(unit);
        if (text.Length != span.Length)
        {
            throw new ArgumentException("The text must be the surface text of the span.", nameof(text));
        }

        if (low > high)
        {
            throw new ArgumentException("The low end of the interval is above the high end.", nameof(low));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        if (kind == MentionKind.Date && date is null)
        {
            throw new ArgumentException("A date mention needs its date value.", nameof(date));
        }

        Kind = kind;
        Span = span;
        Text = text;
        Value = value;
        Unit = unit;
        Low = low;
        High = high;
        Qualifier = qualifier;
        Decimals = decimals;
        Date = date;
    }

    /// <summary>What the mention measures.</summary>
    public MentionKind Kind { get; }

    /// <summary>Where the mention is in the document text, qualifier included.</summary>
    public TextSpan Span { get; }

    /// <summary>The surface text of <see cref="Span"/>.</summary>
    public string Text { get; }

    /// <summary>The normalized value: 29 for "29%", 7000000000 for "$7 billion", 0.5 for "50 basis points".</summary>
    public decimal Value { get; }

    /// <summary>The unit: <c>%</c>, <c>pp</c>, an ISO 4217 code, <c>x</c>, <c>date</c>, or empty for plain numbers.</summary>
    public string Unit { get; }

    /// <summary>The lowest value the mention allows, after hedges and precision.</summary>
    public decimal Low { get; }

    /// <summary>The highest value the mention allows, after hedges and precision.</summary>
    public decimal High { get; }

    /// <summary>The hedge that widens the value, if any.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>The number of decimal places shown in the text.</summary>
    public int Decimals { get; }

    /// <summary>For dates, the time referred to; otherwise <see langword="null"/>.</summary>
    public DateValue? Date { get; }

    /// <summary>What the words around the figure say about its role; recorded by the recognition stage.</summary>
    internal FigureCues Cues { get; private init; }

    /// <summary>A copy of this date mention with <paramref name="date"/> in place of its date value.</summary>
    internal Mention WithDate(DateValue date) => new(Kind, Span, Text, Value, Unit, Low, High, Qualifier, Decimals, date) { Cues = Cues };

    /// <summary>A copy of this mention with <paramref name="cues"/>.</summary>
    internal Mention WithCues(FigureCues cues) => new(Kind, Span, Text, Value, Unit, Low, High, Qualifier, Decimals, Date) { Cues = cues };

    /// <inheritdoc />
    public override string ToString() => $"{Kind} '{Text}' [{Span.Start},{Span.End})";
}
