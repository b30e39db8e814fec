using FactCheck.Languages.English;
using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// A percentage set above or below a sum or count, its base: "24.4% above the previous record of $496.5bn",
/// "18.2% above the previous record - 2002's gap of $310.4bn", "30% more than the $400m it made". The draft becomes
/// a comparison whose main figure is the change (so also its stated change) and whose compared figure is the base;
/// dates on the way to the base ("2002's gap") name the base's period, not the claim's. The level the change leads
/// to is joined later, in the sentence (<see cref="LevelAgainstBaseRule"/>) or in the one before.
/// </summary>
/// <remarks>
/// "above" and "more than" after a percentage compare; they do not hedge the base (recognition reads them so too).
/// A percentage set against another percentage is left alone: "0.5% above the 2% target" may be points.
/// </remarks>
internal sealed class ChangeAgainstBaseRule : IFigureRule
{
    /// <summary>How many tokens after the comparative the base may be ("the previous record - 2002's gap of").</summary>
    private const int LookAhead = 10;

    public void Apply(FigureGrouping grouping)
    {
        var d = grouping.Draft;
        if (!grouping.IsUnpaired || d.MainToken != grouping.Anchor || grouping.AnchorMention.Kind is not (MentionKind.Percentage or MentionKind.PercentagePoints))
        {
            return;
        }

        var t = grouping.Tokens;
        var at = grouping.Anchor + 1;
        if (Direction(t, ref at) is not ChangeDirection direction)
        {
            return;
        }

        var dates = new List<int>();
        for (var k = at + 1; k < t.Count && k <= at + LookAhead; k++)
        {
            var token = t[k];
            switch (token.Kind)
            {
                case ClaimTokenKind.Figure:
                    var figure = grouping.Mention(k);
                    if (grouping.IsUsed(k) || figure.Kind is not (MentionKind.Money or MentionKind.Number) || Figures.IsMinorNumber(figure))
                    {
                        return;
                    }

                    d.Kind = ClaimKind.Comparison;
                    d.StatedChangeToken = grouping.Anchor;
                    d.ComparedToken = k;
                    d.Direction = direction;
                    grouping.Take(k);
                    grouping.TakeConversions(k);
                    d.BaseDateTokens.AddRange(dates);
                    if (grouping.DateAfter(k) is int after)
                    {
                        d.BaseDateTokens.Add(after); // "24.4% above $496.5bn in 2003"
                    }

                    return;
                case ClaimTokenKind.Date:
                    dates.Add(k);
                    continue;
                case ClaimTokenKind.Possessive:
                    continue;
                case ClaimTokenKind.Punctuation when token.Text is "-" or "\u2013" or "\u2014" or ",":
                    continue; // "the previous record - 2002's gap of $310.4bn"
                case ClaimTokenKind.Punctuation:
                    return;
            }

            if (!token.IsWord || Lexicon.IsVerb(t, k) || EnglishWordClasses.Subordinators.Contains(token.Lower) || token.Lower is "and" or "or" or "to" or "from" or "at" or "by" or "with" or "against" or "than")
            {
                return; // "30% above forecasts, and sales reached $5bn", "5% over the year to $10": the figure is not the base
            }
        }
    }

    // "above", "below", "higher than", "more than", "lower than", "less than"; at is left on the last word.
    private static ChangeDirection? Direction(List<ClaimToken> t, ref int at)
    {
        if (at >= t.Count || !t[at].IsWord)
        {
            return null;
        }

        var word = t[at].Lower;
        if (EnglishWordClasses.AboveWords.Contains(word))
        {
            return ChangeDirection.Up;
        }

        if (EnglishWordClasses.BelowWords.Contains(word))
        {
            return ChangeDirection.Down;
        }

        if (at + 1 < t.Count && t[at + 1].Is("than") && (EnglishWordClasses.ComparativesUp.Contains(word) || EnglishWordClasses.ComparativesDown.Contains(word)))
        {
            at++;
            return EnglishWordClasses.ComparativesUp.Contains(word) ? ChangeDirection.Up : ChangeDirection.Down;
        }

        return null;
    }
}
