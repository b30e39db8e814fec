namespace FactCheck.Recognition;

/// <summary>
/// The interval of values a stated figure stands for, from the precision shown and the hedge in front of it.
/// </summary>
/// <remarks>
/// <para>
/// <b>Precision.</b> A figure stands for every value that rounds to it: half a unit of its last shown digit at the
/// stated scale on either side. "29%" is [28.5, 29.5], "3.5pc" is [3.45, 3.55], "$7 billion" is [6.5bn, 7.5bn],
/// "42,000" is [41,999.5, 42,000.5] (trailing zeros are taken as shown: the text does not say they are rounded).
/// Numbers in words count as whole units of their scale ("two million" is [1.5m, 2.5m]). Fractions in words
/// ("a third") and change verbs ("doubled") are exact.
/// </para>
/// <para>
/// <b>Hedges.</b> Let <c>v</c> be the value, <c>p</c> the half-unit of precision above and <c>r</c> one unit of the
/// last non-zero shown digit (the rounding step the writer chose: 10,000 for "40,000", 1,000 for "42,000", 1 for
/// "29%"). The hedges widen the interval as follows, and never narrow it below the precision shown:
/// </para>
/// <list type="bullet">
/// <item><description>about, around, some, roughly, approximately, an estimated: v ± max(p, 5% of |v|).</description></item>
/// <item><description>nearly, almost, just under, close to: [v − max(p, 5% of |v|), v].</description></item>
/// <item><description>more than, over, above, upwards of, just over: [v, v + r] — had the figure reached the next
/// rounding step, the writer would have said so ("more than 40,000" is up to 50,000).</description></item>
/// <item><description>at least, no fewer than, as many as: [v, v + r].</description></item>
/// <item><description>less than, under, below, fewer than: [v − r, v] (not below zero for a non-negative v).</description></item>
/// <item><description>up to, at most, no more than: [v − r, v] (not below zero for a non-negative v).</description></item>
/// <item><description>between X and Y, X–Y: [X, Y] as stated.</description></item>
/// </list>
/// </remarks>
internal static class MentionInterval
{
    /// <summary>The relative half-width of "about" and of "nearly": 5 % of the value.</summary>
    public const decimal ApproximateShare = 0.05m;

    /// <summary>Returns the interval for <paramref name="value"/> shown with <paramref name="step"/> as its last digit's unit.</summary>
    /// <param name="value">The value as stated.</param>
    /// <param name="step">One unit of the last shown digit at the stated scale (1 for "29%", 0.1 for "3.5pc", 1e9 for "$7 billion"); 0 for exact values.</param>
    /// <param name="qualifier">The hedge in front of the figure.</param>
    public static (decimal Low, decimal High) For(decimal value, decimal step, Qualifier qualifier)
    {
        var half = step / 2;
        var approximate = Math.Max(half, Math.Abs(value) * ApproximateShare);
        var rounding = RoundingStep(value, step);
        var floor = value >= 0 ? 0m : decimal.MinValue;
        return qualifier switch
        {
            Qualifier.Approximately => (value - approximate, value + approximate),
            Qualifier.Nearly => (value - approximate, value),
            Qualifier.MoreThan or Qualifier.AtLeast => (value, value + Math.Max(rounding, step)),
            Qualifier.LessThan or Qualifier.AtMost => (Math.Max(floor, value - Math.Max(rounding, step)), value),
            _ => (value - half, value + half),
        };
    }

    /// <summary>One unit of the last non-zero digit of <paramref name="value"/>, never finer than <paramref name="step"/>.</summary>
    public static decimal RoundingStep(decimal value, decimal step)
    {
        if (step <= 0 || value == 0)
        {
            return step;
        }

        var rounding = step;
        var magnitude = Math.Abs(value);
        while (rounding < decimal.MaxValue / 10 && magnitude % (rounding * 10) == 0)
        {
            rounding *= 10;
        }

        return rounding;
    }
}
