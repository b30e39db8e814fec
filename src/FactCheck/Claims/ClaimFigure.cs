using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>
/// A figure that takes part in a claim besides its main value: the earlier value of a from/to pair
/// ("10%" in "29%, up from the earlier 10%"), the change stated beside a new level ("20%" in "rose 20% to £5bn"),
/// the whole of a share ("1,200" in "300 of the 1,200 jobs") or the figure a comparison is made against.
/// </summary>
public sealed class ClaimFigure
{
    /// <summary>Creates a claim figure.</summary>
    /// <param name="mentionIndex">The index of the mention in the report's mentions.</param>
    /// <param name="span">Where the figure is in the text, qualifier included.</param>
    /// <param name="text">The surface text of <paramref name="span"/>.</param>
    /// <param name="value">The normalized value.</param>
    /// <param name="unit">The unit, as on <see cref="Mention.Unit"/>.</param>
    /// <param name="low">The lowest value the figure allows.</param>
    /// <param name="high">The highest value the figure allows.</param>
    /// <param name="qualifier">The hedge on the figure, if any.</param>
    /// <exception cref="ArgumentException">The text does not match the span, or the interval is reversed.</exception>
    public ClaimFigure(int mentionIndex, TextSpan span, string text, decimal value, string unit, decimal low, decimal high, Qualifier qualifier = Qualifier.None)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mentionIndex);
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

        MentionIndex = mentionIndex;
        Span = span;
        Text = text;
        Value = value;
        Unit = unit;
        Low = low;
        High = high;
        Qualifier = qualifier;
    }

    /// <summary>The index of the mention in the report's mentions.</summary>
    public int MentionIndex { get; }

    /// <summary>Where the figure is in the text, qualifier included.</summary>
    public TextSpan Span { get; }

    /// <summary>The surface text of <see cref="Span"/>.</summary>
    public string Text { get; }

    /// <summary>The normalized value.</summary>
    public decimal Value { get; }

    /// <summary>The unit: <c>%</c>, <c>pp</c>, an ISO 4217 code, <c>x</c>, or empty for plain numbers.</summary>
    public string Unit { get; }

    /// <summary>The lowest value the figure allows, after hedges and precision.</summary>
    public decimal Low { get; }

    /// <summary>The highest value the figure allows, after hedges and precision.</summary>
    public decimal High { get; }

    /// <summary>The hedge on the figure, if any.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>The figure of a mention, at its index in the report's mentions.</summary>
    internal static ClaimFigure FromMention(Mention mention, int mentionIndex)
        => new(mentionIndex, mention.Span, mention.Text, mention.Value, mention.Unit, mention.Low, mention.High, mention.Qualifier);

    /// <inheritdoc />
    public override string ToString() => $"{Text} = {Value} {Unit}";
}
