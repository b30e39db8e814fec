namespace FactCheck.Claims;

/// <summary>The shape of a claim: how its figures relate to what they are about.</summary>
public enum ClaimKind
{
    /// <summary>A value at a time: "face a 29% duty".</summary>
    Level,

    /// <summary>A change with a direction and an amount: "jumped by 42%", "fell 3 points", "doubled".</summary>
    Change,

    /// <summary>A value now and the value it came from: "a 29% duty, up from the earlier 10%".</summary>
    FromTo,

    /// <summary>A range: "between 10% and 20%".</summary>
    Range,

    /// <summary>A part of a whole: "40% of its exports", "300 of the 1,200 jobs".</summary>
    Share,

    /// <summary>A comparison with something else: "larger than", "the largest".</summary>
    Comparison,

    /// <summary>A place in an ordering: "the third-largest".</summary>
    Rank,

    /// <summary>
    /// A dated event or state with no figure of its own: "the Taliban takeover in August 2021",
    /// "military efforts from 2013 to 2018". The value is the date mention's value (the start year) and the unit <c>date</c>.
    /// </summary>
    Event,
}
