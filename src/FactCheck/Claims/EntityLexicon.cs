using System.Collections.Frozen;

namespace FactCheck.Claims;

/// <summary>English words the claims stage reads entities with: titles of people, roles, and references back to an organisation.</summary>
internal static class EntityLexicon
{
    /// <summary>Titles before a person's name ("Mr Smith"): the name is a person, not an entity a figure is about.</summary>
    public static readonly FrozenSet<string> PersonTitles = Set("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "professor", "prof", "dame");

    /// <summary>Roles written before a name ("chief executive Jane Doe", "analyst John Roe").</summary>
    public static readonly FrozenSet<string> PersonRoles = Set(
        "executive", "chairman", "chairwoman", "chair", "president", "minister", "secretary", "analyst", "economist", "spokesman",
        "spokeswoman", "spokesperson", "boss", "manager", "director", "governor", "chancellor", "founder", "strategist", "head",
        "officer", "owner", "trader", "dealer", "premier", "leader", "commissioner", "prosecutor", "judge", "lawyer", "investor");

    /// <summary>
    /// Nouns that, after "the", refer back to an organisation named before ("the firm", "the group"); their value is the
    /// kind of entity they fit.
    /// </summary>
    public static readonly FrozenDictionary<string, EntityKind> ReferenceNouns = new Dictionary<string, EntityKind>(StringComparer.Ordinal)
    {
        ["firm"] = EntityKind.Organisation, ["company"] = EntityKind.Organisation, ["group"] = EntityKind.Organisation,
        ["bank"] = EntityKind.Organisation, ["carrier"] = EntityKind.Organisation, ["airline"] = EntityKind.Organisation,
        ["insurer"] = EntityKind.Organisation, ["retailer"] = EntityKind.Organisation, ["broker"] = EntityKind.Organisation,
        ["brewer"] = EntityKind.Organisation, ["maker"] = EntityKind.Organisation, ["carmaker"] = EntityKind.Organisation,
        ["club"] = EntityKind.Organisation, ["operator"] = EntityKind.Organisation, ["lender"] = EntityKind.Organisation,
        ["business"] = EntityKind.Organisation, ["giant"] = EntityKind.Organisation, ["chain"] = EntityKind.Organisation,
        ["supermarket"] = EntityKind.Organisation, ["conglomerate"] = EntityKind.Organisation, ["manufacturer"] = EntityKind.Organisation,
        ["producer"] = EntityKind.Organisation, ["firm's"] = EntityKind.Organisation, ["society"] = EntityKind.Organisation,
        ["country"] = EntityKind.Place, ["nation"] = EntityKind.Place, ["government"] = EntityKind.Place,
        ["economy"] = EntityKind.Place, ["state"] = EntityKind.Place,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Pronouns that refer back to an entity: "it", "its", "they", "their".</summary>
    public static readonly FrozenSet<string> EntityPronouns = Set("it", "its", "they", "their");

    /// <summary>Capitalised words that start a sentence or a name but are no entity ("The", "But", "Excluding").</summary>
    public static readonly FrozenSet<string> NotNames = Set(
        "the", "a", "an", "but", "and", "or", "so", "yet", "if", "when", "while", "although", "though", "because", "as", "after",
        "before", "since", "however", "meanwhile", "analysts", "shares", "prices", "sales", "profits", "in", "on", "at", "for", "by",
        "with", "from", "to", "of", "this", "that", "these", "those", "its", "their", "his", "her", "our", "we", "they", "he", "she",
        "it", "i", "you", "there", "here", "what", "which", "who", "excluding", "including", "according", "under", "over", "despite",
        "overall", "also", "still", "now", "last", "next", "mr", "mrs", "ms", "dr", "chief", "christmas", "easter", "internet");

    /// <summary>
    /// Verbs whose subject is the thing their figure measures ("growth was 1.6%", "sales stood at $2bn"), unlike verbs of an
    /// actor ("Acme sold 50 million phones").
    /// </summary>
    public static readonly FrozenSet<string> MeasuredVerbs = Set(
        "is", "was", "are", "were", "be", "been", "stood", "stands", "stand", "remained", "remains", "remain", "totalled", "totaled",
        "totals", "total", "reached", "reaches", "amounted", "amounts", "came", "comes", "hit", "hits");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
