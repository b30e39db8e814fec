namespace FactCheck.Claims;

/// <summary>What sort of name an entity of the article is.</summary>
internal enum EntityKind
{
    /// <summary>A company, body, organisation or anything else named with capitals.</summary>
    Organisation,

    /// <summary>A country, region or city (from the place names), or a demonym of one.</summary>
    Place,

    /// <summary>A person ("Mr Smith", "chief executive Jane Doe"): never the entity a figure is about.</summary>
    Person,
}
