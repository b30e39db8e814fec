using System.Globalization;

namespace FactCheck.Languages.English;

/// <summary>The English language pack: the words of <see cref="EnglishCalendarWords"/> and <see cref="EnglishNumberWords"/> and the lists below.</summary>
internal static class EnglishPack
{
    /// <summary>The pack, built once and shared.</summary>
    public static LanguagePack Instance { get; } = new(
        CultureInfo.GetCultureInfo("en"),
        new CalendarWords(
            EnglishCalendarWords.MonthNames,
            EnglishCalendarWords.WeekdayNames,
            EnglishCalendarWords.DecadeWords,
            EnglishCalendarWords.MonthNamesAlsoNames + "|" + EnglishCalendarWords.WeekdayNames,
            prefixLength: 3),
        new NumberWords(EnglishNumberWords.UnitWords, EnglishNumberWords.TensWords),
        new AbbreviationWords(NeverFinal, BeforeFigure, MaybeFinal, SentenceOpeners),
        new EnglishSubjectKeys(),
        new EnglishNewsLexicon());

    // Titles and abbreviations that are followed by a name or a figure, never by a new sentence.
    private static string[] NeverFinal =>
    [
        "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "maj", "capt", "cpt",
        "sgt", "cmdr", "adm", "gov", "sen", "rep", "rev", "fr", "hon", "pres", "supt", "insp", "det", "messrs",
        "vs", "cf", "e.g", "i.e",
    ];

    // Abbreviations that never end a sentence when a figure follows: "No. 10", "Jan. 5", "pp. 4", "Rs. 450 crore".
    private static string[] BeforeFigure =>
    [
        "no", "nos", "vol", "fig", "figs", "p", "pp", "op", "art", "sec", "ch", "approx", "ca", "c", "rs",
        .. EnglishCalendarWords.MonthAbbreviations.Split('|'),
    ];

    // Abbreviations that may end a sentence: they end one only when a usual sentence opener follows.
    private static string[] MaybeFinal =>
    [
        "inc", "ltd", "co", "corp", "plc", "llc", "bros", "etc", "dept", "univ", "assn", "est", "govt", "al",
    ];

    // Words that usually open a sentence: after "U.S." or "Inc." they mark a boundary.
    private static string[] SentenceOpeners =>
    [
        "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My",
        "This", "That", "These", "Those", "There", "Here", "In", "On", "At", "As", "For", "But", "And", "Or", "So",
        "Yet", "When", "While", "After", "Before", "If", "However", "Meanwhile", "Still", "Instead", "Despite",
        "Although", "Though", "Since", "Because", "Now", "Then", "Last", "Next", "Earlier", "Later", "Both",
        "Some", "Many", "Most", "Such", "What", "Who", "Why", "How", "Officials", "According", "Under", "With",
    ];
}
