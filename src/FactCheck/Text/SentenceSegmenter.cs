using FactCheck.Languages;

namespace FactCheck.Text;

/// <summary>Splits text into sentences, keeping their offsets.</summary>
/// <remarks>
/// <para>
/// A sentence ends at <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c> (with any closing quotes or brackets that follow)
/// when white space and then the start of a new sentence follow: an upper-case letter, a digit, an opening quote
/// or bracket, or the end of the text. A paragraph break (an empty line) always ends a sentence; a single line
/// break ends one too unless the next line starts in lower case (a hard-wrapped sentence that goes on).
/// </para>
/// <para>
/// A full stop does not end a sentence when it belongs to a number (<c>3.5</c>, <c>$7.5bn</c>), a title
/// (<c>Dr.</c>, <c>Mr.</c>, <c>Gen.</c>), an initial (<c>J. K. Rowling</c>), a month abbreviation before a
/// figure (<c>Jan. 5</c>), or a dotted abbreviation (<c>U.S.</c>, <c>Inc.</c>) followed by a word that does not
/// usually begin a sentence ("the U.S. Treasury" goes on; "in the U.S. The talks" ends). Dashes never end a sentence.
/// </para>
/// <para>
/// No sentence is longer than <see cref="MaxSentenceLength"/> characters: a longer run without a sentence end (a
/// pasted table, a scraped menu, OCR output) is cut into pieces, after a clause mark or at a space where it can be.
/// </para>
/// </remarks>
internal static class SentenceSegmenter
{
    /// <summary>
    /// The longest span returned as one sentence. Real sentences are far shorter; the cap keeps hostile input from
    /// reaching the Recognizers models in one piece, since their time grows faster than the length of their input.
    /// </summary>
    public const int MaxSentenceLength = 1_000;

    /// <summary>Returns the sentences of English <paramref name="text"/> in order, trimmed of surrounding white space.</summary>
    public static IReadOnlyList<TextSpan> Split(string text) => Split(text, LanguagePacks.English);

    /// <summary>Returns the sentences of <paramref name="text"/> in order, trimmed of surrounding white space.</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">The language pack whose abbreviations tell a full stop that ends a sentence from one that does not.</param>
    public static IReadOnlyList<TextSpan> Split(string text, LanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var abbreviations = language.Abbreviations;
        var sentences = new List<TextSpan>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                var lineBreakEnd = SkipLineBreaks(text, i, out var paragraphBreak);
                if (paragraphBreak || !StartsInLowerCase(text, lineBreakEnd))
                {
                    Add(sentences, text, start, i);
                    start = lineBreakEnd;
                }

                i = lineBreakEnd;
                continue;
            }

            if (c is '.' or '!' or '?' or '…')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '…')
                {
                    end++;
                }

                while (end < text.Length && IsCloser(text[end]))
                {
                    end++;
                }

                if (IsBoundary(text, i, end, abbreviations))
                {
                    Add(sentences, text, start, end);
                    start = end;
                }

                i = end;
                continue;
            }

            i++;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool IsBoundary(string text, int terminator, int afterClosers, AbbreviationWords abbreviations)
    {
        // Only white space on the same line may follow; a line break is handled by the caller.
        var next = afterClosers;
        while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0')
        {
            next++;
        }

        if (next == text.Length)
        {
            return true;
        }

        if (next == afterClosers && text[next] is not ('\n' or '\r'))
        {
            return false; // "3.5", "U.S.-led", "e.g.," : no space, no boundary.
        }

        if (text[next] is '\n' or '\r')
        {
            return true;
        }

        if (!StartsSentence(text[next]))
        {
            return false;
        }

        if (text[terminator] != '.' || afterClosers > terminator + 1)
        {
            return true; // "!", "?", or a full stop followed by a closing quote.
        }

        var word = WordBefore(text, terminator);
        if (word.Length == 0)
        {
            return true;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // An initial: "J. K. Rowling".
        }

        if (abbreviations.NeverFinal.Contains(word) || (char.IsDigit(text[next]) && abbreviations.BeforeFigure.Contains(word)))
        {
            return false;
        }

        var dotted = word.Contains('.', StringComparison.Ordinal);
        if (dotted || abbreviations.MaybeFinal.Contains(word))
        {
            return abbreviations.SentenceOpeners.Contains(WordAt(text, next));
        }

        return true;
    }

    private static bool StartsSentence(char c)
        => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '$' or '£' or '€' or '¥' or '–' or '—' or '-' or '•' or '*';

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    // The word ending just before position "end", including inner dots ("U.S" for "U.S.").
    private static string WordBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '.' && start - 2 >= 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        return text[start..end];
    }

    private static string WordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static int SkipLineBreaks(string text, int i, out bool paragraphBreak)
    {
        var lineBreaks = 0;
        var j = i;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            if (text[j] == '\n' || (text[j] == '\r' && (j + 1 >= text.Length || text[j + 1] != '\n')))
            {
                lineBreaks++;
            }

            j++;
        }

        paragraphBreak = lineBreaks >= 2;
        return j;
    }

    private static bool StartsInLowerCase(string text, int i) => i < text.Length && char.IsLower(text[i]);

    private static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end - start > MaxSentenceLength)
        {
            var cut = PieceEnd(text, start);
            Add(sentences, text, start, cut);
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }

    private static readonly string[] ClauseConjunctions = [" and ", " but ", " while ", " whereas ", " or "];

    // Where to end a piece of an overlong run that starts at "start": after the last clause mark followed by a space
    // in its second half, else before its last clause conjunction there, else at its last space, else (a run with no
    // space at all) at the cap, never inside a surrogate pair.
    private static int PieceEnd(string text, int start)
    {
        var limit = start + MaxSentenceLength;
        var half = start + (MaxSentenceLength / 2);
        for (var i = limit - 1; i > half; i--)
        {
            if (text[i] is ';' or ',' or ':' or '—' or '–' && char.IsWhiteSpace(text[i + 1]))
            {
                return i + 1;
            }
        }

        // Before a conjunction that joins clauses: "… new stores and from 2013 to 2018 …" is not cut inside "from … to".
        var window = text.AsSpan(half, limit - half);
        foreach (var conjunction in ClauseConjunctions)
        {
            var at = window.LastIndexOf(conjunction, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                return half + at;
            }
        }

        for (var i = limit; i > half; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return char.IsHighSurrogate(text[limit - 1]) && char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }
}
