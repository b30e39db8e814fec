namespace FactCheck.Claims;

/// <summary>Where the period of a claim comes from.</summary>
public enum TimeBasis
{
    /// <summary>A date named in the claim's own clause or sentence ("in 2004", "for the third quarter").</summary>
    Named,

    /// <summary>The period the text is about at that point: stated in an earlier sentence and not changed since.</summary>
    Context,

    /// <summary>Worked out from another period the text names ("a year earlier" after "the third quarter of 2004").</summary>
    Derived,

    /// <summary>The publication date, for a statement in the present tense.</summary>
    PublicationDate,

    /// <summary>The date of the source the claim is attributed to ("a 2022 report").</summary>
    SourceDate,
}
