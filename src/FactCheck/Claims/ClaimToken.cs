namespace FactCheck.Claims;

/// <summary>A token of a sentence; mentions are single tokens so the scanners can step over them.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">The index of its first character in the document.</param>
/// <param name="End">The index just past its last character.</param>
/// <param name="Text">Its surface text.</param>
/// <param name="Lower">Its lower-case form with typographic apostrophes made plain.</param>
/// <param name="MentionIndex">For figures and dates, the index of the mention; otherwise -1.</param>
internal readonly record struct ClaimToken(ClaimTokenKind Kind, int Start, int End, string Text, string Lower, int MentionIndex)
{
    /// <summary>The word lists <see cref="Lower"/> is in, among <see cref="WordClasses"/>: set by the tokenizer, for every token.</summary>
    public WordClasses Classes { get; init; }

    /// <summary>Whether <see cref="Lower"/> is in one of the lists of <paramref name="classes"/>.</summary>
    public bool IsIn(WordClasses classes) => (Classes & classes) != 0;

    public bool IsWord => Kind == ClaimTokenKind.Word;

    public bool IsMention => Kind is ClaimTokenKind.Figure or ClaimTokenKind.Date;

    /// <summary>
    /// Whether the token is a word whose first letter is a capital: set by the tokenizer from the text it reads, so that the
    /// scanners, which ask it of almost every token, need not read the token's string, seldom in the processor's cache.
    /// </summary>
    public bool IsCapitalized { get; init; }

    public bool Is(string lower) => Kind == ClaimTokenKind.Word && string.Equals(Lower, lower, StringComparison.Ordinal);

    /// <summary>Whether the token is the "&amp;" that joins the words of a name: "Procter &amp; Gamble", "Marks &amp; Spencer".</summary>
    public bool IsAmpersand => Kind == ClaimTokenKind.Punctuation && Text == "&";

    public bool IsPunctuation(char c) => Kind == ClaimTokenKind.Punctuation && Text.Length == 1 && Text[0] == c;

    public override string ToString() => $"{Kind} '{Text}'";
}
