using FactCheck.Languages.English;

namespace FactCheck.Claims;

/// <summary>
/// Gives a direction to claims the figure grouping left without one, from words the grouping rules do not read:
/// </summary>
/// <list type="bullet">
/// <item><b>Phrasal verbs</b>: "went up by 0.4%", "have gone down 3%", "is up 5%", "is down to 10.2%" when "up" or "down"
/// stands right before the figure or before "by" or "to" and the figure;</item>
/// <item><b>Coordination</b>: "went up by 0.4% on the month and by 12.6% on the year": a figure after "and by" goes the way
/// of the figure before it in its sentence;</item>
/// <item><b>Counts added</b>: "an extra four hours", "an additional 500 staff" go up;</item>
/// <item><b>Comparatives</b>: "would have been 8% higher", "48,000 fewer mortgages": a comparative right after the figure;</item>
/// <item><b>Change nouns</b>: a figure whose quantity is a growth or a rise ("growth of 2%", "economic growth was 1.6%") goes up;
/// a fall or a decline goes down.</item>
/// </list>
internal static class DirectionReader
{
    public static void Read(IReadOnlyList<SentenceView> views, IEnumerable<ClaimDraft> drafts)
    {
        ClaimDraft? previous = null;
        foreach (var d in drafts)
        {
            var earlier = previous;
            if (d.Kind != ClaimKind.Event)
            {
                previous = d;
            }

            if (d.Kind == ClaimKind.Event || d.Direction != ChangeDirection.None)
            {
                continue;
            }

            var t = views[d.Sentence].Tokens;
            var figure = d.FigureTokens().Min();
            var before = figure - 1;
            if (before >= 1 && t[before].Is("by") && t[before - 1].IsWord && t[before - 1].Lower is "and" or "or"
                && earlier is { Direction: not ChangeDirection.None } && earlier.Sentence == d.Sentence)
            {
                d.Direction = earlier.Direction;
                continue;
            }

            if (before >= 1 && t[before].IsWord && EnglishWordClasses.ExtraWords.Contains(t[before].Lower) && t[before - 1].IsWord && t[before - 1].Lower is "a" or "an"
                && d.Measure == Measure.Count)
            {
                d.Direction = ChangeDirection.Up; // "working an extra four hours a week": a count added
                continue;
            }

            if (before >= 0 && t[before].IsWord && t[before].Lower is "by" or "to")
            {
                before--;
            }

            if (before >= 1 && t[before].IsWord && t[before].Lower is "up" or "down" && t[before - 1].IsWord
                && EnglishWordClasses.UpDownVerbs.Contains(t[before - 1].Lower))
            {
                d.Direction = t[before].Lower == "up" ? ChangeDirection.Up : ChangeDirection.Down;
                continue;
            }

            var after = d.LastFigure() + 1;
            if (after < t.Count && t[after].IsPunctuation(')'))
            {
                after++;
            }

            // "options on 193 more" counts what is added: "more" compares only with words after it ("90,000 more people").
            if (after < t.Count && t[after].IsWord && (t[after].Lower != "more" || (after + 1 < t.Count && t[after + 1].IsWord))
                && (EnglishWordClasses.ComparativesUp.Contains(t[after].Lower) || EnglishWordClasses.ComparativesDown.Contains(t[after].Lower)))
            {
                d.Direction = EnglishWordClasses.ComparativesUp.Contains(t[after].Lower) ? ChangeDirection.Up : ChangeDirection.Down;
                continue;
            }

            var head = d.Subject?.Head ?? string.Empty;
            if (d.Quantity.Length > 0 && head.Length > 0 && d.Measure is Measure.Growth or Measure.Rate)
            {
                if (EnglishWordClasses.GrowthNouns.Contains(head))
                {
                    d.Direction = ChangeDirection.Up;
                }
                else if (EnglishWordClasses.DeclineNouns.Contains(head))
                {
                    d.Direction = ChangeDirection.Down;
                }
            }
        }
    }
}
