namespace FactCheck.Claims;

/// <summary>What the wording of a claim says about how its figure may be read, recorded by <see cref="ClaimWording"/>.</summary>
[Flags]
internal enum ClaimCues
{
    /// <summary>Nothing recorded.</summary>
    None = 0,

    /// <summary>The clause sets the figure against another: "compared with", "than", "previous", "forecast", "in 2019".</summary>
    Contrasted = 1,

    /// <summary>The figure is a share of a reference quantity, which may exceed 100%: "of GDP", "of its income", "of the target".</summary>
    ShareOfReference = 2,

    /// <summary>The subject or the clause names a rate that cannot be negative: a tariff, duty, tax, levy or unemployment.</summary>
    NonNegativeRate = 4,

    /// <summary>The two values of a pair lie on either side of zero, though both are written as sums: "a $676m loss, against a $375m profit".</summary>
    CrossesZero = 8,
}
