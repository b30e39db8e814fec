namespace FactCheck.Claims;

/// <summary>An attribution found in a sentence.</summary>
/// <param name="Source">The source, with its own date when the text gives one.</param>
/// <param name="DateToken">The token of the source's date, which is then no claim's time; -1 when none.</param>
/// <param name="PointsBack">Whether the attribution names earlier figures ("These figures were released by ...") rather than the sentence's own.</param>
internal sealed record SourceHit(ClaimSource Source, int DateToken, bool PointsBack)
{
    /// <summary>The token of the attributing word ("said", "according", "by").</summary>
    public int Anchor { get; init; }

    /// <summary>The first token of the words the attribution covers.</summary>
    public int ScopeFirst { get; init; }

    /// <summary>The last token of the words the attribution covers.</summary>
    public int ScopeLast { get; init; } = int.MaxValue;

    public bool Covers(int token) => token >= ScopeFirst && token <= ScopeLast;
}
