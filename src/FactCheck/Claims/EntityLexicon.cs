using System.Collections.Frozen;
using FactCheck.Languages.English;

namespace FactCheck.Claims;

/// <summary>English words the claims stage reads entities with: titles of people, roles, and references back to an organisation.</summary>
internal static class EntityLexicon
{
    // The word lists are English data, defined once in the language pack; see EnglishWordClasses for what each holds.
    public static readonly FrozenSet<string> PersonTitles = EnglishWordClasses.PersonTitles;
    public static readonly FrozenSet<string> PersonRoles = EnglishWordClasses.PersonRoles;

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

    // The word lists are English data, defined once in the language pack; see EnglishWordClasses for what each holds.
    public static readonly FrozenSet<string> EntityPronouns = EnglishWordClasses.EntityPronouns;
    public static readonly FrozenSet<string> NotNames = EnglishWordClasses.NotNames;
    public static readonly FrozenSet<string> MeasuredVerbs = EnglishWordClasses.MeasuredVerbs;
    public static readonly FrozenSet<string> CommentatorNouns = EnglishWordClasses.CommentatorNouns;
    public static readonly FrozenSet<string> HoldingNouns = EnglishWordClasses.HoldingNouns;
    public static readonly FrozenSet<string> HoldingVerbs = EnglishWordClasses.HoldingVerbs;
    public static readonly FrozenSet<string> OwningPronouns = EnglishWordClasses.OwningPronouns;
    public static readonly FrozenSet<string> PublicBodyWords = EnglishWordClasses.PublicBodyWords;
    public static readonly FrozenSet<string> ReportingBodyWords = EnglishWordClasses.ReportingBodyWords;
}
