using FactCheck.Claims;
using FactCheck.Text;

namespace FactCheck.Checks.Internal;

/// <summary>A change stated in the text together with the from and to values it describes.</summary>
internal sealed class ChangeStatement
{
    public ChangeStatement(Claim claim, Figure from, Figure to, Figure stated, ChangeForm form, ChangeDirection direction, IReadOnlyList<string> claimIds)
    {
        Claim = claim;
        From = from;
        To = to;
        Stated = stated;
        Form = form;
        Direction = direction;
        ClaimIds = claimIds;
    }

    /// <summary>The same statement with the from and to values read as written, without their rounding.</summary>
    public ChangeStatement AsWritten() => new(Claim, From.AsWritten(), To.AsWritten(), Stated, Form, Direction, ClaimIds);

    /// <summary>The claim that holds the from and to values.</summary>
    public Claim Claim { get; }

    public Figure From { get; }

    public Figure To { get; }

    public Figure Stated { get; }

    public ChangeForm Form { get; }

    public ChangeDirection Direction { get; }

    public IReadOnlyList<string> ClaimIds { get; }

    public bool BetweenPercentages => Units.IsPercent(From.Unit) && Units.IsPercent(To.Unit);

    public IReadOnlyList<TextSpan> Spans =>
        new[] { Stated.Span, From.Span, To.Span }.Distinct().OrderBy(s => s.Start).ToArray();

    /// <summary>The stated change as a signed interval: a fall is negative. Without a direction, the sign of the actual change is taken.</summary>
    public Interval SignedStated(Interval stated, decimal actualMid)
    {
        var down = Direction == ChangeDirection.Down || (Direction == ChangeDirection.None && actualMid < 0m);
        return down && stated.Low >= 0m ? stated.Negate() : stated;
    }

    /// <summary>"from 10% to 29%", in the words of the text.</summary>
    public string FromToText => "from " + From.Text.Trim() + " to " + To.Text.Trim();
}
