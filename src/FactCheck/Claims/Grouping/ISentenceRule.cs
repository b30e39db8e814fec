using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// One pattern that joins or links the claim drafts of a sentence once each figure has its own draft: a from/to
/// split across clauses, a change repeated for another subject. The order is listed in <see cref="FigureGrouper"/>.
/// </summary>
internal interface ISentenceRule
{
    void Apply(SentenceView sentence, IReadOnlyList<Mention> mentions, List<ClaimDraft> drafts);
}
