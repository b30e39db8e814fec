namespace FactCheck.Recognition;

/// <summary>The word that makes a date a bound rather than the time of an event: "since 2019", "by 2030".</summary>
public enum DateBound
{
    /// <summary>No bound: the date is the time itself ("in 2019", "on April 9").</summary>
    None,

    /// <summary>"since 2019": from then until the time of writing.</summary>
    Since,

    /// <summary>"from 2019", "starting in May": from then on.</summary>
    From,

    /// <summary>"by 2030", "in time for May": at the latest then.</summary>
    By,

    /// <summary>"before 2030", "ahead of May": earlier than then.</summary>
    Before,

    /// <summary>"until 2030", "till May", "through March": up to then.</summary>
    Until,

    /// <summary>"after 2030": later than then.</summary>
    After,
}
