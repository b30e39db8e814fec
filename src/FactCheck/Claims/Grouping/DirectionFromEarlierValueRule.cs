using FactCheck.Languages.English;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// A draft with an earlier value and no direction yet goes up or down as its two values do ("from 10% to 29%"); a
/// profit that turns into a loss goes down and a loss that turns into a profit up, whatever the two sums ("a $676m
/// loss, against a $375m profit", "a profit of $5m, compared with a loss of $3m").
/// </summary>
internal sealed class DirectionFromEarlierValueRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        var d = grouping.Draft;
        if (d.Direction != ChangeDirection.None || d.PreviousToken is not int previous)
        {
            return;
        }

        var now = grouping.ResultNoun(d.MainToken);
        var before = grouping.ResultNoun(previous);
        var intoLoss = EnglishWordClasses.LossNouns.Contains(now) && EnglishWordClasses.ProfitNouns.Contains(before);
        var intoProfit = EnglishWordClasses.ProfitNouns.Contains(now) && EnglishWordClasses.LossNouns.Contains(before);
        d.CrossesZero = intoLoss || intoProfit;
        d.Direction = intoLoss ? ChangeDirection.Down
            : intoProfit ? ChangeDirection.Up
            : Figures.DirectionBetween(grouping.Mention(previous).Value, grouping.Mention(d.MainToken).Value);
    }
}
