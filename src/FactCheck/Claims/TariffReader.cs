using System.Collections.Frozen;
using FactCheck.Languages.English;

namespace FactCheck.Claims;

/// <summary>
/// Reads who imposes a tariff on whom and on what from the sentence around a tariff claim:
/// "exports from Pakistan to the US" (the importer imposes, the exporter is the target), "US tariffs",
/// "imposed by Washington", "China imposed", "on Pakistani goods", "on steel", "an additional 10%".
/// </summary>
/// <remarks>Only places in the fixed place list are recognised as imposer or target.</remarks>
internal static class TariffReader
{
    private static readonly FrozenSet<string> ImposingVerbs = EnglishWordClasses.ImposingVerbs;

    public static void Read(SentenceView s, ClaimDraft d)
    {
        var t = s.Tokens;
        var (clauseFirst, clauseLast) = s.ClauseRange(d.MainToken);
        for (var i = Math.Max(0, d.MainToken - 4); i <= Math.Min(t.Count - 1, d.MainToken + 3); i++)
        {
            if (t[i].IsWord && Lexicon.AdditionalWords.Contains(t[i].Lower) && (t[i].Lower != "top" || (i > 0 && t[i - 1].Is("on"))) && (t[i].Lower != "more" || i < d.MainToken))
            {
                d.IsAdditional = true;
            }
        }

        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].IsWord)
            {
                continue;
            }

            var lower = t[i].Lower;
            if (lower is "from" or "on" or "to" or "by" or "against" && i + 1 < t.Count)
            {
                var j = i + 1;
                if (t[j].Is("the"))
                {
                    j++;
                }

                if (j >= t.Count || !Places.TryMatch(t, j, t.Count, out var place, out var length))
                {
                    if (lower == "on" && i > 0 && Lexicon.TariffNouns.Contains(t[i - 1].Lower) || lower == "on" && i > 0 && t[i - 1].Kind == ClaimTokenKind.Figure && i >= d.MainToken - 1)
                    {
                        ReadGoods(s, d, i + 1, clauseLast);
                    }

                    continue;
                }

                switch (lower)
                {
                    case "from" when i > 0 && t[i - 1].Lower is "exports" or "imports" or "goods" or "shipments" or "products":
                    case "against":
                        d.Target ??= place;
                        if (lower == "from")
                        {
                            d.Goods ??= t[i - 1].Lower == "imports" ? null : t[i - 1].Lower;
                        }

                        break;
                    case "to" when i > 0 && (t[i - 1].Lower is "exports" or "goods" or "shipments" or "products" || FromBefore(t, i)):
                        d.Imposer ??= place;
                        break;
                    case "by" when i > 0 && ImposingVerbs.Contains(t[i - 1].Lower):
                        d.Imposer ??= place;
                        break;
                    case "on":
                        // "on Pakistani goods", "on China": the place is the target; the rest names the goods.
                        d.Target ??= place;
                        ReadGoods(s, d, j + length, clauseLast);
                        break;
                }

                i = j + length - 1;
                continue;
            }

            // "US tariffs", "American duties": a place right before the tariff noun imposes it.
            if (Lexicon.TariffNouns.Contains(lower) && i > 0 && t[i - 1].IsCapitalized && Places.TryGet(t[i - 1].Text, out var owner))
            {
                d.Imposer ??= owner;
            }

            // "China imposed ...", "Washington will levy ...".
            if (ImposingVerbs.Contains(lower) && Lexicon.IsVerb(t, i) && NounPhrases.Left(t, i, clauseFirst) is { } actor)
            {
                for (var k = actor.First; k <= actor.Last; k++)
                {
                    if (Places.TryMatch(t, k, actor.Last + 1, out var imposer, out _))
                    {
                        d.Imposer ??= imposer;
                        break;
                    }
                }
            }
        }

        if (d.Target is null && d.Subject is not null)
        {
            // "Japanese cars face a 15% levy": the place of the goods taxed.
            d.Target = d.Subject.Entities.FirstOrDefault(e => e != d.Imposer && Places.TryGet(e, out var canonical) && canonical == e);
        }

        if (d.Imposer is not null && d.Target == d.Imposer)
        {
            d.Target = null;
        }
    }

    private static bool FromBefore(List<ClaimToken> t, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            if (t[k].Is("from"))
            {
                return true;
            }
        }

        return false;
    }

    private static void ReadGoods(SentenceView s, ClaimDraft d, int start, int clauseLast)
    {
        var t = s.Tokens;
        var i = start;
        while (i <= clauseLast && t[i].IsWord && (t[i].Lower is "the" or "all" or "some" || Places.TryGet(t[i].Text, out _)))
        {
            if (Places.TryGet(t[i].Text, out var place))
            {
                d.Target ??= place;
            }

            i++;
        }

        if (i <= clauseLast && NounPhrases.Right(t, i, clauseLast, maxPrepositions: 0) is { } goods)
        {
            var text = string.Join(' ', Enumerable.Range(goods.First, goods.Last - goods.First + 1).Where(k => t[k].IsWord).Select(k => t[k].Text));
            if (text.Length > 0)
            {
                d.Goods ??= text;
            }
        }
    }
}
