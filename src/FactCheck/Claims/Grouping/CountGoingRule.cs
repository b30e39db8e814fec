using FactCheck.Languages.English;
using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// A count of things the clause says will go is a fall in them: "2,500 jobs are to go", "200 jobs to be cut", "300 posts
/// will be axed". The noun right after the count, then "to", "are to", "will" or "would" (and "be"), then a verb of
/// going (<see cref="EnglishWordClasses.GoingVerbs"/>).
/// </summary>
internal sealed class CountGoingRule : IFigureRule
{
    public void Apply(FigureGrouping grouping)
    {
        var d = grouping.Draft;
        if (d.Kind != ClaimKind.Level || d.Direction != ChangeDirection.None || d.StatedChangeToken is not null
            || grouping.AnchorMention.Kind != MentionKind.Number)
        {
            return;
        }

        var t = grouping.Tokens;
        var clauseLast = grouping.Sentence.ClauseRange(grouping.Anchor).Last;
        if (NounPhrases.Right(t, grouping.Anchor + 1, clauseLast, maxPrepositions: 0) is not { } counted)
        {
            return;
        }

        var i = counted.Last + 1;
        if (i <= clauseLast && t[i].IsWord && t[i].Lower is "are" or "is" or "were" or "was")
        {
            i++;
        }

        if (i > clauseLast || !t[i].IsWord || t[i].Lower is not ("to" or "will" or "would"))
        {
            return;
        }

        i++;
        if (i <= clauseLast && t[i].Is("be"))
        {
            i++;
        }

        if (i <= clauseLast && t[i].IsWord && EnglishWordClasses.GoingVerbs.Contains(t[i].Lower))
        {
            d.Kind = ClaimKind.Change;
            d.Direction = ChangeDirection.Down;
        }
    }
}
