namespace FactCheck;

/// <summary>The safety limits a <see cref="FactChecker"/> applies to every document.</summary>
/// <param name="MaxDocumentLength">The longest document read, in characters.</param>
/// <param name="TimeLimit">The longest time spent on one document, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
internal sealed record CheckLimits(int MaxDocumentLength, TimeSpan TimeLimit);
