using FactCheck.Languages.English;
using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>What the grouping rules ask of one figure or of two figures together.</summary>
internal static class Figures
{
    /// <summary>Whether two figures can be two values of one thing: the same unit, or a bare number beside a unit.</summary>
    public static bool Compatible(Mention a, Mention b) =>
        string.Equals(a.Unit, b.Unit, StringComparison.Ordinal) || a.Unit.Length == 0 || b.Unit.Length == 0 && a.Kind == MentionKind.Number;

    /// <summary>
    /// Whether a bare number with a scale and nothing counted after it is an amount in the currency of the amount before
    /// it ("77m euros, up from 38m"; not "up from 38m customers" nor "up from 38").
    /// </summary>
    public static bool ElidesCurrency(Mention amount, Mention number, List<ClaimToken> t, int index)
    {
        if (amount.Kind != MentionKind.Money || number.Kind != MentionKind.Number || number.Unit.Length > 0
            || (index + 1 < t.Count && NounPhrases.IsContentWord(t, index + 1)))
        {
            return false;
        }

        var text = number.Text.AsSpan().TrimEnd();
        var letters = text.Length;
        while (letters > 0 && char.IsLetter(text[letters - 1]))
        {
            letters--;
        }

        return letters > 0 && letters < text.Length && char.IsDigit(text[letters - 1])
            && EnglishPack.Instance.News.ScaleOf(text[letters..].ToString()) >= 1_000m;
    }

    /// <summary>Whether the figure can only be a change: a percentage, points or a multiplier ("doubled").</summary>
    public static bool IsChangeUnit(Mention m) => m.Kind is MentionKind.Percentage or MentionKind.PercentagePoints or MentionKind.Multiplier;

    /// <summary>
    /// A spelled-out number below ten with no digits ("the two diplomats", "by a quarter"): a claim only where it counts new
    /// things or is a share of a whole ("a third of the firm").
    /// </summary>
    public static bool IsMinorNumber(Mention m) =>
        m.Kind == MentionKind.Number && m.Value < 10 && !m.Text.Any(char.IsDigit);

    /// <summary>The direction a verb names ("rose", "cut"), or none.</summary>
    public static ChangeDirection DirectionOf(string verb) =>
        Lexicon.UpVerbs.Contains(verb) ? ChangeDirection.Up : Lexicon.DownVerbs.Contains(verb) ? ChangeDirection.Down : ChangeDirection.None;

    /// <summary>Whether the word at <paramref name="i"/> is the particle of a verb of parts ("made up 12% of sales"), not a rise.</summary>
    public static bool IsParticleOfPartVerb(List<ClaimToken> t, int i) =>
        i > 0 && t[i].IsWord && t[i - 1].IsWord && EnglishWordClasses.PartVerbs.TryGetValue(t[i - 1].Lower, out var particle) && particle == t[i].Lower;

    /// <summary>
    /// The direction told right after a change figure with no "than" after it: "closed 0.5% higher", "ended 3% lower",
    /// "16% down at A$4.67"; none otherwise.
    /// </summary>
    public static ChangeDirection DirectionAfter(List<ClaimToken> t, int figure) =>
        figure + 1 < t.Count && t[figure + 1].IsWord && t[figure + 1].Lower is "up" or "down" or "higher" or "lower" && !(figure + 2 < t.Count && t[figure + 2].Is("than"))
            ? DirectionOf(t[figure + 1].Lower)
            : ChangeDirection.None;

    /// <summary>The direction from an earlier value to a later one; none when they are equal.</summary>
    public static ChangeDirection DirectionBetween(decimal before, decimal now) =>
        now > before ? ChangeDirection.Up : now < before ? ChangeDirection.Down : ChangeDirection.None;

    /// <summary>The direction a multiplier names: "doubled" is up, "halved" down.</summary>
    public static ChangeDirection DirectionOfMultiplier(Mention m) => m.Value >= 1 ? ChangeDirection.Up : ChangeDirection.Down;
}
