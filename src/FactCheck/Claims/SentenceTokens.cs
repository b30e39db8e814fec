namespace FactCheck.Claims;

/// <summary>
/// The tokens of one sentence as <see cref="SentenceTokenizer"/> reads them, never changed afterwards, with what the scanners
/// ask of a token again and again read once: whether it reads as a verb (<see cref="Lexicon.IsVerb"/>).
/// </summary>
internal sealed class SentenceTokens : List<ClaimToken>
{
    // Per token: 0 not read yet, 1 a verb, 2 not a verb.
    private byte[]? verbs;

    public SentenceTokens(IEnumerable<ClaimToken> tokens)
        : base(tokens)
    {
    }

    /// <summary>Whether the token at <paramref name="index"/> reads as a verb in its context, read once.</summary>
    public bool IsVerb(int index)
    {
        verbs ??= new byte[Count];
        if (verbs[index] == 0)
        {
            verbs[index] = Lexicon.ReadsAsVerb(this, index) ? (byte)1 : (byte)2;
        }

        return verbs[index] == 1;
    }
}
