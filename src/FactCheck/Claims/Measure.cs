namespace FactCheck.Claims;

/// <summary>What sort of quantity a claim states.</summary>
public enum Measure
{
    /// <summary>Not determined from the text.</summary>
    Unknown,

    /// <summary>A rate: tariff, duty, interest, inflation, unemployment, tax.</summary>
    Rate,

    /// <summary>A growth or change rate: "grew 3%", "jumped by 42%".</summary>
    Growth,

    /// <summary>An amount of money or goods: "$7 billion worth of equipment".</summary>
    Amount,

    /// <summary>A price: "$80 a barrel".</summary>
    Price,

    /// <summary>A count of things or people: "42,000 troops".</summary>
    Count,

    /// <summary>A share of a whole: "40% of its exports".</summary>
    Share,
}
