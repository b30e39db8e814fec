using FactCheck.Languages.English;

namespace FactCheck.Claims;

/// <summary>Turns a token range into a <see cref="SubjectInfo"/>: its text, canonical head, key words and entities.</summary>
/// <remarks>
/// The key is the canonical head noun (lemma, with synonyms such as duty/levy → tariff) followed by the
/// sorted lemmas of the other content words, with places in canonical form ("Pakistani" → pakistan). Generic
/// adjectives ("increased", "new", "earlier") are left out, so "the increased tariff" keys as "tariff".
/// Organisation-like names are runs of capitalised words; a capitalised first word of a sentence counts only
/// when the same word is capitalised elsewhere in the document.
/// </remarks>
internal static class SubjectDescriber
{
    private const string ShareHead = EnglishWordClasses.PartShareNoun;

    public static SubjectInfo Describe(string text, List<ClaimToken> t, int first, int last, IReadOnlySet<string> knownNames)
    {
        var (textFirst, phrase) = NounPhrases.TextWithoutArticle(text, t, first, last);
        var startsSentence = false;
        if (textFirst == 0 && t[0].IsCapitalized && !knownNames.Contains(t[0].Text) && !Places.TryGet(t[0].Text, out _)
            && t[0].Text.Length > 1 && !char.IsUpper(t[0].Text[1]))
        {
            // A common word capitalised only because it starts the sentence; lower-cased when the phrase is joined into another.
            startsSentence = true;
        }
        var headIndex = NounPhrases.Head(t, first, last);
        var head = string.Empty;
        var keyWords = new SortedSet<string>(StringComparer.Ordinal);
        var entities = new List<string>();
        for (var i = first; i <= last; i++)
        {
            var token = t[i];
            if (!token.IsWord)
            {
                continue;
            }

            if (token.IsCapitalized && Places.TryMatch(t, i, last + 1, out var place, out var length))
            {
                var run = CapitalisedRun(t, i, last);
                if (run - i + 1 <= length)
                {
                    AddDistinct(entities, place);
                    var placeKey = Places.KeyOf(place);
                    if (headIndex >= i && headIndex < i + length)
                    {
                        head = placeKey;
                    }
                    else
                    {
                        keyWords.Add(placeKey);
                    }

                    i += length - 1;
                    continue;
                }
            }

            if (token.IsCapitalized && token.Text.Contains('-', StringComparison.Ordinal))
            {
                var anyPlace = false;
                foreach (var part in token.Text.Split('-'))
                {
                    if (Places.TryGet(part, out var partPlace))
                    {
                        anyPlace = true;
                        AddDistinct(entities, partPlace);
                        keyWords.Add(Places.KeyOf(partPlace));
                    }
                }

                if (anyPlace)
                {
                    continue;
                }
            }

            if (token.IsCapitalized && !Lexicon.IsFunctionWord(token) && (i > 0 || knownNames.Contains(token.Text)))
            {
                var run = CapitalisedRun(t, i, last);
                var end = run;
                if (end + 2 <= last && t[end + 1].Text == "(" && t[end + 2].IsCapitalized && end + 3 <= last && t[end + 3].Text == ")")
                {
                    end += 3;
                }

                AddDistinct(entities, text[token.Start..t[end].End]);
                for (var j = i; j <= run; j++)
                {
                    if (t[j].IsWord && !Lexicon.IsFunctionWord(t[j]))
                    {
                        if (j == headIndex)
                        {
                            head = t[j].Lower;
                        }
                        else
                        {
                            keyWords.Add(t[j].Lower);
                        }
                    }
                }

                i = end;
                continue;
            }

            var lower = token.Lower;
            if (token.IsIn(WordClasses.Function | WordClasses.Adverb) || NounPhrases.IsLyAdverb(lower) || char.IsDigit(lower[0]))
            {
                continue;
            }

            if (i == headIndex)
            {
                head = Lexicon.CanonicalHead(lower);
                continue;
            }

            if (token.IsIn(WordClasses.GenericModifier))
            {
                continue;
            }

            keyWords.Add(Lexicon.CanonicalHead(lower));
        }

        keyWords.Remove(head);
        return new SubjectInfo(phrase, head, keyWords.ToArray(), entities, textFirst, last, IsAnaphoric()) { StartsSentence = startsSentence };

        bool IsAnaphoric()
        {
            var firstLower = t[first].IsWord ? t[first].Lower : string.Empty;
            var isPronoun = first == last && Lexicon.SubjectPronouns.Contains(firstLower);
            var isDefinite = firstLower is "the" or "this" or "these" or "those" or "that" or "its" or "their" or "such" or "his" or "her";
            return isPronoun || (isDefinite && entities.Count == 0 && keyWords.Count == 0);
        }
    }

    /// <summary>Joins two subjects: "duty" and "exports from Pakistan to the US" → "duty on exports from Pakistan to the US".</summary>
    public static SubjectInfo Join(SubjectInfo head, string joiner, SubjectInfo tail)
    {
        var keyWords = new SortedSet<string>(head.KeyWords, StringComparer.Ordinal);
        keyWords.UnionWith(tail.KeyWords);
        if (tail.Head.Length > 0)
        {
            keyWords.Add(tail.Head);
        }

        keyWords.Remove(head.Head);
        var entities = head.Entities.Concat(tail.Entities).Distinct(StringComparer.Ordinal).ToArray();
        return new SubjectInfo(head.Text + " " + joiner + " " + InsideText(tail), head.Head, keyWords.ToArray(), entities, Math.Min(head.FirstToken, tail.FirstToken), Math.Max(head.LastToken, tail.LastToken), false);
    }

    /// <summary>
    /// The share a part has of a whole ("consumer spending's share of US economic activity"): headed by "share", keyed by the
    /// words of both, naming the entities of both.
    /// </summary>
    public static SubjectInfo ShareOf(SubjectInfo part, SubjectInfo whole)
    {
        var keyWords = new SortedSet<string>(part.KeyWords, StringComparer.Ordinal);
        keyWords.UnionWith(whole.KeyWords);
        foreach (var head in (ReadOnlySpan<string>)[part.Head, whole.Head])
        {
            if (head.Length > 0)
            {
                keyWords.Add(head);
            }
        }

        keyWords.Remove(ShareHead);
        var partText = InsideText(part);
        var possessive = partText.EndsWith('s') ? "'" : "'s";
        var entities = part.Entities.Concat(whole.Entities).Distinct(StringComparer.Ordinal).ToArray();
        return new SubjectInfo(partText + possessive + " " + ShareHead + " of " + InsideText(whole), ShareHead, keyWords.ToArray(), entities,
            Math.Min(part.FirstToken, whole.FirstToken), Math.Max(part.LastToken, whole.LastToken), false);
    }

    // A subject's text inside another phrase: a first word capitalised only because it began the sentence is lower-cased.
    private static string InsideText(SubjectInfo subject) =>
        subject.StartsSentence ? string.Concat(subject.Text[..1].ToLowerInvariant(), subject.Text.AsSpan(1)) : subject.Text;

    /// <summary>The same subject with more entities (from a possessive pronoun resolved to a named owner).</summary>
    public static SubjectInfo WithEntities(SubjectInfo subject, IReadOnlyList<string> entities)
    {
        var keyWords = new SortedSet<string>(subject.KeyWords, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            AddEntityKeyWords(keyWords, entity);
        }

        keyWords.Remove(subject.Head);
        var all = subject.Entities.Concat(entities).Distinct(StringComparer.Ordinal).ToArray();
        return new SubjectInfo(subject.Text, subject.Head, keyWords.ToArray(), all, subject.FirstToken, subject.LastToken, false);
    }

    // An owner's words in a key as the owner's own name would give them (see Describe): a place in its key form
    // ("united-states"), another name word by word ("acme", "corp"), so "its profits" keys like "Acme Corp's profits".
    private static void AddEntityKeyWords(SortedSet<string> keyWords, string entity)
    {
        if (Places.TryGet(entity, out var place))
        {
            keyWords.Add(Places.KeyOf(place));
            return;
        }

        foreach (var word in entity.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = SentenceTokenizer.Lower(word);
            if (!Lexicon.IsFunctionWord(lower))
            {
                keyWords.Add(lower);
            }
        }
    }

    // The last index of a run of capitalised words, allowing "of", "for", "and", "&" between them ("Bank of England").
    private static int CapitalisedRun(List<ClaimToken> t, int start, int last)
    {
        var end = start;
        var j = start + 1;
        while (j <= last)
        {
            if (t[j].IsCapitalized && t[j].IsWord)
            {
                end = j++;
                continue;
            }

            if ((t[j].IsAmpersand || t[j].IsWord && t[j].Lower is "of" or "for" or "and" or "on") && j + 1 <= last && t[j + 1].IsCapitalized)
            {
                j++;
                continue;
            }

            break;
        }

        return end;
    }

    private static void AddDistinct(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }
}
