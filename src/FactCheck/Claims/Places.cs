using System.Collections.Frozen;
using FactCheck.Languages.English;

namespace FactCheck.Claims;

/// <summary>
/// Countries and blocs by name, abbreviation, demonym and capital ("Pakistani" and "Islamabad" → Pakistan,
/// "U.S." and "Washington" → United States), so that subjects naming the same place meet.
/// </summary>
/// <remarks>
/// A fixed list of the places most often in English news; others are still kept as organisation-like
/// capitalised names, only without the mapping. Capitals stand for their governments, as news uses them.
/// </remarks>
internal static class Places
{
    private static readonly FrozenDictionary<string, string> Names = EnglishPlaces.Names;

    /// <summary>The longest place name in words.</summary>
    private const int MaxWords = 3;

    /// <summary>The first words of the names of more than one word ("united" of "united states"): only these start a longer match.</summary>
    private static readonly FrozenSet<string> FirstWordsOfLongerNames = Names.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal))
        .Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Finds a place name starting at <paramref name="index"/>; on success gives its canonical name and the tokens it covers.</summary>
    public static bool TryMatch(List<ClaimToken> tokens, int index, int limit, out string canonical, out int length)
    {
        canonical = string.Empty;
        length = 0;
        if (!tokens[index].IsWord || !tokens[index].IsCapitalized)
        {
            return false;
        }

        // The words are joined into a key only when the first one starts a longer name: most capitalised words start none.
        var longest = FirstWordsOfLongerNames.Contains(tokens[index].Lower) ? Math.Min(MaxWords, limit - index) : 1;
        for (var n = longest; n >= 1; n--)
        {
            var key = n == 1 ? tokens[index].Lower : Join(tokens, index, n);
            if (key is not null && Names.TryGetValue(key, out var found))
            {
                // "US" the country, not "us" the pronoun: the text must capitalise it.
                canonical = found;
                length = n;
                return true;
            }
        }

        return false;
    }

    /// <summary>Looks up one word (or a hyphenated part such as "US" in "US-Pakistan").</summary>
    public static bool TryGet(string word, out string canonical)
    {
        canonical = string.Empty;
        if (word.Length == 0 || !char.IsUpper(word[0]))
        {
            return false;
        }

        if (Names.TryGetValue(SentenceTokenizer.Lower(word), out var found))
        {
            canonical = found;
            return true;
        }

        return false;
    }

    /// <summary>The form of a canonical name used in subject keys: "United States" → "united-states".</summary>
    public static string KeyOf(string canonical) => SentenceTokenizer.Lower(canonical).Replace(' ', '-');

    private static string? Join(List<ClaimToken> tokens, int index, int count)
    {
        var parts = new string[count];
        for (var i = 0; i < count; i++)
        {
            if (!tokens[index + i].IsWord)
            {
                return null;
            }

            parts[i] = tokens[index + i].Lower;
        }

        return string.Join(' ', parts);
    }
}
