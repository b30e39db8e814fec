using System.Globalization;
using System.Runtime.CompilerServices;

namespace FactCheck.Languages;

/// <summary>
/// Reads text as runs of word characters (letters, digits, non-spacing marks and connectors: what <c>\w</c> reads in a
/// regular expression), so that wording is matched word by word on the text, without allocating and without a regular
/// expression. Words are compared ignoring case.
/// </summary>
internal static class WordRuns
{
    private const int WordCategories =
        1 << (int)UnicodeCategory.UppercaseLetter | 1 << (int)UnicodeCategory.LowercaseLetter | 1 << (int)UnicodeCategory.TitlecaseLetter
        | 1 << (int)UnicodeCategory.ModifierLetter | 1 << (int)UnicodeCategory.OtherLetter | 1 << (int)UnicodeCategory.NonSpacingMark
        | 1 << (int)UnicodeCategory.DecimalDigitNumber | 1 << (int)UnicodeCategory.ConnectorPunctuation;

    /// <summary>Whether <paramref name="c"/> is a word character.</summary>
    /// <remarks>Inlined: the scanners ask it for every character of a sentence, and most are ASCII.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_' : IsOtherWordChar(c);

    private static bool IsOtherWordChar(char c) => (WordCategories & (1 << (int)CharUnicodeInfo.GetUnicodeCategory(c))) != 0;

    /// <summary>The first run that starts at or after <paramref name="from"/>: its start and the index just past its end.</summary>
    /// <remarks>Inlined into the scanners' loops, which call it for every word of a sentence.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Next(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        var i = from;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && IsWordChar(text[i]))
        {
            i++;
        }

        end = i;
        return start < text.Length;
    }

    /// <summary>The run after the run that ends at <paramref name="end"/>, when only white space (at least one) lies between them.</summary>
    public static bool NextAfterSpace(ReadOnlySpan<char> text, int end, out int nextStart, out int nextEnd)
    {
        var i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        nextStart = nextEnd = i;
        if (i == end || i == text.Length || !IsWordChar(text[i]))
        {
            return false;
        }

        while (nextEnd < text.Length && IsWordChar(text[nextEnd]))
        {
            nextEnd++;
        }

        return true;
    }

    /// <summary>The run before the run that starts at <paramref name="start"/>, when only white space (at least one) lies between them.</summary>
    public static bool PreviousBeforeSpace(ReadOnlySpan<char> text, int start, out int previousStart, out int previousEnd)
    {
        var i = start;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        previousStart = previousEnd = i;
        if (i == start || i == 0 || !IsWordChar(text[i - 1]))
        {
            return false;
        }

        while (previousStart > 0 && IsWordChar(text[previousStart - 1]))
        {
            previousStart--;
        }

        return true;
    }

    /// <summary>
    /// Whether two characters may be the same ignoring case: false only when both are ASCII and differ beyond case. The
    /// scanners try each run against many words, most of which start with another letter: a comparison ignoring case costs
    /// far more than this test before it.
    /// </summary>
    public static bool MayEqualIgnoringCase(char a, char b) => a >= 128 || b >= 128 || (a | 0x20) == (b | 0x20);

    /// <summary>Whether a run is the word <paramref name="word"/>, ignoring case.</summary>
    public static bool Is(ReadOnlySpan<char> run, string word) => run.Length == word.Length && run.Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a run starts with one of <paramref name="stems"/>, ignoring case.</summary>
    public static bool StartsWithAny(ReadOnlySpan<char> run, ReadOnlySpan<string> stems)
    {
        foreach (var stem in stems)
        {
            if ((run.Length == 0 || stem.Length == 0 || MayEqualIgnoringCase(run[0], stem[0])) && run.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word list looked up with runs of text, ignoring case.</summary>
    public static WordSet Lookup(IEnumerable<string> words) => new(words);

    /// <summary>
    /// Whether the words of <paramref name="phrase"/> follow each other from the run at <paramref name="start"/>: a space in the
    /// phrase stands for any white space, a hyphen for a hyphen. Gives the end of the last word.
    /// </summary>
    public static bool MatchesPhrase(ReadOnlySpan<char> text, int start, string phrase, out int end)
    {
        end = start;
        if (phrase.Length > 0 && start < text.Length && IsWordChar(phrase[0])
            && (!MayEqualIgnoringCase(text[start], phrase[0]) || !text.Slice(start, 1).Equals(phrase.AsSpan(0, 1), StringComparison.OrdinalIgnoreCase)))
        {
            return false; // most phrases tried at a word do not start with its letter: told before the words are read
        }

        var runStart = start;
        var p = 0;
        while (true)
        {
            var wordEnd = phrase.AsSpan(p).IndexOfAny(' ', '-');
            var word = wordEnd < 0 ? phrase.AsSpan(p) : phrase.AsSpan(p, wordEnd);
            var runEnd = runStart;
            while (runEnd < text.Length && IsWordChar(text[runEnd]))
            {
                runEnd++;
            }

            if (!text[runStart..runEnd].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (wordEnd < 0)
            {
                end = runEnd;
                return true;
            }

            var separator = phrase[p + wordEnd];
            p += wordEnd + 1;
            if (separator == '-')
            {
                if (runEnd + 1 >= text.Length || text[runEnd] != '-' || !IsWordChar(text[runEnd + 1]))
                {
                    return false;
                }

                runStart = runEnd + 1;
            }
            else if (!NextAfterSpace(text, runEnd, out runStart, out _))
            {
                return false;
            }
        }
    }

    /// <summary>Whether one of <paramref name="phrases"/> starts at the run at <paramref name="start"/>.</summary>
    public static bool MatchesAnyPhrase(ReadOnlySpan<char> text, int start, ReadOnlySpan<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (MatchesPhrase(text, start, phrase, out _))
            {
                return true;
            }
        }

        return false;
    }
}
