namespace FactCheck.Claims;

/// <summary>
/// Gives a source that is a reference to a firm ("the firm said", "the company said", "according to the group") the firm it
/// points back to (<see cref="ClaimSource.Entity"/>; its name stays the text's words), when that is unambiguous: the
/// nearest words before the reference that name any firm (its own sentence before it, else the sentences before, up to
/// three) name one firm only. "... a Lufthansa spokesman told the BBC. The company said ..." names two and points to
/// neither. Names inside quotation marks are someone's words (a quotation of "weak sales at Fizz" before "the company said") and are
/// passed over. Public bodies are never pointed back to, and a reference with no firm named before it points to none: the
/// article's topic is no speaker.
/// </summary>
internal static class SourceReferences
{
    private const int SentencesBack = 3;

    public static void Resolve(ArticleEntities entities, IReadOnlyList<SentenceView> views, IEnumerable<ClaimDraft> drafts)
    {
        var named = new Dictionary<ClaimSource, ClaimSource>(ReferenceEqualityComparer.Instance);
        foreach (var d in drafts)
        {
            if (d.Source is not { } source)
            {
                continue;
            }

            if (!named.TryGetValue(source, out var resolved))
            {
                resolved = Named(entities, views, source) ?? source;
                named[source] = resolved;
            }

            d.Source = resolved;
        }
    }

    // The source's words are "the" and one noun for a firm; its sentence is the one whose span holds it.
    private static ClaimSource? Named(ArticleEntities entities, IReadOnlyList<SentenceView> views, ClaimSource source)
    {
        foreach (var view in views)
        {
            if (source.Span.Start < view.Span.Start || source.Span.Start >= view.Span.End)
            {
                continue;
            }

            var t = view.Tokens;
            var first = t.FindIndex(x => x.Start == source.Span.Start);
            if (first < 0 || first + 1 >= t.Count || !t[first].Is("the") || t[first + 1].End != source.Span.End || !t[first + 1].IsWord
                || !EntityLexicon.ReferenceNouns.TryGetValue(t[first + 1].Lower, out var kind) || kind != EntityKind.Organisation)
            {
                return null;
            }

            return OnlyFirmBefore(entities, views, view.Index, first) is { } firm ? new ClaimSource(source.Name, source.Span, source.Date, firm) : null;
        }

        return null;
    }

    private static string? OnlyFirmBefore(ArticleEntities entities, IReadOnlyList<SentenceView> views, int sentence, int token)
    {
        for (var k = sentence; k >= 0 && k >= sentence - SentencesBack; k--)
        {
            string? firm = null;
            foreach (var o in entities.In(k, 0, k == sentence ? token - 1 : int.MaxValue))
            {
                if (o.Kind != EntityKind.Organisation || EntityResolver.IsPublicBody(o) || Quoted(views[k].Tokens, o.FirstToken))
                {
                    continue;
                }

                if (firm is not null && !string.Equals(firm, o.Name, StringComparison.Ordinal))
                {
                    return null;
                }

                firm = o.Name;
            }

            if (firm is not null)
            {
                return firm;
            }
        }

        return null;
    }

    // Whether the token is inside quotation marks opened before it in its sentence.
    private static bool Quoted(List<ClaimToken> t, int token)
    {
        var open = false;
        for (var i = 0; i < token; i++)
        {
            if (t[i].Text is "\"" or "\u201C" or "\u201D")
            {
                open = t[i].Text switch { "\u201C" => true, "\u201D" => false, _ => !open };
            }
        }

        return open;
    }
}
