namespace FactCheck.Checks.Internal;

/// <summary>A closed interval of decimals: the values a stated figure allows once hedges and rounding are counted.</summary>
internal readonly record struct Interval
{
    public Interval(decimal low, decimal high)
    {
        Low = Math.Min(low, high);
        High = Math.Max(low, high);
    }

    public decimal Low { get; }

    public decimal High { get; }

    public static Interval Exact(decimal value) => new(value, value);

    public bool IsPositive => Low > 0m;

    public decimal Mid => (Low + High) / 2m;

    /// <summary>Whether some value lies in both intervals once each end is moved out by <paramref name="slack"/>.</summary>
    /// <remarks>
    /// Rounding intervals are half-open ("29%" stands for 28.5 up to but not including 29.5), so two intervals that only
    /// touch at one end do not overlap unless one of them is a single value.
    /// </remarks>
    public bool Overlaps(Interval other, decimal slack = 0m)
    {
        var low = Math.Max(Low - slack, other.Low);
        var high = Math.Min(High + slack, other.High);
        if (low > high)
        {
            return false;
        }

        return low < high || Low == High || other.Low == other.High;
    }

    public bool Contains(decimal value, decimal slack = 0m) => Low - slack <= value && value <= High + slack;

    public Interval Negate() => new(-High, -Low);

    public Interval Widen(decimal by) => new(Low - by, High + by);

    public Interval WidenRelative(decimal fraction) => new(Low - (Math.Abs(Low) * fraction), High + (Math.Abs(High) * fraction));

    public static Interval operator -(Interval a, Interval b) => new(a.Low - b.High, a.High - b.Low);

    public static Interval operator +(Interval a, Interval b) => new(a.Low + b.Low, a.High + b.High);

    /// <summary>The ratio a / b for a divisor that is strictly positive; callers check <see cref="IsPositive"/> first.</summary>
    public static Interval Ratio(Interval a, Interval b)
    {
        var candidates = new[] { a.Low / b.Low, a.Low / b.High, a.High / b.Low, a.High / b.High };
        return new Interval(candidates.Min(), candidates.Max());
    }

    /// <summary>The relative change (to - from) / from * 100 for a strictly positive <paramref name="from"/>.</summary>
    public static Interval PercentChange(Interval from, Interval to)
    {
        var ratio = Ratio(to, from);
        return new Interval((ratio.Low - 1m) * 100m, (ratio.High - 1m) * 100m);
    }

    public override string ToString() => Low == High
        ? Formatting.Number(Low).ToString()
        : "[" + Formatting.Number(Low) + ", " + Formatting.Number(High) + "]";
}
