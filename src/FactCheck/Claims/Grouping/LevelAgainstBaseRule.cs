using FactCheck.Languages.English;
using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// "The deficit reached $671.7bn, 24.4% above $496.5bn a year earlier": a level, then a percentage set against a base
/// of its unit (<see cref="ChangeAgainstBaseRule"/>). The base is the level's earlier value and the percentage the
/// change stated between them, as in "rose 20% to £5bn from £4bn"; the comparison joins the level's draft.
/// </summary>
/// <remarks>
/// Only words that refer back may stand between the level and the percentage (a comma, a date, "which was", "or"):
/// "Exports were $50bn, imports 20% above 2003's $70bn" names another subject, and stays as it is.
/// </remarks>
internal sealed class LevelAgainstBaseRule : ISentenceRule
{
    public void Apply(SentenceView sentence, IReadOnlyList<Mention> mentions, List<ClaimDraft> drafts)
    {
        var t = sentence.Tokens;
        for (var n = 1; n < drafts.Count; n++)
        {
            var comparison = drafts[n];
            if (!IsChangeAgainstBase(comparison))
            {
                continue;
            }

            var level = drafts[n - 1];
            var baseMention = mentions[t[comparison.ComparedToken!.Value].MentionIndex];
            if (level.Kind != ClaimKind.Level || level.PreviousToken is not null || level.StatedChangeToken is not null
                || !SameUnit(level.MainMention(mentions, t), baseMention) || !OnlyBackReferenceBetween(t, level.LastFigure(), comparison.MainToken))
            {
                continue;
            }

            level.PreviousToken = comparison.ComparedToken;
            level.StatedChangeToken = comparison.MainToken;
            level.Kind = ClaimKind.FromTo;
            level.Direction = comparison.Direction;
            level.BaseDateTokens.AddRange(comparison.BaseDateTokens);
            level.ConversionTokens.AddRange(comparison.ConversionTokens);
            drafts.RemoveAt(n);
            n--;
        }
    }

    /// <summary>Whether the draft is a percentage set against a base by <see cref="ChangeAgainstBaseRule"/>.</summary>
    internal static bool IsChangeAgainstBase(ClaimDraft d) =>
        d.Kind == ClaimKind.Comparison && d.ComparedToken is not null && d.StatedChangeToken == d.MainToken && d.PreviousToken is null;

    /// <summary>Whether a level and a base are sums of one currency or counts, so that one can be the other's earlier value.</summary>
    internal static bool SameUnit(Mention level, Mention baseFigure) =>
        level.Kind == baseFigure.Kind && level.Kind is MentionKind.Money or MentionKind.Number && string.Equals(level.Unit, baseFigure.Unit, StringComparison.Ordinal);

    private static bool OnlyBackReferenceBetween(List<ClaimToken> t, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            var token = t[i];
            if (token.Kind is ClaimTokenKind.Date or ClaimTokenKind.Punctuation && token.Text is not (";" or "." or ":"))
            {
                continue;
            }

            if (token.Kind == ClaimTokenKind.Figure)
            {
                return false;
            }

            if (token.IsWord && (EnglishWordClasses.BackReferencePronouns.Contains(token.Lower) || EnglishWordClasses.BackReferenceVerbs.Contains(token.Lower)
                || EnglishWordClasses.DatePrepositions.Contains(token.Lower) || EnglishWordClasses.TimeWords.Contains(token.Lower) || token.Lower is "or" or "the" or "some" or "about" or "around" or "nearly" or "almost"))
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
