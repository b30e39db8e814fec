using FactCheck.Languages.English;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// A rank near the figure: "the third-largest", "the world's second biggest" give its place; "the largest" or
/// "Europe's biggest" make it first. A plain level becomes a rank (or, for a bare superlative, a comparison).
/// </summary>
internal sealed class RankRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        var t = grouping.Tokens;
        var d = grouping.Draft;
        var from = d.MainToken;
        while (from > 0 && d.MainToken - from < 8 && !Lexicon.IsVerb(t, from - 1) && !(t[from - 1].Kind == ClaimTokenKind.Punctuation && t[from - 1].Text is "." or ";"))
        {
            from--; // superlatives before the figure count only within its own phrase: not "Japan's biggest steel company lost 2.5%"
        }

        var to = Math.Min(t.Count - 1, d.MainToken + 6);
        var ordinals = EnglishWordClasses.Ordinals;
        var superlatives = EnglishWordClasses.Superlatives;
        for (var j = from; j <= to; j++)
        {
            if (!t[j].IsWord)
            {
                continue;
            }

            var lower = t[j].Lower;
            var dash = lower.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && ordinals.TryGetValue(lower[..dash], out var place) && superlatives.Contains(lower[(dash + 1)..]))
            {
                d.Rank = place;
                d.Kind = d.Kind == ClaimKind.Level ? ClaimKind.Rank : d.Kind;
                return;
            }

            if (ordinals.TryGetValue(lower, out place) && j + 1 <= to && t[j + 1].IsWord && superlatives.Contains(t[j + 1].Lower))
            {
                d.Rank = place;
                d.Kind = d.Kind == ClaimKind.Level ? ClaimKind.Rank : d.Kind;
                return;
            }

            if (superlatives.Contains(lower) && lower != "most" && j > 0 && t[j - 1].IsWord && t[j - 1].Lower is "the" or "its" or "their" || (superlatives.Contains(lower) && j > 0 && t[j - 1].Kind == ClaimTokenKind.Possessive))
            {
                d.Rank = 1;
                d.Kind = d.Kind == ClaimKind.Level ? ClaimKind.Comparison : d.Kind;
                return;
            }
        }
    }
}
