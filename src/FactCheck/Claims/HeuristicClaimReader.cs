namespace FactCheck.Claims;

/// <summary>The built-in claims stage: <see cref="ClaimExtractor"/>'s word-list heuristics, one sentence at a time.</summary>
internal sealed class HeuristicClaimReader(ClaimExtractor extractor) : IClaimReader
{
    public HeuristicClaimReader()
        : this(new ClaimExtractor())
    {
    }

    public IReadOnlyList<Claim> Read(ClaimReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return extractor.Extract(context.Document, context.Sentences, context.Mentions, context.CancellationToken, context.SentenceFailed);
    }
}
