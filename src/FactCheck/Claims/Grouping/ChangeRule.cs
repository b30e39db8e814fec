using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// A level with no stated change is a change when the text says so: a multiplier ("doubled"), "up 5%", "closed 2% higher",
/// a change verb before the anchor ("jumped by 42%"), or percentage points ("fell 3 points"). A level reached by
/// a change ("rose to 5%") stays a level and takes the verb's direction.
/// </summary>
internal sealed class ChangeRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        var d = grouping.Draft;
        if (d.Kind != ClaimKind.Level || d.StatedChangeToken is not null)
        {
            return;
        }

        var t = grouping.Tokens;
        var main = grouping.Mention(d.MainToken);
        // "slid to just 20m euros": an adverb between the preposition and the figure does not change what the figure is.
        var previous = Lexicon.BeforeFocusAdverbs(t, d.MainToken, 0);

        var before = previous >= 0 && t[previous].IsWord ? t[previous].Lower : string.Empty;
        if (main.Kind == MentionKind.Multiplier)
        {
            d.Kind = ClaimKind.Change;
            d.Direction = Figures.DirectionOfMultiplier(main);
        }
        else if (before is "up" or "down" && !Figures.IsParticleOfPartVerb(t, previous))
        {
            d.Kind = ClaimKind.Change;
            d.Direction = before == "up" ? ChangeDirection.Up : ChangeDirection.Down;
        }
        else if (grouping.VerbDirection != ChangeDirection.None && before != "to" && before != "at" && d.MainToken == grouping.Anchor
            && (before == "by" || !(main.Qualifier is Qualifier.MoreThan or Qualifier.LessThan && main.Text.Length > 0 && char.IsLetter(main.Text[0]))))
        {
            d.Kind = ClaimKind.Change;
            d.Direction = grouping.VerbDirection;
        }
        else if (Figures.IsChangeUnit(main) && d.MainToken == grouping.Anchor && grouping.Verb >= 0 && Figures.DirectionAfter(t, d.MainToken) is var after and not ChangeDirection.None)
        {
            d.Kind = ClaimKind.Change; // "the index closed 0.5% higher", "shares ended 3% lower"
            d.Direction = after;
        }
        else if (main.Kind == MentionKind.PercentagePoints)
        {
            d.Kind = ClaimKind.Change;
        }
        else if (grouping.VerbDirection != ChangeDirection.None)
        {
            d.Direction = grouping.VerbDirection; // "rose to 5%": a level reached by a rise
        }
    }
}
