using System.Buffers;
using System.Collections.Frozen;
using FactCheck.Claims;
using FactCheck.Languages;
using FactCheck.Languages.English;

namespace FactCheck.Checks.Internal;

/// <summary>
/// What a claim's quantity says to a reader: whether it names a measure two figures can be statements of, and how a
/// finding names it ("Acme's pre-tax profit").
/// </summary>
internal static class Quantities
{
    private static readonly char[] Separators = [' ', ',', ';', ':', '"', '(', ')', '\u201c', '\u201d'];
    private static readonly SearchValues<char> SeparatorValues = SearchValues.Create(Separators);

    /// <summary>
    /// Whether the claim's quantity is a noun phrase that names what is measured. Not when it is empty, when it starts
    /// with a function word (a fragment such as "of the best instant-access"), when its words only refer to the entity
    /// ("the firm", "the country") or to people ("they"), or when a count or a share names only the things counted
    /// ("people", "countries", "projects"): two such figures may count different things.
    /// </summary>
    public static bool NamesMeasure(Claim claim)
    {
        // Read word by word on a lower-cased copy, as the checks ask it of every pair of claims they compare.
        var quantity = claim.Quantity;
        var lower = quantity.Length <= MaxStackChars ? stackalloc char[quantity.Length] : new char[quantity.Length];
        quantity.AsSpan().ToLowerInvariant(lower);
        var words = 0;
        var content = 0;
        var onlyReferences = true;
        ReadOnlySpan<char> rest = lower;
        while (!rest.IsEmpty)
        {
            var cut = rest.IndexOfAny(SeparatorValues);
            var word = cut < 0 ? rest : rest[..cut];
            rest = cut < 0 ? default : rest[(cut + 1)..];
            if (word.IsEmpty)
            {
                continue;
            }

            if (words++ == 0 && !IsContentStart(word))
            {
                return false;
            }

            if (!IsFunctionWord(word))
            {
                content++;
                onlyReferences &= ReferenceNouns.Contains(word);
            }
        }

        if (content == 0 || onlyReferences)
        {
            return false; // no words, only function words, or only words for the entity ("the firm")
        }

        return !(content == 1 && claim.Measure is Measure.Count or Measure.Share);
    }

    /// <summary>The longest quantity copied on the stack.</summary>
    private const int MaxStackChars = 256;

    /// <summary>
    /// The subject of a claim as a reader would name it: the entity's quantity ("Acme's pre-tax profit"), or the
    /// quantity alone when it already names the entity ("the stake in Ferrari").
    /// </summary>
    public static string Name(Claim claim)
    {
        var quantity = string.Join(' ', Words(claim.Quantity).SkipWhile(w => IsFunctionWord(w.ToLowerInvariant())));
        if (quantity.Length == 0)
        {
            return claim.Subject.Length > 0 ? claim.Subject : claim.SubjectKey;
        }

        quantity = LowerFirstWord(quantity);
        if (claim.Entity.Length == 0 || quantity.Contains(claim.Entity, StringComparison.OrdinalIgnoreCase))
        {
            return "the " + quantity;
        }

        var owner = claim.Entity.EndsWith('s') ? claim.Entity + "'" : claim.Entity + "'s";
        return owner + " " + quantity;
    }

    /// <summary><paramref name="name"/> with its first letter upper-cased, to open a sentence.</summary>
    public static string Capitalised(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    // A quantity that opened its sentence is written with a capital ("Industrial output"); a name keeps its capitals
    // ("BBC licence fee") and so does an acronym ("GDP").
    private static string LowerFirstWord(string quantity)
    {
        var end = quantity.IndexOf(' ', StringComparison.Ordinal);
        var first = end < 0 ? quantity : quantity[..end];
        var rest = end < 0 ? string.Empty : quantity[end..];
        return first.Length > 1 && char.IsUpper(first[0]) && first.Skip(1).All(c => !char.IsUpper(c)) && rest.Length > 0
            ? char.ToLowerInvariant(first[0]) + first[1..] + rest
            : quantity;
    }

    private static string[] Words(string text) => text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    private static bool IsContentStart(ReadOnlySpan<char> word) =>
        !EnglishWordClasses.PrepositionsLookup.Contains(word) && !EnglishWordClasses.SubordinatorsLookup.Contains(word)
        && !EnglishWordClasses.AuxiliariesLookup.Contains(word);

    private static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        EnglishWordClasses.DeterminersLookup.Contains(word) || EnglishWordClasses.PossessivePronounsLookup.Contains(word)
        || EnglishWordClasses.PrepositionsLookup.Contains(word) || EnglishWordClasses.SubjectPronounsLookup.Contains(word)
        || EnglishWordClasses.AuxiliariesLookup.Contains(word);

    // The nouns that refer back to an entity ("the firm"), looked up with spans of text.
    private static readonly SpanWordLookup ReferenceNouns = new(EntityLexicon.ReferenceNouns.Keys.ToFrozenSet(StringComparer.Ordinal));
}
