namespace FactCheck.Languages.English;

/// <summary>
/// The English names of months, weekdays and decades, each written once as a regular-expression alternation: the
/// source-generated expressions of the readers are built from these constants at compile time, and
/// <see cref="EnglishPack"/> builds its look-ups from the same text.
/// </summary>
internal static class EnglishCalendarWords
{
    /// <summary>The month names, in calendar order.</summary>
    public const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December";

    /// <summary>
    /// The abbreviated month names, a longer one before the one it begins ("Sept" before "Sep"). "May" has none;
    /// "Mar", "Jun" and "Jul" are read as months only with a day or a year.
    /// </summary>
    public const string MonthAbbreviations = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    /// <summary>A month written in full or abbreviated, with or without a full stop: "September", "Sept.", "Sep".</summary>
    public const string MonthNameOrAbbreviation = "(?:" + MonthNames + "|(?:" + MonthAbbreviations + @")\.?)";

    /// <summary>The month names and abbreviations as a list, to search a text for before an expression that needs a month.</summary>
    public static readonly string[] MonthNameAndAbbreviationList = [.. MonthNames.Split('|'), .. MonthAbbreviations.Split('|')];

    /// <summary>The month names that are also everyday words ("may", "march"): they name a month only capitalised, and often only with a day or a year.</summary>
    public const string MonthNamesAlsoWords = "March|May";

    /// <summary>The forms in which <see cref="MonthNamesAlsoWords"/> are read as months with nothing else around them: capitalised or in capitals.</summary>
    public const string MonthNamesAlsoWordsAsNames = "May|March|MAY|MARCH";

    /// <summary>The month names that are also given names or surnames ("Theresa May", "Jan March").</summary>
    public const string MonthNamesAlsoNames = "May|March|June|August|April|January";

    /// <summary>The weekday names, Monday first.</summary>
    public const string WeekdayNames = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    /// <summary>
    /// The nouns of a stretch of time, singular and plural, as regular-expression alternatives: "half of the year",
    /// "half the time" and "half the season" are time, not a share of a whole.
    /// </summary>
    public const string PeriodNouns = "years?|months?|weeks?|days?|decades?|century|centuries|quarters?|seasons?|hours?|minutes?|time|term|session";

    /// <summary>The words for the decades of a century, the twenties first ("the nineties").</summary>
    public const string DecadeWords = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties";
}
