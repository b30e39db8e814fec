namespace FactCheck.Recognition;

/// <summary>How precisely a date mention names its time.</summary>
public enum DateGrain
{
    /// <summary>A single day: "April 9, 2025".</summary>
    Day,

    /// <summary>A week: "last week".</summary>
    Week,

    /// <summary>A calendar month: "January 2025".</summary>
    Month,

    /// <summary>A quarter: "Q3", "the third quarter".</summary>
    Quarter,

    /// <summary>A half year: "the first half of 2024".</summary>
    HalfYear,

    /// <summary>A calendar or fiscal year: "2022", "last year".</summary>
    Year,

    /// <summary>A decade: "the 1990s".</summary>
    Decade,

    /// <summary>A span between two times: "from 2013 to 2018".</summary>
    Range,
}
