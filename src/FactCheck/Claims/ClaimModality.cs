namespace FactCheck.Claims;

/// <summary>Whether a claim reports what was or is, or what will or is meant to be.</summary>
public enum ClaimModality
{
    /// <summary>What was: a past-tense statement ("exports fell 5%").</summary>
    Past,

    /// <summary>What is at the time of writing ("unemployment is 4%", "prices have risen 3%").</summary>
    Present,

    /// <summary>What will or may be: a forecast, an expectation or a condition ("growth will slow to 1%", "if rates rise").</summary>
    Future,

    /// <summary>What is meant to be: a plan, target or pledge ("the firm plans to cut 300 jobs", "a target of 2%").</summary>
    Plan,
}
