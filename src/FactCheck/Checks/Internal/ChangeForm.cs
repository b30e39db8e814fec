namespace FactCheck.Checks.Internal;

/// <summary>How a change is stated.</summary>
internal enum ChangeForm
{
    /// <summary>A relative change in percent: "rose 20%".</summary>
    Percent,

    /// <summary>A difference in percentage points: "up 19 points".</summary>
    Points,

    /// <summary>A ratio: "doubled", "2.9 times", "halved".</summary>
    Ratio,

    /// <summary>A difference in the unit of the values: "up £1bn".</summary>
    Absolute,
}
