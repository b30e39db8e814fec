namespace FactCheck.Claims;

/// <summary>What a token of a sentence is, as the claims stage sees it.</summary>
internal enum ClaimTokenKind : byte
{
    /// <summary>A word (letters, digits, inner dots, hyphens and apostrophes).</summary>
    Word,

    /// <summary>A punctuation mark.</summary>
    Punctuation,

    /// <summary>The possessive <c>'s</c> (or a bare apostrophe after a plural).</summary>
    Possessive,

    /// <summary>A figure mention (percentage, money, number, multiplier), as one token.</summary>
    Figure,

    /// <summary>A date mention, as one token.</summary>
    Date,
}
