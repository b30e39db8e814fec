using FactCheck.Languages;

namespace FactCheck.Recognition;

/// <summary>
/// Records on each figure what the words around it say about its role (<see cref="FigureCues"/>): whether it states
/// a change, whether it is a part of the figure after it, whether a share restates it. The later stages read these
/// instead of the text.
/// </summary>
internal static class FigureContextReader
{
    // How much of the text before and after a figure holds its change wording ("rose by nearly", "higher on the year"),
    // and how far after a ratio "times higher" may end.
    private const int ChangeLookBehind = 30;
    private const int ChangeLookAhead = 25;
    private const int TimesLookAhead = 12;

    /// <summary>Replaces each figure of <paramref name="mentions"/> (in text order) that has cues with one that carries them.</summary>
    public static void Annotate(LanguagePack language, string text, IList<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Kind == MentionKind.Date)
            {
                continue;
            }

            var cues = FigureCues.None;
            var start = mention.Span.Start;
            var end = mention.Span.End;
            if (language.News.EndsWithChangeBeforeFigure(text.AsSpan(Math.Max(0, start - ChangeLookBehind), start - Math.Max(0, start - ChangeLookBehind)))
                || language.News.ChangeAfterFigure().IsMatch(text.AsSpan(end, Math.Min(text.Length, end + ChangeLookAhead) - end)))
            {
                cues |= FigureCues.StatesChange;
            }

            if (TimesMore(language, text, mention))
            {
                cues |= FigureCues.TimesMore;
            }

            if (mention.Kind == MentionKind.PercentagePoints && language.News.PercentagePointsWording().IsMatch(mention.Text))
            {
                cues |= FigureCues.NamesPercentagePoints;
            }

            if (i + 1 < mentions.Count && mentions[i + 1] is var next && end <= next.Span.Start)
            {
                var between = text.AsSpan(end, next.Span.Start - end);
                if (IsAmount(mention) && IsAmount(next) && language.News.PartOfWhole().IsMatch(between))
                {
                    cues |= FigureCues.PartOfNext;
                }

                if (next.Kind == MentionKind.Percentage && language.News.ShareAfterWhole().IsMatch(between))
                {
                    cues |= FigureCues.ShareFollows;
                }

                if (mention.Kind == MentionKind.Percentage && language.News.ShareBeforePart().IsMatch(between))
                {
                    cues |= FigureCues.PartFollowsInBrackets;
                }
            }

            if (cues != FigureCues.None)
            {
                mentions[i] = mention.WithCues(cues);
            }
        }
    }

    // The figure's own text and what follows it, read from the document where it is the figure's surface there (no
    // new string for each figure).
    private static bool TimesMore(LanguagePack language, string text, Mention mention)
    {
        var start = mention.Span.Start;
        var end = mention.Span.End;
        var afterEnd = Math.Min(text.Length, end + TimesLookAhead);
        return text.AsSpan(start, end - start).SequenceEqual(mention.Text)
            ? language.News.TimesMore().IsMatch(text.AsSpan(start, afterEnd - start))
            : language.News.TimesMore().IsMatch(mention.Text + text[end..afterEnd]);
    }

    private static bool IsAmount(Mention mention) => mention.Kind is MentionKind.Number or MentionKind.Money;
}
