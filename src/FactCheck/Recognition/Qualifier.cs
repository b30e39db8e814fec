namespace FactCheck.Recognition;

/// <summary>A hedge or bound that widens what a stated figure stands for.</summary>
public enum Qualifier
{
    /// <summary>No hedge: the figure stands for itself, within the precision shown.</summary>
    None,

    /// <summary>"about", "around", "some", "roughly", "approximately", "an estimated".</summary>
    Approximately,

    /// <summary>"nearly", "almost", "just under": a little below the figure.</summary>
    Nearly,

    /// <summary>"more than", "over", "above", "upwards of": above the figure.</summary>
    MoreThan,

    /// <summary>"at least", "no fewer than": the figure or above.</summary>
    AtLeast,

    /// <summary>"less than", "under", "below", "fewer than": below the figure.</summary>
    LessThan,

    /// <summary>"up to", "at most", "no more than": the figure or below.</summary>
    AtMost,

    /// <summary>"between X and Y", "X to Y", "X-Y": a range.</summary>
    Between,
}
