namespace FactCheck.Recognition;

/// <summary>What the words around a figure say about its role, recorded by <see cref="FigureContextReader"/>.</summary>
[Flags]
internal enum FigureCues
{
    /// <summary>Nothing recorded.</summary>
    None = 0,

    /// <summary>The words around the figure make it the size of a change: "rose 20%", "up by £1bn", "24.4% above", "a 5% rise".</summary>
    StatesChange = 1,

    /// <summary>The figure is followed by "times higher" (or "more", "larger"), which some writers use for N + 1 times.</summary>
    TimesMore = 2,

    /// <summary>Points named as percentage or basis points ("3 percentage points", "50bp"), not index points.</summary>
    NamesPercentagePoints = 4,

    /// <summary>The figure is a part and the next mention its whole: "300 of the 1,200".</summary>
    PartOfNext = 8,

    /// <summary>The next mention, a percentage, gives the share this whole makes: "of the 1,200 jobs (25%)", "1,200, or 25%".</summary>
    ShareFollows = 16,

    /// <summary>This percentage is followed by its part in brackets: "25% (300 of the 1,200)".</summary>
    PartFollowsInBrackets = 32,
}
