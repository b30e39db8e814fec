using System.Globalization;
using FactCheck.Languages.English;
using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>
/// Splits a sentence into words, punctuation and mentions. Each mention becomes one token, so that
/// "nearly 30%" or "from 2013 to 2018" is stepped over as a unit. Span-based: no regular expressions.
/// </summary>
internal static class SentenceTokenizer
{
    /// <summary>Tokenizes <paramref name="sentence"/>; <paramref name="mentionOrder"/> lists the indices of the mentions that start inside it, in text order.</summary>
    public static List<ClaimToken> Tokenize(string text, TextSpan sentence, IReadOnlyList<Mention> mentions, IReadOnlyList<int> mentionOrder)
    {
        // Tokens are gathered in a list the thread keeps, then copied into one of their exact number: a sentence's count
        // is not known before, and a list grown by doubling would leave up to half its room unused.
        var tokens = t_scratch ??= new List<ClaimToken>(64);
        tokens.Clear();
        try
        {
            Gather(text, sentence, mentions, mentionOrder, tokens);
            return new SentenceTokens(tokens);
        }
        finally
        {
            if (tokens.Capacity > MaxScratchTokens)
            {
                t_scratch = null; // a rare long sentence: its room is not kept
            }
        }
    }

    /// <summary>The most tokens whose room a thread keeps between sentences.</summary>
    private const int MaxScratchTokens = 1024;

    [ThreadStatic]
    private static List<ClaimToken>? t_scratch;

    private static void Gather(string text, TextSpan sentence, IReadOnlyList<Mention> mentions, IReadOnlyList<int> mentionOrder, List<ClaimToken> tokens)
    {
        var pos = sentence.Start;
        var end = sentence.End;
        var next = 0;
        while (pos < end)
        {
            while (next < mentionOrder.Count && mentions[mentionOrder[next]].Span.End <= pos)
            {
                next++;
            }

            if (next < mentionOrder.Count && mentions[mentionOrder[next]].Span.Start <= pos)
            {
                var index = mentionOrder[next];
                var mention = mentions[index];
                var mentionEnd = Math.Min(mention.Span.End, text.Length);
                var kind = mention.Kind == MentionKind.Date ? (IsNameNotDate(text, mention) ? ClaimTokenKind.Word : ClaimTokenKind.Date) : ClaimTokenKind.Figure;
                var mentionLower = mention.Text.ToLowerInvariant();
                tokens.Add(new ClaimToken(kind, mention.Span.Start, mentionEnd, mention.Text, mentionLower, index) { Classes = Lexicon.ClassesOf(mentionLower) });
                pos = Math.Max(pos + 1, mentionEnd);
                next++;
                continue;
            }

            var c = text[pos];
            if (char.IsWhiteSpace(c))
            {
                pos++;
                continue;
            }

            var limit = next < mentionOrder.Count ? Math.Min(end, mentions[mentionOrder[next]].Span.Start) : end;
            if (IsApostrophe(c) && tokens.Count > 0 && tokens[^1].Kind is ClaimTokenKind.Word or ClaimTokenKind.Date or ClaimTokenKind.Figure && tokens[^1].End == pos)
            {
                // "Pakistan's" → "Pakistan" + "'s"; "analysts'" → "analysts" + "'".
                var possessiveEnd = pos + 1 < limit && (text[pos + 1] == 's' || text[pos + 1] == 'S') && (pos + 2 >= limit || !char.IsLetter(text[pos + 2])) ? pos + 2 : pos + 1;
                var (surface, _, _) = Word(text.AsSpan(pos, possessiveEnd - pos));
                var (possessive, possessiveClasses) = possessiveEnd - pos == 2 ? ("'s", PossessiveClasses) : ("'", ApostropheClasses);
                tokens.Add(new ClaimToken(ClaimTokenKind.Possessive, pos, possessiveEnd, surface, possessive, -1) { Classes = possessiveClasses });
                pos = possessiveEnd;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = pos;
                pos++;
                while (pos < limit)
                {
                    var ch = text[pos];
                    if (char.IsLetterOrDigit(ch))
                    {
                        pos++;
                        continue;
                    }

                    var following = pos + 1 < limit ? text[pos + 1] : '\0';
                    if ((ch == '-' || ch == '&' || ch == '.') && char.IsLetterOrDigit(following))
                    {
                        pos++;
                        continue;
                    }

                    if (IsApostrophe(ch) && char.IsLetter(following) && !(following is 's' or 'S' && (pos + 2 >= limit || !char.IsLetter(text[pos + 2]))))
                    {
                        pos++; // "don't", "O'Neill"
                        continue;
                    }

                    if (ch == '.' && IsInitialism(text, start, pos))
                    {
                        pos++; // the final dot of "U.S."
                        continue;
                    }

                    break;
                }

                var (word, lower, classes) = Word(text.AsSpan(start, pos - start));
                tokens.Add(new ClaimToken(ClaimTokenKind.Word, start, pos, word, lower, -1) { Classes = classes });
                continue;
            }

            var mark = Punctuation(text, pos);
            tokens.Add(new ClaimToken(ClaimTokenKind.Punctuation, pos, pos + 1, mark, mark, -1) { Classes = PunctuationClasses(mark) });
            pos++;
        }
    }

    /// <summary>How many sets of words a thread keeps the strings of (a power of two), and how many words a set holds.</summary>
    private const int WordSets = 4096, WordsPerSet = 4;

    // The strings of words a thread has read, with their lower-case forms and word classes, in sets by a hash of their text,
    // the last met first: news repeats its words, so a word met again takes the strings and classes kept for it instead of
    // two new strings and a look-up in each word list. A new word takes the place of the one of its set met longest ago, so
    // the table stays the same size however much is read.
    [ThreadStatic]
    private static (string Text, string Lower, WordClasses Classes)[]? t_words;

    private static (string Text, string Lower, WordClasses Classes) Word(ReadOnlySpan<char> surface)
    {
        var words = t_words ??= new (string, string, WordClasses)[WordSets * WordsPerSet];
        var set = (string.GetHashCode(surface, StringComparison.Ordinal) & (WordSets - 1)) * WordsPerSet;
        var found = WordsPerSet - 1;
        (string Text, string Lower, WordClasses Classes) word = default;
        for (var w = 0; w < WordsPerSet; w++)
        {
            var kept = words[set + w];
            if (kept.Text is null)
            {
                found = w;
                break;
            }

            if (surface.SequenceEqual(kept.Text))
            {
                found = w;
                word = kept;
                break;
            }
        }

        if (word.Text is null)
        {
            var text = surface.ToString();
            var lower = Lower(text);
            word = (text, lower, Lexicon.ClassesOf(lower));
        }

        // The word goes first in its set; the ones met after it move one place down.
        for (var w = found; w > 0; w--)
        {
            words[set + w] = words[set + w - 1];
        }

        words[set] = word;
        return word;
    }

    // "May Department Stores", "May's debt", "The Sunday Times": a month or day name that is part of a name.
    private static bool IsNameNotDate(string text, Mention mention)
    {
        var word = mention.Text;
        if (word.Length == 0 || !char.IsUpper(word[0]) || word.Any(c => !char.IsLetter(c)) || !EnglishPack.Instance.Calendar.NameLikeDates.Contains(word))
        {
            return false;
        }

        var end = mention.Span.End;
        var possessive = end + 1 < text.Length && IsApostrophe(text[end]) && text[end + 1] is 's' or 'S';
        var nextWord = end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);
        return possessive || nextWord;
    }

    // One string per punctuation mark of the Latin-1 range, shared by every token that shows it.
    private static readonly string[] Marks = Enumerable.Range(0, 256).Select(c => ((char)c).ToString()).ToArray();

    private static string Punctuation(string text, int pos) => text[pos] < Marks.Length ? Marks[text[pos]] : text[pos..(pos + 1)];

    // The word classes of each mark of the Latin-1 range and of the possessive forms, read once.
    private static readonly WordClasses[] MarkClasses = Marks.Select(Lexicon.ClassesOf).ToArray();
    private static readonly WordClasses PossessiveClasses = Lexicon.ClassesOf("'s");
    private static readonly WordClasses ApostropheClasses = Lexicon.ClassesOf("'");

    private static WordClasses PunctuationClasses(string mark) => mark.Length == 1 && mark[0] < MarkClasses.Length ? MarkClasses[mark[0]] : Lexicon.ClassesOf(mark);

    /// <summary>The lower-case form used for lexicon look-ups: invariant lower case, plain apostrophes.</summary>
    public static string Lower(string word) => word.ToLower(CultureInfo.InvariantCulture).Replace('\u2019', '\'');

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    // "U.S" followed by "." — single letters separated by dots.
    private static bool IsInitialism(string text, int start, int end)
    {
        var length = end - start;
        if (length < 3)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var isLetterSlot = (i - start) % 2 == 0;
            if (isLetterSlot ? !char.IsLetter(text[i]) : text[i] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
