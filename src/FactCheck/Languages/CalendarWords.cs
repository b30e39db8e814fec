using System.Collections.Frozen;

namespace FactCheck.Languages;

/// <summary>
/// The names of months, weekdays and decades of one language, with look-ups from a name to its number. Built once
/// per language from the alternations its pack defines; immutable and safe to share between threads.
/// </summary>
internal sealed class CalendarWords
{
    private readonly string[] _monthNames;
    private readonly FrozenDictionary<string, int> _monthByPrefix;
    private readonly FrozenDictionary<string, DayOfWeek> _weekdayByPrefix;
    private readonly FrozenDictionary<string, int> _decades;

    /// <param name="monthNames">The month names in calendar order, separated by <c>|</c>.</param>
    /// <param name="weekdayNames">The weekday names, Monday first, separated by <c>|</c>.</param>
    /// <param name="decadeWords">The words for the decades from the twenties, separated by <c>|</c>.</param>
    /// <param name="nameLikeDates">Month and weekday names that are also names of people or papers, separated by <c>|</c>.</param>
    /// <param name="prefixLength">How many first letters tell a month or weekday name or abbreviation apart ("Sept." is September).</param>
    public CalendarWords(string monthNames, string weekdayNames, string decadeWords, string nameLikeDates, int prefixLength)
    {
        PrefixLength = prefixLength;
        _monthNames = monthNames.Split('|');
        _monthByPrefix = _monthNames
            .Select((name, index) => (Prefix: name[..prefixLength], Number: index + 1))
            .ToFrozenDictionary(m => m.Prefix, m => m.Number, StringComparer.OrdinalIgnoreCase);
        WeekdayNames = weekdayNames.Split('|');
        _weekdayByPrefix = WeekdayNames
            .Select((name, index) => (Prefix: name[..prefixLength], Day: (DayOfWeek)((index + 1) % 7)))
            .ToFrozenDictionary(d => d.Prefix, d => d.Day, StringComparer.OrdinalIgnoreCase);
        _decades = decadeWords.Split('|')
            .Select((word, index) => (Word: word, Tens: index + 2))
            .ToFrozenDictionary(d => d.Word, d => d.Tens, StringComparer.OrdinalIgnoreCase);
        NameLikeDates = nameLikeDates.Split('|').ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>How many first letters tell a month or weekday name or abbreviation apart.</summary>
    public int PrefixLength { get; }

    /// <summary>The month names in calendar order.</summary>
    public IReadOnlyList<string> MonthNames => _monthNames;

    /// <summary>The weekday names, Monday first.</summary>
    public IReadOnlyList<string> WeekdayNames { get; }

    /// <summary>Capitalised month and weekday names that may also be part of a name ("Theresa May", "Friday Ad").</summary>
    public FrozenSet<string> NameLikeDates { get; }

    /// <summary>The name of month <paramref name="month"/> (1 to 12).</summary>
    public string MonthName(int month) => _monthNames[month - 1];

    /// <summary>The number (1 to 12) of a month name or abbreviation ("Sept." is 9), or 0 when it names no month.</summary>
    public int MonthOf(string name)
        => name.Length >= PrefixLength && _monthByPrefix.TryGetValue(name[..PrefixLength], out var month) ? month : 0;

    /// <summary>The day a weekday name or abbreviation names; <see langword="null"/> when it names none.</summary>
    public DayOfWeek? WeekdayOf(string name)
        => name.Length >= PrefixLength && _weekdayByPrefix.TryGetValue(name[..PrefixLength], out var day) ? day : null;

    /// <summary>The first year of a century's decade named by a word, as tens ("the nineties" is 9); 0 when it names none.</summary>
    public int DecadeOf(string word) => _decades.TryGetValue(word, out var tens) ? tens : 0;
}
