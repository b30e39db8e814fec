using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Checks.Internal;

/// <summary>One stated figure as the checks use it: its value, the interval it allows, and where it is.</summary>
internal sealed class Figure
{
    public Figure(decimal value, Interval range, string unit, TextSpan span, string text, int decimals, int? mentionIndex, bool hedged = false)
    {
        Value = value;
        Range = range;
        Hedged = hedged;
        Unit = unit;
        Span = span;
        Text = text;
        Decimals = decimals;
        MentionIndex = mentionIndex;
    }

    public decimal Value { get; }

    public Interval Range { get; }

    /// <summary>Whether a hedge ("about", "more than") widens the figure; otherwise only rounding does.</summary>
    public bool Hedged { get; }

    /// <summary>The values the figure allows read as written: the hedge interval when hedged, else the value itself.</summary>
    public Interval Written => Hedged ? Range : Interval.Exact(Value);

    /// <summary>The same figure read as written, without the allowance for rounding.</summary>
    public Figure AsWritten() => new(Value, Written, Unit, Span, Text, Decimals, MentionIndex, Hedged);

    public string Unit { get; }

    public TextSpan Span { get; }

    public string Text { get; }

    public int Decimals { get; }

    public int? MentionIndex { get; }

    /// <summary>Whether the figure is written in words ("doubled", "a third"), not digits.</summary>
    public bool IsWord => !Text.Any(char.IsAsciiDigit);

    public static Figure FromMention(Mention mention, int index) =>
        new(mention.Value, RangeOf(mention), mention.Unit, mention.Span, mention.Text, mention.Decimals, index, mention.Qualifier != Qualifier.None);

    public static Figure FromClaim(Claim claim, IReadOnlyList<Mention> mentions)
    {
        var indices = claim.MentionIndices;
        for (var i = 0; i < indices.Count; i++)
        {
            var index = indices[i];
            if (index >= 0 && index < mentions.Count && mentions[index].Kind != MentionKind.Date
                && mentions[index].Value == claim.Value && Units.Same(mentions[index].Unit, claim.Unit))
            {
                var figure = FromMention(mentions[index], index);
                return new Figure(figure.Value, Union(figure.Range, new Interval(claim.Low, claim.High)), claim.Unit, figure.Span, figure.Text, figure.Decimals, index, figure.Hedged || claim.Qualifier != Qualifier.None);
            }
        }

        return new Figure(claim.Value, new Interval(claim.Low, claim.High), claim.Unit, claim.Span, claim.Text, 0, null, claim.Qualifier != Qualifier.None);
    }

    /// <summary>
    /// The interval a mention allows. Recognition already widens figures for hedges and the precision shown;
    /// a bare percentage or ratio written in digits with no interval is widened here by half its last digit.
    /// </summary>
    public static Interval RangeOf(Mention mention)
    {
        var range = new Interval(mention.Low, mention.High);
        if (mention.Low != mention.High || mention.Qualifier != Qualifier.None)
        {
            return range;
        }

        var digits = mention.Text.Any(char.IsAsciiDigit);
        return mention.Kind switch
        {
            MentionKind.Percentage or MentionKind.PercentagePoints => range.Widen(HalfUnit(mention.Decimals)),
            MentionKind.Multiplier when digits => range.Widen(HalfUnit(mention.Decimals)),
            _ => range,
        };
    }

    public static decimal HalfUnit(int decimals)
    {
        var unit = 0.5m;
        for (var i = 0; i < Math.Min(decimals, 20); i++)
        {
            unit /= 10m;
        }

        return unit;
    }

    private static Interval Union(Interval a, Interval b) => new(Math.Min(a.Low, b.Low), Math.Max(a.High, b.High));
}
