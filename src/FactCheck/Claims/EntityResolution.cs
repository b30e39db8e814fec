namespace FactCheck.Claims;

/// <summary>How the claims stage found the entity a claim is about, from the surest reading to the weakest.</summary>
public enum EntityResolution
{
    /// <summary>No entity: the figure names none and the article gives none to fall back on.</summary>
    None,

    /// <summary>Named in the words of the claim's subject ("Brazil's exports", "exports from Pakistan").</summary>
    Named,

    /// <summary>The name that is the subject of the claim's clause ("Acme Air said profits rose 8%").</summary>
    ClauseSubject,

    /// <summary>
    /// A pronoun or definite description ("it", "the firm", "its profits") resolved to the entity named last before it.
    /// </summary>
    Reference,

    /// <summary>The article's topic (its headline or first sentence), taken because the figure names no entity.</summary>
    Topic,
}
