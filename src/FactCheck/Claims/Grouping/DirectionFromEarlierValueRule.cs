namespace FactCheck.Claims.Grouping;

/// <summary>A draft with an earlier value and no direction yet goes up or down as its two values do ("from 10% to 29%").</summary>
internal sealed class DirectionFromEarlierValueRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        var d = grouping.Draft;
        if (d.Direction != ChangeDirection.None || d.PreviousToken is not int previous)
        {
            return;
        }

        d.Direction = Figures.DirectionBetween(grouping.Mention(previous).Value, grouping.Mention(d.MainToken).Value);
    }
}
