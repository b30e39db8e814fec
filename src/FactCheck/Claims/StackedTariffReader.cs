using FactCheck.Languages.English;
using FactCheck.Recognition;

namespace FactCheck.Claims;

/// <summary>
/// Reads a stack of tariff rates stated in one sentence: "an additional 10% on top of the existing 25% duty, bringing the
/// total to 30%". The rate already in force follows an existing-rate word ("the existing", "the current") or "on top of";
/// the rate put on top follows an additional word ("an additional", "a further") or comes before "on top of"; the total
/// follows a total word ("the total", "a combined"). The draft of the total records the other two, so the checks can add
/// them up.
/// </summary>
/// <remarks>
/// A sentence is read only when it names a tariff, duty or levy, and gives exactly one rate of each role. Rates on
/// goods the text names differently ("10% on cars ... the existing 25% duty on steel") make no stack.
/// </remarks>
internal static class StackedTariffReader
{
    private const int TotalReach = 5;
    private const int ExistingReach = 4;
    private const int AdditionalReach = 3;

    public static void Read(SentenceView s, IReadOnlyList<Mention> mentions, List<ClaimDraft> drafts)
    {
        var t = s.Tokens;
        if (drafts.Count == 0 || !t.Exists(x => x.IsWord && Lexicon.TariffNouns.Contains(x.Lower)))
        {
            return;
        }

        var existing = new List<int>();
        var additional = new List<int>();
        var total = new List<int>();
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Kind != ClaimTokenKind.Figure || mentions[t[i].MentionIndex].Kind is not (MentionKind.Percentage or MentionKind.PercentagePoints))
            {
                continue;
            }

            if (WordBefore(t, i, TotalReach, EnglishWordClasses.TotalWords))
            {
                total.Add(i);
            }
            else if (WordBefore(t, i, ExistingReach, EnglishWordClasses.ExistingRateWords) || OnTopOfBefore(t, i))
            {
                existing.Add(i);
            }
            else if (WordBefore(t, i, AdditionalReach, StackingWords) || OnTopOfAfter(t, i))
            {
                additional.Add(i);
            }
        }

        if (existing.Count != 1 || additional.Count != 1 || total.Count != 1 || DraftOf(drafts, total[0]) is not { } totalDraft)
        {
            return;
        }

        var goods = new[] { existing[0], additional[0], total[0] }.Select(f => GoodsHead(t, f)).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        if (goods > 1)
        {
            return; // the rates are on different goods
        }

        totalDraft.StackedExistingToken = existing[0];
        totalDraft.StackedAdditionalToken = additional[0];
    }

    // The claim whose main figure is at token, read without a closure: this runs for every sentence that names a tariff.
    private static ClaimDraft? DraftOf(List<ClaimDraft> drafts, int token)
    {
        foreach (var d in drafts)
        {
            if (d.MainToken == token && d.Kind != ClaimKind.Event)
            {
                return d;
            }
        }

        return null;
    }

    // The additional words that stack a rate on another; "more" and "top" say it only in "on top of", read apart.
    private static readonly IReadOnlySet<string> StackingWords = EnglishWordClasses.AdditionalWords.Where(w => w is not ("more" or "top")).ToHashSet(StringComparer.Ordinal);

    private static bool WordBefore(List<ClaimToken> t, int figure, int reach, IReadOnlySet<string> words)
    {
        for (var j = figure - 1; j >= 0 && j >= figure - reach; j--)
        {
            if (t[j].Kind == ClaimTokenKind.Figure || (t[j].Kind == ClaimTokenKind.Punctuation && t[j].Text is not "-"))
            {
                return false;
            }

            if (t[j].IsWord && words.Contains(t[j].Lower))
            {
                return true;
            }
        }

        return false;
    }

    // "on top of the 25% duty": the rate under the stack.
    private static bool OnTopOfBefore(List<ClaimToken> t, int figure)
    {
        var j = figure - 1;
        while (j >= 0 && t[j].IsWord && Lexicon.Determiners.Contains(t[j].Lower))
        {
            j--;
        }

        return j >= 2 && t[j].Is("of") && t[j - 1].Is("top") && t[j - 2].Is("on");
    }

    // "10% on top of", "a 10% levy on top of": the rate put on the stack.
    private static bool OnTopOfAfter(List<ClaimToken> t, int figure)
    {
        for (var j = figure + 1; j + 2 < t.Count && j <= figure + 3; j++)
        {
            if (t[j].Is("on") && t[j + 1].Is("top") && t[j + 2].Is("of"))
            {
                return true;
            }

            if (!t[j].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    // The last word of the goods a rate is on: "25% duty on Chinese steel" is on "steel"; null when the text names none.
    private static string? GoodsHead(List<ClaimToken> t, int figure)
    {
        for (var j = figure + 1; j + 1 < t.Count && j <= figure + 3; j++)
        {
            if (!t[j].IsWord)
            {
                return null;
            }

            if (t[j].Is("on") && !(j + 1 < t.Count && t[j + 1].Is("top")))
            {
                var phrase = NounPhrases.Right(t, j + 1, t.Count - 1, maxPrepositions: 0);
                return phrase is { } p ? t[p.Last].Lower : null;
            }

            if (!Lexicon.TariffNouns.Contains(t[j].Lower) && !Lexicon.RateNouns.Contains(t[j].Lower))
            {
                return null;
            }
        }

        return null;
    }
}
