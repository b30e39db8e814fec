namespace FactCheck.Checks.Internal;

/// <summary>
/// A claim's wording (<see cref="Wordings"/>): its words outside its figures, how many of them name something, and whether
/// a pronoun ("it was bought for", "its sales") ties them to what is named elsewhere.
/// </summary>
internal sealed record Wording(string Text, int ContentWords, bool Owned)
{
    /// <summary>
    /// Whether the words alone name what is measured well enough to stand for one figure wherever they are: two or more
    /// words that name something ("shares in the retailer were up", "Yahoo earned"), none owned by a pronoun.
    /// "of the market" may be said of two firms.
    /// </summary>
    public bool NamesOneThing => ContentWords >= 2 && !Owned;
}
