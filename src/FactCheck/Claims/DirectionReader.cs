using FactCheck.Languages.English;

namespace FactCheck.Claims;

/// <summary>
/// Gives a direction to claims the figure grouping left without one, from words the grouping rules do not read:
/// </summary>
/// <list type="bullet">
/// <item><b>Phrasal verbs</b>: "went up by 0.4%", "have gone down 3%", "is up 5%" when "up" or "down" stands right
/// before the figure or before "by" and the figure;</item>
/// <item><b>Change nouns</b>: a figure whose quantity is a growth or a rise ("growth of 2%", "economic growth was 1.6%") goes up;
/// a fall or a decline goes down.</item>
/// </list>
internal static class DirectionReader
{
    public static void Read(IReadOnlyList<SentenceView> views, IEnumerable<ClaimDraft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.Kind == ClaimKind.Event || d.Direction != ChangeDirection.None)
            {
                continue;
            }

            var t = views[d.Sentence].Tokens;
            var figure = d.FigureTokens().Min();
            var before = figure - 1;
            if (before >= 0 && t[before].Is("by"))
            {
                before--;
            }

            if (before >= 1 && t[before].IsWord && t[before].Lower is "up" or "down" && t[before - 1].IsWord
                && EnglishWordClasses.UpDownVerbs.Contains(t[before - 1].Lower))
            {
                d.Direction = t[before].Lower == "up" ? ChangeDirection.Up : ChangeDirection.Down;
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
