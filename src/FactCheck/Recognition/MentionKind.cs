namespace FactCheck.Recognition;

/// <summary>What a mention measures.</summary>
public enum MentionKind
{
    /// <summary>A percentage such as "29%", "29 per cent" or "3.5pc". Unit <c>%</c>.</summary>
    Percentage,

    /// <summary>A difference between percentages: "19 percentage points", "50 basis points" (= 0.5). Unit <c>pp</c>.</summary>
    PercentagePoints,

    /// <summary>An amount of money: "$7 billion", "£1.2m". Unit is the ISO 4217 currency code.</summary>
    Money,

    /// <summary>A count or plain quantity: "42,000 troops", "1.5 million people".</summary>
    Number,

    /// <summary>A ratio of change: "doubled" (2), "halved" (0.5), "three-fold" (3), "2.9 times". Unit <c>x</c>.</summary>
    Multiplier,

    /// <summary>A date or period: "April 9", "January 2025", "from 2013 to 2018", "last year".</summary>
    Date,
}
