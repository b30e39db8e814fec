using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
                t_pending = null;
            }
        }
    }

    /// <summary>The most tokens whose room a thread keeps between sentences.</summary>
    private const int MaxScratchTokens = 1024;

    [ThreadStatic]
    private static List<ClaimToken>? t_scratch;

    private static void Gather(string text, TextSpan sentence, IReadOnlyList<Mention> mentions, IReadOnlyList<int> mentionOrder, List<ClaimToken> tokens)
    {
        var words = t_words ??= new KeptWord[WordSets * WordsPerSet];
        var pending = t_pending ??= new List<PendingWord>(64);
        pending.Clear();
        var touched = 0u;
        var pos = sentence.Start;
        var end = sentence.End;
        // The next mention's span, read again only when the scan passes it: the characters between mentions ask nothing of them.
        var mentionCount = mentionOrder.Count;
        var next = 0;
        var (nextStart, nextEnd) = SpanOf(mentions, mentionOrder, next);
        while (pos < end)
        {
            while (next < mentionCount && nextEnd <= pos)
            {
                (nextStart, nextEnd) = SpanOf(mentions, mentionOrder, ++next);
            }

            if (next < mentionCount && nextStart <= pos)
            {
                var index = mentionOrder[next];
                var mention = mentions[index];
                var mentionEnd = Math.Min(mention.Span.End, text.Length);
                var kind = mention.Kind == MentionKind.Date ? (IsNameNotDate(text, mention) ? ClaimTokenKind.Word : ClaimTokenKind.Date) : ClaimTokenKind.Figure;
                var mentionLower = mention.Text.ToLowerInvariant();
                tokens.Add(new ClaimToken(kind, mention.Span.Start, mentionEnd, mention.Text, mentionLower, index)
                {
                    Classes = Lexicon.ClassesOf(mentionLower),
                    IsCapitalized = kind == ClaimTokenKind.Word && StartsWithCapital(mention.Text),
                });
                pos = Math.Max(pos + 1, mentionEnd);
                (nextStart, nextEnd) = SpanOf(mentions, mentionOrder, ++next);
                continue;
            }

            var c = text[pos];
            if (char.IsWhiteSpace(c))
            {
                pos++;
                continue;
            }

            var limit = next < mentionCount ? Math.Min(end, nextStart) : end;
            if (IsApostrophe(c) && tokens.Count > 0 && tokens[^1].Kind is ClaimTokenKind.Word or ClaimTokenKind.Date or ClaimTokenKind.Figure && tokens[^1].End == pos)
            {
                // "Pakistan's" → "Pakistan" + "'s"; "analysts'" → "analysts" + "'".
                var possessiveEnd = pos + 1 < limit && (text[pos + 1] == 's' || text[pos + 1] == 'S') && (pos + 2 >= limit || !char.IsLetter(text[pos + 2])) ? pos + 2 : pos + 1;
                touched ^= Pending(words, pending, tokens.Count, text, pos, possessiveEnd - pos);
                var (possessive, possessiveClasses) = possessiveEnd - pos == 2 ? ("'s", PossessiveClasses) : ("'", ApostropheClasses);
                tokens.Add(new ClaimToken(ClaimTokenKind.Possessive, pos, possessiveEnd, string.Empty, possessive, -1) { Classes = possessiveClasses });
                pos = possessiveEnd;
                continue;
            }

            if (IsLetterOrDigit(c))
            {
                var start = pos;
                pos++;
                while (pos < limit)
                {
                    var ch = text[pos];
                    if (IsLetterOrDigit(ch))
                    {
                        pos++;
                        continue;
                    }

                    var following = pos + 1 < limit ? text[pos + 1] : '\0';
                    if ((ch == '-' || ch == '&' || ch == '.') && IsLetterOrDigit(following))
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

                touched ^= Pending(words, pending, tokens.Count, text, start, pos - start);
                tokens.Add(new ClaimToken(ClaimTokenKind.Word, start, pos, string.Empty, string.Empty, -1) { IsCapitalized = char.IsUpper(text[start]) });
                continue;
            }

            var mark = Punctuation(text, pos);
            tokens.Add(new ClaimToken(ClaimTokenKind.Punctuation, pos, pos + 1, mark, mark, -1) { Classes = PunctuationClasses(mark) });
            pos++;
        }

        // The words are looked up in the order they were read, as one at a time would: the table ends the same.
        var gathered = CollectionsMarshal.AsSpan(tokens);
        foreach (var (index, start, length, hash, chars) in pending)
        {
            var word = Word(words, text.AsSpan(start, length), hash, chars);
            ref var token = ref gathered[index];
            token = token.Kind == ClaimTokenKind.Possessive
                ? token with { Text = word.Text }
                : token with { Text = word.Text, Lower = word.Lower, Classes = word.Classes };
        }

        t_touched = touched;
    }

    // A word read but not yet looked up: its token, where its run lies, its hash and its characters.
    private readonly record struct PendingWord(int Token, int Start, int Length, uint Hash, InlineChars Chars);

    [ThreadStatic]
    private static List<PendingWord>? t_pending;

    // Where the sets the words of the last sentence were read from: kept only so that reading them is not left out.
    [ThreadStatic]
    private static uint t_touched;

    // Notes a word to look up once the sentence is read, and reads the first word of its set now. The table is large and seldom
    // in the processor's cache: a set read while the scan goes on arrives while the next words are read, where one looked up
    // at once would stop the scan at each word until it came, one word after another.
    private static uint Pending(KeptWord[] words, List<PendingWord> pending, int token, string text, int start, int length)
    {
        var surface = text.AsSpan(start, length);
        var hash = HashOf(surface);
        pending.Add(new PendingWord(token, start, length, hash, InlineChars.Of(surface)));
        return words[SetOf(hash)].HashCode;
    }

    private static (int Start, int End) SpanOf(IReadOnlyList<Mention> mentions, IReadOnlyList<int> mentionOrder, int next)
    {
        if (next >= mentionOrder.Count)
        {
            return (int.MaxValue, int.MaxValue);
        }

        var span = mentions[mentionOrder[next]].Span;
        return (span.Start, span.End);
    }

    /// <summary>How many sets of words a thread keeps the strings of (a power of two), and how many words a set holds.</summary>
    private const int WordSets = 4096, WordsPerSet = 4;

    // The strings of words a thread has read, with their lower-case forms and word classes, in sets by a hash of their text,
    // the last met first: news repeats its words, so a word met again takes the strings and classes kept for it instead of
    // two new strings and a look-up in each word list. A new word takes the place of the one of its set met longest ago, so
    // the table stays the same size however much is read.
    [ThreadStatic]
    private static KeptWord[]? t_words;

    // A word of the table with the hash of its text and, for a word of up to eight characters (nine words of news in ten), the
    // characters themselves: a kept word is told apart from, or found equal to, the run read without reading its strings,
    // which are seldom in the processor's cache, as the table is large and each word's strings lie apart in memory.
    private readonly struct KeptWord(string text, string lower, WordClasses classes, uint hash, InlineChars chars)
    {
        private readonly ulong first = chars.First;
        private readonly ulong second = chars.Second;
        private readonly ushort length = chars.Length;

        public string Text { get; } = text;

        public string Lower { get; } = lower;

        public WordClasses Classes { get; } = classes;

        public uint HashCode { get; } = hash;

        public bool Is(ReadOnlySpan<char> surface, uint hash, InlineChars chars) =>
            HashCode == hash && (chars.Length > 0
                ? length == chars.Length && first == chars.First && second == chars.Second
                : length == 0 && surface.SequenceEqual(Text));
    }

    // The characters of a run of up to eight characters in two numbers, the unused places zero, with its length; a longer run
    // has none (length 0), and its word is compared with the run character by character.
    private readonly record struct InlineChars(ulong First, ulong Second, ushort Length)
    {
        private const int Most = 8;

        public static InlineChars Of(ReadOnlySpan<char> surface)
        {
            if (surface.Length > Most)
            {
                return default;
            }

            Span<char> chars = stackalloc char[Most];
            chars.Clear();
            surface.CopyTo(chars);
            var numbers = MemoryMarshal.Cast<char, ulong>(chars);
            return new InlineChars(numbers[0], numbers[1], (ushort)surface.Length);
        }
    }

    private static int SetOf(uint hash) => (int)(hash & (WordSets - 1)) * WordsPerSet;

    private static KeptWord Word(KeptWord[] words, ReadOnlySpan<char> surface, uint hash, InlineChars chars)
    {
        var set = SetOf(hash);
        var first = words[set];
        if (first.Text is null)
        {
            return words[set] = NewWord(surface, hash, chars);
        }

        if (first.Is(surface, hash, chars))
        {
            return first; // already first in its set, as most words met again are: nothing to move
        }

        var found = WordsPerSet - 1;
        KeptWord word = default;
        for (var w = 1; w < WordsPerSet; w++)
        {
            var kept = words[set + w];
            if (kept.Text is null)
            {
                found = w;
                break;
            }

            if (kept.Is(surface, hash, chars))
            {
                found = w;
                word = kept;
                break;
            }
        }

        if (word.Text is null)
        {
            word = NewWord(surface, hash, chars);
        }

        // The word goes first in its set; the ones met after it move one place down.
        for (var w = found; w > 0; w--)
        {
            words[set + w] = words[set + w - 1];
        }

        words[set] = word;
        return word;
    }

    private static KeptWord NewWord(ReadOnlySpan<char> surface, uint hash, InlineChars chars)
    {
        var text = surface.ToString();
        var lower = Lower(text);
        return new KeptWord(text, lower, Lexicon.ClassesOf(lower), hash, chars);
    }

    // Which set of the table a word goes to: a hash of its characters (FNV-1a), cheaper for the short runs of a sentence than
    // the randomized hash of strings, which a table that only keeps strings to reuse does not need.
    private static uint HashOf(ReadOnlySpan<char> surface)
    {
        var hash = 2166136261u;
        foreach (var c in surface)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }

    // "May Department Stores", "May's debt", "The Sunday Times": a month or day name that is part of a name.
    private static bool IsNameNotDate(string text, Mention mention)
    {
        var word = mention.Text;
        if (word.Length == 0 || !char.IsUpper(word[0]) || !IsLetters(word) || !EnglishPack.Instance.Calendar.NameLikeDates.Contains(word))
        {
            return false;
        }

        var end = mention.Span.End;
        var possessive = end + 1 < text.Length && IsApostrophe(text[end]) && text[end + 1] is 's' or 'S';
        var nextWord = end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);
        return possessive || nextWord;
    }

    private static bool StartsWithCapital(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
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

    // ASCII first, inlined: the scan asks it for every character of a sentence, and most characters of news are ASCII.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterOrDigit(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

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
