using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// A from/to split across clauses: "The levy, which had been 5% since 2019, was raised to 8%"; "The duty on
/// rice, previously 20%, now stands at 35%". The level marked as earlier becomes the previous value of the next
/// level of the same unit, and a date right after it ("since 2019") the base period.
/// </summary>
internal sealed class SplitFromToRule : ISentenceRule
{
    public void Apply(SentenceView sentence, IReadOnlyList<Mention> mentions, List<ClaimDraft> drafts)
    {
        var t = sentence.Tokens;
        for (var n = 0; n < drafts.Count; n++)
        {
            var earlier = drafts[n];
            if (earlier.Kind != ClaimKind.Level || earlier.PreviousToken is not null || earlier.StatedChangeToken is not null || earlier.Direction != ChangeDirection.None
                || !IsMarkedEarlier(t, earlier.MainToken))
            {
                continue;
            }

            var earlierMention = earlier.MainMention(mentions, t);
            ClaimDraft? later = null;
            for (var m = n + 1; m < drafts.Count && later is null; m++)
            {
                var x = drafts[m];
                later = x.Kind == ClaimKind.Level && x.PreviousToken is null && Figures.Compatible(x.MainMention(mentions, t), earlierMention) ? x : null;
            }

            if (later is null)
            {
                continue;
            }

            later.PreviousToken = earlier.MainToken;
            later.Kind = ClaimKind.FromTo;
            if (earlier.MainToken + 1 < t.Count && t[earlier.MainToken + 1].Kind == ClaimTokenKind.Date)
            {
                later.BaseDateTokens.Add(earlier.MainToken + 1); // "which had been 5% since 2019"
            }

            if (later.Direction == ChangeDirection.None)
            {
                later.Direction = Figures.DirectionBetween(earlierMention.Value, later.MainMention(mentions, t).Value);
            }

            drafts.RemoveAt(n);
            n--;
        }
    }

    private static bool IsMarkedEarlier(List<ClaimToken> t, int figure)
    {
        for (var j = figure - 1; j >= 0 && j >= figure - 3; j--)
        {
            if (!t[j].IsWord)
            {
                return false;
            }

            if (t[j].Lower is "previously" or "formerly" or "originally" or "initially" or "once" or "earlier"
                || (t[j].Lower == "been" && j > 0 && t[j - 1].Is("had")))
            {
                return true;
            }
        }

        return false;
    }
}
