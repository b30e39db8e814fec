using System.Runtime.CompilerServices;
using FactCheck.Claims;
using FactCheck.Languages.English;

namespace FactCheck.Checks.Internal;

/// <summary>
/// The wording of what a claim states: the words of the claim with its figures left out, lower-cased, without articles
/// and possessive pronouns ("acme's pre-tax profit rose to" for "Acme's pre-tax profit rose 5% to $4bn"). A sentence
/// copied with one figure changed keeps its wording, so two claims worded alike about one entity and one period state one
/// figure, even where the claims stage named no quantity ("Yahoo earned $187m") or named one too briefly to compare
/// ("11% of the market").
/// </summary>
/// <remarks>
/// A claim has no wording to meet another by when its words set its figure against another ("compared with",
/// "forecast", "analysts expected", "the revised figure", "the previous estimate"): two such values may both hold. Before
/// "to" such a word is the verb of the claim's own figure ("forecast to be 6.5%", "expected to reach $2bn"). Nor
/// when no word names something. A pronoun in the words ("it was bought for", "its shares") ties them to what the
/// sentences around say (<see cref="Wording.Owned"/>).
/// </remarks>
internal static class Wordings
{
    // A claim's wording is asked for each claim it may meet; claims do not change, so each is read once.
    private static readonly ConditionalWeakTable<Claim, StrongBox<Wording?>> Read = new();

    /// <summary>The claim's wording, or <see langword="null"/> when it has none to meet another by.</summary>
    public static Wording? Of(Claim claim) => Read.GetValue(claim, static c => new StrongBox<Wording?>(ReadWording(c))).Value;

    private static Wording? ReadWording(Claim claim)
    {
        var (words, owned) = Words(claim);
        var content = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var hedge = i > 0 && EnglishWordClasses.HedgingComparatives.Contains(words[i - 1]);
            // "forecast to be 6.5%", "expected to reach $2bn": the verb of the claim's own figure, not another figure.
            var ownVerb = i + 1 < words.Count && words[i + 1] == "to";
            if (EnglishWordClasses.SettingAgainstWords.Contains(word) && !hedge && !ownVerb)
            {
                return null;
            }

            owned |= EnglishWordClasses.SubjectPronouns.Contains(word);
            if (!hedge && !IsFunctionWord(word) && !EnglishWordClasses.SubjectPronouns.Contains(word))
            {
                content++;
            }
        }

        return content > 0 ? new Wording(string.Join(' ', words), content, owned) : null;
    }

    // The words of the claim's text outside its figures; a word with a digit is part of a figure or a date. Read on a copy of
    // the text, lower-cased, figures blanked and typographic apostrophes made plain: only the words kept become strings, as
    // the checks ask for the wording of a claim once for each claim it may meet.
    private static (List<string> Words, bool Owned) Words(Claim claim)
    {
        var owned = false;
        var source = claim.Text;
        var buffer = source.Length <= MaxStackChars ? stackalloc char[source.Length] : new char[source.Length];
        source.AsSpan().ToLowerInvariant(buffer);
        buffer.Replace('\u2019', '\'');
        foreach (var figure in claim.Figures)
        {
            var start = Math.Max(0, figure.Span.Start - claim.Span.Start);
            var end = Math.Min(buffer.Length, figure.Span.End - claim.Span.Start);
            if (start < end)
            {
                buffer[start..end].Fill(' ');
            }
        }

        var words = new List<string>();
        var wordStart = -1;
        for (var i = 0; i <= buffer.Length; i++)
        {
            var c = i < buffer.Length ? buffer[i] : ' ';
            if (char.IsLetterOrDigit(c) || ((c is '-' or '\'') && wordStart >= 0))
            {
                wordStart = wordStart < 0 ? i : wordStart;
                continue;
            }

            if (wordStart >= 0)
            {
                var w = buffer[wordStart..i].TrimEnd(WordEnds);
                owned |= EnglishWordClasses.PossessivePronounsLookup.Contains(w);
                if (w.Length > 0 && !HasDigit(w) && !EnglishWordClasses.DeterminersLookup.Contains(w) && !EnglishWordClasses.PossessivePronounsLookup.Contains(w))
                {
                    words.Add(w.ToString());
                }

                wordStart = -1;
            }
        }

        return (words, owned);
    }

    /// <summary>The longest claim text copied on the stack.</summary>
    private const int MaxStackChars = 512;

    private static readonly char[] WordEnds = ['-', '\''];

    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFunctionWord(string word) =>
        EnglishWordClasses.Prepositions.Contains(word)
        || EnglishWordClasses.Auxiliaries.Contains(word)
        || EnglishWordClasses.Subordinators.Contains(word)
        || EnglishWordClasses.HedgingComparatives.Contains(word);
}
