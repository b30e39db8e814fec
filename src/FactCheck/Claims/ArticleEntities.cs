using System.Runtime.InteropServices;
using FactCheck.Languages.English;

namespace FactCheck.Claims;

/// <summary>
/// The names of an article, read once before its claims are resolved: every organisation, place and person named, where,
/// and the article's topic (the entity its headline and opening sentences are about).
/// </summary>
/// <remarks>
/// Names are runs of capitalised words (joined by "of", "for", "and", "&amp;": "Bank of England") and the place names of
/// <see cref="Places"/>. A capitalised first word counts only if the article writes it with a capital elsewhere too. People
/// are told apart by a title ("Mr Smith"), a role before the name ("chief executive Jane Doe") or a surname that a title
/// names elsewhere. Shorter forms of a name meet the longest form they start ("Mitsubishi" and "Mitsubishi Motors").
/// </remarks>
internal sealed class ArticleEntities
{
    /// <summary>The weight of a name in the headline when the topic is chosen.</summary>
    private const double HeadlineWeight = 2;

    /// <summary>The weight of a name in the first sentence of the body.</summary>
    private const double OpeningWeight = 1;

    /// <summary>The weight of a name that only reports a figure ("X said"): a source, less often the subject.</summary>
    private const double SourceWeight = 0.5;

    /// <summary>The least score a name needs to be the article's topic.</summary>
    private const double TopicThreshold = 2;

    private readonly List<EntityOccurrence> occurrences;

    // The index of the first occurrence of each sentence (occurrences are in sentence order), and one past the last.
    private readonly int[] sentenceStarts;

    private ArticleEntities(List<EntityOccurrence> occurrences, EntityOccurrence? topic, int sentences)
    {
        this.occurrences = occurrences;
        Topic = topic;
        sentenceStarts = new int[sentences + 1];
        var next = 0;
        for (var k = 0; k <= sentences; k++)
        {
            while (next < occurrences.Count && occurrences[next].Sentence < k)
            {
                next++;
            }

            sentenceStarts[k] = next;
        }
    }

    /// <summary>Every name of the article in text order.</summary>
    public IReadOnlyList<EntityOccurrence> Occurrences => occurrences;

    /// <summary>The entity the article is about, or <see langword="null"/> when no name stands out.</summary>
    public EntityOccurrence? Topic { get; }

    public static ArticleEntities Read(string text, IReadOnlyList<SentenceView> views, IReadOnlySet<string> knownNames)
    {
        var (surnames, abbreviations) = SurnamesAndAbbreviations(views);
        var article = new ArticleWords(abbreviations, views);
        var found = new List<EntityOccurrence>();
        foreach (var view in views)
        {
            ReadSentence(text, view, knownNames, surnames, article, found);
        }

        found = SplitCoordinated(text, views, found);
        var canonical = CanonicalNames(found);
        for (var i = 0; i < found.Count; i++)
        {
            if (canonical.TryGetValue(found[i].Name, out var name))
            {
                found[i] = found[i] with { Name = name };
            }
        }

        return new ArticleEntities(found, ChooseTopic(found, views), views.Count);
    }

    /// <summary>
    /// The last entity named before token <paramref name="token"/> of sentence <paramref name="sentence"/> (the same sentence
    /// first, then up to <paramref name="sentencesBack"/> sentences before) whose kind fits, skipping people and descriptive names.
    /// </summary>
    public EntityOccurrence? LastBefore(int sentence, int token, int sentencesBack, EntityKind? kind)
    {
        var end = sentence + 1 < sentenceStarts.Length ? sentenceStarts[sentence + 1] : occurrences.Count;
        for (var i = end - 1; i >= 0; i--)
        {
            var o = occurrences[i];
            if (o.Sentence > sentence || (o.Sentence == sentence && o.LastToken >= token))
            {
                continue;
            }

            if (o.Sentence < sentence - sentencesBack)
            {
                break;
            }

            if (o.Kind != EntityKind.Person && !o.IsDescriptive && (kind is null || o.Kind == kind))
            {
                return o;
            }
        }

        return null;
    }

    /// <summary>The names of one sentence between two tokens, inclusive, in order.</summary>
    public OccurrencesIn In(int sentence, int first, int last) =>
        sentence < 0 || sentence + 1 >= sentenceStarts.Length
            ? default
            : new OccurrencesIn(occurrences, sentenceStarts[sentence], sentenceStarts[sentence + 1], first, last);

    /// <summary>
    /// The names of one sentence between two tokens (<see cref="In"/>): read with <c>foreach</c> or the members here, without
    /// allocating, as the resolvers ask for them for every claim.
    /// </summary>
    internal readonly struct OccurrencesIn : IEnumerable<EntityOccurrence>
    {
        private readonly List<EntityOccurrence>? occurrences;
        private readonly int start;
        private readonly int end;
        private readonly int first;
        private readonly int last;

        public OccurrencesIn(List<EntityOccurrence> occurrences, int start, int end, int first, int last)
        {
            this.occurrences = occurrences;
            this.start = start;
            this.end = end;
            this.first = first;
            this.last = last;
        }

        /// <summary>The first name, or <see langword="null"/>.</summary>
        public EntityOccurrence? FirstOrDefault()
        {
            foreach (var o in this)
            {
                return o;
            }

            return null;
        }

        /// <summary>Whether there is a name.</summary>
        public bool Any() => FirstOrDefault() is not null;

        /// <summary>The first name of <paramref name="kind"/>, or <see langword="null"/>.</summary>
        public EntityOccurrence? First(EntityKind kind)
        {
            foreach (var o in this)
            {
                if (o.Kind == kind)
                {
                    return o;
                }
            }

            return null;
        }

        /// <summary>The last name of <paramref name="kind"/>, or <see langword="null"/>.</summary>
        public EntityOccurrence? Last(EntityKind kind)
        {
            EntityOccurrence? found = null;
            foreach (var o in this)
            {
                if (o.Kind == kind)
                {
                    found = o;
                }
            }

            return found;
        }

        /// <summary>Whether a name covers token <paramref name="token"/>.</summary>
        public bool Covers(int token)
        {
            foreach (var o in this)
            {
                if (o.FirstToken <= token && token <= o.LastToken)
                {
                    return true;
                }
            }

            return false;
        }

        public Enumerator GetEnumerator() => new(this);

        IEnumerator<EntityOccurrence> IEnumerable<EntityOccurrence>.GetEnumerator() => GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        internal struct Enumerator : IEnumerator<EntityOccurrence>
        {
            private readonly OccurrencesIn range;
            private int index;

            public Enumerator(OccurrencesIn range)
            {
                this.range = range;
                index = range.start - 1;
            }

            public EntityOccurrence Current { get; private set; } = null!;

            readonly object System.Collections.IEnumerator.Current => Current;

            public bool MoveNext()
            {
                while (++index < range.end)
                {
                    var o = range.occurrences![index];
                    if (o.FirstToken >= range.first && o.LastToken <= range.last)
                    {
                        Current = o;
                        return true;
                    }
                }

                return false;
            }

            public void Reset() => index = range.start - 1;

            public readonly void Dispose()
            {
            }
        }
    }

    // The surnames a title names ("Mr Smith") and the abbreviations the article defines ("producer price index (PPI)"), read
    // in one pass over the tokens of the article.
    private static (HashSet<string> Surnames, HashSet<string> Abbreviations) SurnamesAndAbbreviations(IReadOnlyList<SentenceView> views)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var abbreviations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var view in views)
        {
            var t = view.Tokens;
            var tokens = CollectionsMarshal.AsSpan(t);
            for (var i = 0; i < tokens.Length; i++)
            {
                ref readonly var token = ref tokens[i];
                if (!token.IsWord)
                {
                    continue;
                }

                if (i + 1 < tokens.Length && token.IsIn(WordClasses.PersonTitle))
                {
                    var j = i + 1;
                    if (j < t.Count && t[j].IsPunctuation('.'))
                    {
                        j++;
                    }

                    while (j + 1 < t.Count && t[j + 1].IsCapitalized)
                    {
                        j++;
                    }

                    if (j < t.Count && t[j].IsCapitalized)
                    {
                        surnames.Add(t[j].Text);
                    }
                }

                if (IsAbbreviationOfWordsBefore(t, i))
                {
                    abbreviations.Add(token.Text);
                }
            }
        }

        return (surnames, abbreviations);
    }

    private static void ReadSentence(string text, SentenceView view, IReadOnlySet<string> knownNames, HashSet<string> surnames, ArticleWords article, List<EntityOccurrence> found)
    {
        var firstOfSentence = found.Count;
        ReadNames(text, view, knownNames, surnames, article, found);
        MarkExamples(view.Tokens, found, firstOfSentence);
    }

    private static void ReadNames(string text, SentenceView view, IReadOnlySet<string> knownNames, HashSet<string> surnames, ArticleWords article, List<EntityOccurrence> found)
    {
        var t = view.Tokens;
        for (var i = 0; i < t.Count; i++)
        {
            var token = t[i];
            if (!token.IsCapitalized)
            {
                continue;
            }

            var isWord = !EntityLexicon.NotNames.Contains(token.Lower) && !Lexicon.IsFunctionWord(token);
            if ((isWord || IsAllUpper(token.Text)) && Places.TryMatch(t, i, t.Count, out var place, out var length) && !PlaceOpensName(text, t, i, length))
            {
                found.Add(new EntityOccurrence(view.Index, i, i + length - 1, place, text[token.Start..t[i + length - 1].End], EntityKind.Place, IsSource(t, i, i + length - 1)));
                i += length - 1;
                continue;
            }

            if (!isWord)
            {
                continue;
            }

            if (IsAbbreviationOfWordsBefore(t, i))
            {
                continue; // "sports utility vehicles (SUV)": the words before, shortened, not a name
            }

            var startsSentence = i == 0 || t[i - 1].Text is "\"" or "\u201C" or ":" or "(" or "\u2018" or "'" or "-" or "\u2013" or "\u2014";
            if (startsSentence && !knownNames.Contains(token.Text) && !StartsName(t, i) && !(DescribedAsFirm(t, i + 1) && !article.WritesInLowerCase(token.Lower)))
            {
                continue;
            }

            if (startsSentence && i + 1 < t.Count && t[i + 1].IsWord && !t[i + 1].IsCapitalized
                && EntityLexicon.ReferenceNouns.TryGetValue(t[i + 1].Lower, out var described) && described == EntityKind.Organisation
                && article.WritesInLowerCase(token.Lower))
            {
                continue; // "Steel firm to cut jobs" where the article writes "steel" in lower case: the kind of firm, not a name
            }

            if (startsSentence && DescribesNameAfter(t, i, knownNames))
            {
                continue; // "Rival Brekk Holdings is expected to", "Retailer Dunmore said": what the firm is, then its name
            }

            if (startsSentence && token.Text.IndexOf('-', StringComparison.Ordinal) is > 0 and var hyphen && hyphen + 1 < token.Text.Length
                && char.IsLower(token.Text[hyphen + 1]))
            {
                continue; // "State-owned Acme": a compound adjective opens the sentence, the name follows
            }

            if (token.Text.Contains('-', StringComparison.Ordinal) && token.Text.Split('-').Any(part => Places.TryGet(part, out _)))
            {
                continue; // "US-Pakistan", "Franco-German": places joined, read by the subject
            }

            var last = Run(t, i);
            if (last == i && article.Abbreviations.Contains(token.Text))
            {
                continue; // "the producer price index (PPI)" named before: "the PPI" is that index wherever it stands
            }

            var owned = OwnedThing(t, i, last);
            if (owned == Owned.Directly)
            {
                i = last;
                continue; // "its Fast Track cost-cutting plan": a thing the entity owns, named; "its" points to the entity
            }

            var kind = IsPerson(t, i, last, surnames) ? EntityKind.Person : EntityKind.Organisation;
            var name = text[token.Start..t[last].End];
            found.Add(new EntityOccurrence(view.Index, i, last, name, name, kind, IsSource(t, i, last), IsDescriptive: owned == Owned.Described));
            i = last;
        }
    }

    private enum Owned
    {
        No,
        Directly,
        Described,
    }

    // "its Fast Track plan", "its three-year Fast Forward turnaround plan": a name between an owning pronoun and the noun it
    // describes names a thing the entity owns. Directly after the pronoun any noun will do, and the name is no entity. After
    // up to two describing words or figures the noun must not read as a verb ("its rival Globex cut prices" names a firm)
    // nor name a part of a firm ("its demerged Deluxe unit" is a firm of its own); the name stays one of the article's, but
    // "it" does not point back to it.
    private static Owned OwnedThing(List<ClaimToken> t, int first, int last)
    {
        if (last + 1 >= t.Count || !t[last + 1].IsWord || t[last + 1].IsCapitalized || Lexicon.IsFunctionWord(t[last + 1]))
        {
            return Owned.No;
        }

        var words = 0;
        for (var k = first - 1; k >= 0 && k >= first - 4; k--)
        {
            if (t[k].Kind is ClaimTokenKind.Figure or ClaimTokenKind.Date || t[k].IsPunctuation('-'))
            {
                continue; // "its three-year Fast Forward plan"
            }

            if (!t[k].IsWord)
            {
                return Owned.No;
            }

            if (EntityLexicon.OwningPronouns.Contains(t[k].Lower))
            {
                return k == first - 1 ? Owned.Directly
                    : Lexicon.IsVerb(t, last + 1) || EnglishWordClasses.FirmPartNouns.Contains(t[last + 1].Lower) ? Owned.No : Owned.Described;
            }

            if (++words > 2 || t[k].IsCapitalized || Lexicon.IsFunctionWord(t[k]) || Lexicon.IsVerb(t, k) || EntityLexicon.ReferenceNouns.ContainsKey(t[k].Lower))
            {
                return Owned.No;
            }
        }

        return Owned.No;
    }

    // "brands such as Acme Cola, Fizz and Pop", "firms including Globex": names listed after a word that opens examples, one
    // after the other with only commas, "and" or "or" between them.
    private static void MarkExamples(List<ClaimToken> t, List<EntityOccurrence> found, int firstOfSentence)
    {
        var listed = false;
        var end = -1;
        for (var n = firstOfSentence; n < found.Count; n++)
        {
            var o = found[n];
            var k = o.FirstToken - 1;
            if (k >= 0 && t[k].Is("the"))
            {
                k--;
            }

            if (k >= 0 && t[k].IsWord && (EnglishWordClasses.ExampleMarkers.Contains(t[k].Lower)
                || (k > 0 && t[k - 1].IsWord && EnglishWordClasses.ExampleMarkers.Contains(t[k - 1].Lower + " " + t[k].Lower))))
            {
                listed = true;
            }
            else if (!listed || !JoinedInList(t, end, o.FirstToken))
            {
                listed = false;
            }

            if (listed)
            {
                found[n] = o with { IsDescriptive = true };
            }

            end = o.LastToken;
        }
    }

    // Only commas, "and", "or" and "the" between two names of a list.
    private static bool JoinedInList(List<ClaimToken> t, int end, int next)
    {
        for (var j = end + 1; j < next; j++)
        {
            if (!(t[j].IsPunctuation(',') || t[j].Is("and") || t[j].Is("or") || t[j].Is("the")))
            {
                return false;
            }
        }

        return end >= 0 && next > end;
    }

    // "British Airways", "Japan Tobacco", "Singapore Airlines": a place and the capitalised words right after it are one name,
    // a firm's, when those words name no person's role, public body or trade body ("US President", "UK Treasury", "British
    // Bankers' Association"), are no acronym ("US GDP") and the article never writes them without the place ("the Federal
    // Reserve" after "US Federal Reserve").
    private static bool PlaceOpensName(string text, List<ClaimToken> t, int place, int length)
    {
        var next = place + length;
        if (next + 1 < t.Count && t[next].IsAmpersand && t[next + 1].IsWord && t[next + 1].IsCapitalized && !Lexicon.IsFunctionWord(t[next + 1]))
        {
            return true; // "Scottish & Newcastle": the ampersand joins the place to the rest of a firm's name
        }

        if (next >= t.Count || !t[next].IsWord || !t[next].IsCapitalized || IsAllUpper(t[next].Text) || t[next].Text.Contains('-', StringComparison.Ordinal)
            || EntityLexicon.NotNames.Contains(t[next].Lower) || Lexicon.IsFunctionWord(t[next]) || Places.TryMatch(t, next, t.Count, out _, out _))
        {
            return false;
        }

        var last = Run(t, next);
        var checkedTo = last + 2 < t.Count && t[last + 1].Kind == ClaimTokenKind.Possessive && t[last + 2].IsCapitalized ? Run(t, last + 2) : last;
        for (var k = next; k <= checkedTo; k++)
        {
            var word = t[k].Lower;
            if (EntityLexicon.PersonRoles.Contains(word) || EntityLexicon.PersonTitles.Contains(word) || EntityLexicon.PublicBodyWords.Contains(word)
                || EnglishWordClasses.MemberBodyWords.Contains(word))
            {
                return false;
            }
        }

        var rest = text.AsSpan(t[next].Start, t[last].End - t[next].Start);
        var whole = text.AsSpan(t[place].Start, t[last].End - t[place].Start);
        return text.AsSpan().Count(rest) == text.AsSpan().Count(whole);
    }

    // A first word that is a name even though no other sentence capitalises it: "Acme Air said", "Asahi's profits", "Hobson & Lyle".
    // A capitalised place after it is a place with an adjective before it ("Struggling Japanese carmaker Acme").
    // So is a word that a description of an organisation follows in commas ("Metrolis, the private firm which ...").
    // A noun for a kind of firm ("Retailer", "Carmaker") or for how it stands to another ("Rival", "Suitor") opening the sentence,
    // before a capitalised word that is no title of a person ("Business Secretary Ann Lee" keeps its title), and not itself a
    // name the article uses inside its sentences ("Club Med").
    private static bool DescribesNameAfter(List<ClaimToken> t, int i, IReadOnlySet<string> knownNames) =>
        i + 1 < t.Count && t[i + 1].IsWord && t[i + 1].IsCapitalized && !knownNames.Contains(t[i].Text)
        && (EnglishWordClasses.RelationNouns.Contains(t[i].Lower)
            || (EntityLexicon.ReferenceNouns.TryGetValue(t[i].Lower, out var kind) && kind == EntityKind.Organisation))
        && !EntityLexicon.PersonTitles.Contains(t[i + 1].Lower) && !EntityLexicon.PersonRoles.Contains(t[i + 1].Lower)
        && !EntityLexicon.NotNames.Contains(t[i + 1].Lower);

    private static bool StartsName(List<ClaimToken> t, int i) =>
        i + 1 < t.Count && (t[i + 1].Kind == ClaimTokenKind.Possessive
            || (t[i + 1].IsAmpersand && i + 2 < t.Count && t[i + 2].IsWord && t[i + 2].IsCapitalized)
            || (t[i + 1].IsCapitalized && !EntityLexicon.NotNames.Contains(t[i + 1].Lower) && !Places.TryMatch(t, i + 1, t.Count, out _, out _))
            || DescribedInCommas(t, i + 1));

    // "Acme-Roe is a specialist steel firm": a copula, an article and, within four words, a noun for an organisation.
    private static bool DescribedAsFirm(List<ClaimToken> t, int verb)
    {
        if (verb + 2 >= t.Count || !(t[verb].Is("is") || t[verb].Is("was")) || !(t[verb + 1].Is("a") || t[verb + 1].Is("an") || t[verb + 1].Is("the")))
        {
            return false;
        }

        for (var j = verb + 2; j < t.Count && j <= verb + 5 && t[j].IsWord; j++)
        {
            if (EntityLexicon.ReferenceNouns.TryGetValue(t[j].Lower, out var kind))
            {
                return kind == EntityKind.Organisation;
            }
        }

        return false;
    }

    // ", the private firm", ", a German bank": a comma, an article and, within three words, a noun for an organisation.
    private static bool DescribedInCommas(List<ClaimToken> t, int comma)
    {
        if (comma + 2 >= t.Count || !t[comma].IsPunctuation(',') || !(t[comma + 1].Is("the") || t[comma + 1].Is("a") || t[comma + 1].Is("an")))
        {
            return false;
        }

        for (var j = comma + 2; j < t.Count && j <= comma + 4; j++)
        {
            if (t[j].IsWord && EntityLexicon.ReferenceNouns.TryGetValue(t[j].Lower, out var kind))
            {
                return kind == EntityKind.Organisation;
            }
        }

        return false;
    }

    // What the article writes that tells names from common words: the abbreviations it defines for lower-case words, and
    // the words it writes in lower case, gathered only when a sentence asks (few do: a capitalised first word before a
    // description of a firm).
    private sealed class ArticleWords(HashSet<string> abbreviations, IReadOnlyList<SentenceView> views)
    {
        private HashSet<string>? lowerCase;

        public HashSet<string> Abbreviations => abbreviations;

        public bool WritesInLowerCase(string lower) => (lowerCase ??= LowerCaseWords(views)).Contains(lower);
    }

    private static HashSet<string> LowerCaseWords(IReadOnlyList<SentenceView> views)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var view in views)
        {
            foreach (var token in view.Tokens)
            {
                if (token.IsWord && !token.IsCapitalized)
                {
                    found.Add(token.Lower);
                }
            }
        }

        return found;
    }

    // "Boeing and Airbus", "G7 and Russia": a run of capitalised words joined by one "and" is two names when each side is a
    // place or a name the article gives on its own elsewhere; "Securities and Exchange Commission" stays one.
    private static List<EntityOccurrence> SplitCoordinated(string text, IReadOnlyList<SentenceView> views, List<EntityOccurrence> found)
    {
        var alone = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        foreach (var o in found)
        {
            if (!o.Surface.Contains(" and ", StringComparison.Ordinal))
            {
                alone.TryAdd(o.Surface, o.Kind);
            }
        }

        var result = new List<EntityOccurrence>(found.Count);
        foreach (var o in found)
        {
            var t = views[o.Sentence].Tokens;
            var and = -1;
            for (var i = o.FirstToken + 1; i < o.LastToken; i++)
            {
                if (t[i].Is("and"))
                {
                    and = and < 0 ? i : int.MaxValue;
                }
            }

            if (o.Kind == EntityKind.Place || and is < 0 or int.MaxValue)
            {
                result.Add(o);
                continue;
            }

            var left = text[t[o.FirstToken].Start..t[and - 1].End];
            var right = text[t[and + 1].Start..t[o.LastToken].End];
            var leftPlace = Places.TryMatch(t, o.FirstToken, and, out var leftName, out var leftLength) && o.FirstToken + leftLength == and;
            var rightPlace = Places.TryMatch(t, and + 1, o.LastToken + 1, out var rightName, out var rightLength) && and + 1 + rightLength == o.LastToken + 1;
            if (!((alone.ContainsKey(left) || leftPlace) && (alone.ContainsKey(right) || rightPlace)))
            {
                result.Add(o);
                continue;
            }

            result.Add(Side(o, o.FirstToken, and - 1, left, leftPlace ? leftName : null));
            result.Add(Side(o, and + 1, o.LastToken, right, rightPlace ? rightName : null));
        }

        return result;

        EntityOccurrence Side(EntityOccurrence o, int first, int last, string surface, string? place) =>
            o with
            {
                FirstToken = first,
                LastToken = last,
                Name = place ?? surface,
                Surface = surface,
                Kind = place is not null ? EntityKind.Place : alone.GetValueOrDefault(surface, o.Kind),
            };
    }

    // An upper-case word alone in brackets after lower-case words shortens them ("producer price index (PPI)").
    private static bool IsAbbreviationOfWordsBefore(List<ClaimToken> t, int i) =>
        i > 1 && i + 1 < t.Count && t[i - 1].IsPunctuation('(') && t[i + 1].IsPunctuation(')') && IsAllUpper(t[i].Text)
        && t[i - 2].IsWord && !t[i - 2].IsCapitalized && !Lexicon.IsFunctionWord(t[i - 2]);

    private static bool IsAllUpper(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // The last index of a run of capitalised words, allowing "of", "for", "and", "&" between them ("Bank of England").
    private static int Run(List<ClaimToken> t, int start)
    {
        var end = start;
        var j = start + 1;
        while (j < t.Count)
        {
            if (t[j].IsCapitalized && !t[j].Text.Contains('-', StringComparison.Ordinal) && !EntityLexicon.NotNames.Contains(t[j].Lower))
            {
                end = j++;
                continue;
            }

            if ((t[j].IsAmpersand || t[j].IsWord && t[j].Lower is "of" or "for" or "and") && j + 1 < t.Count && t[j + 1].IsCapitalized
                && !EntityLexicon.NotNames.Contains(t[j + 1].Lower))
            {
                j++;
                continue;
            }

            break;
        }

        return end;
    }

    private static bool IsPerson(List<ClaimToken> t, int first, int last, HashSet<string> surnames)
    {
        if (first > 0 && t[first - 1].IsWord && (EntityLexicon.PersonTitles.Contains(t[first - 1].Lower) || EntityLexicon.PersonRoles.Contains(t[first - 1].Lower)))
        {
            return true;
        }

        if (first > 1 && t[first - 1].IsPunctuation('.') && t[first - 2].IsWord && EntityLexicon.PersonTitles.Contains(t[first - 2].Lower))
        {
            return true;
        }

        if (last > first && EntityLexicon.PersonRoles.Contains(t[first].Lower))
        {
            return true; // "Director Jane Roe", "Chairman John Doe": a role written with a capital before the name
        }

        return last - first <= 2 && surnames.Contains(t[last].Text);
    }

    // "X said", "says X", "according to X": the name reports a figure.
    private static bool IsSource(List<ClaimToken> t, int first, int last)
    {
        var after = last + 1 < t.Count && t[last + 1].IsWord ? t[last + 1].Lower : string.Empty;
        if (after.Length > 0 && Lexicon.ReportingVerbs.Contains(after))
        {
            return true;
        }

        var before = first > 0 && t[first - 1].IsWord ? t[first - 1].Lower : string.Empty;
        if (before is "at" or "from" && first > 1 && t[first - 2].IsWord && EntityLexicon.CommentatorNouns.Contains(t[first - 2].Lower))
        {
            return true; // "economists at Acme Bank warned": where the speakers work
        }

        var beforeArticle = first > 1 && t[first - 1].Is("the") && t[first - 2].IsWord ? t[first - 2].Lower : string.Empty;
        return Lexicon.ReportingVerbs.Contains(before) || Lexicon.ReportingVerbs.Contains(beforeArticle)
            || (before == "to" && first > 1 && t[first - 2].Is("according"));
    }

    // Shorter organisation names meet the longest name of the article that starts with them, unless a place is all that the
    // longer one adds ("Acme USA" is Acme's arm in a country, not Acme) or the story tells the shorter one first after the
    // headline ("Acme, the biggest bank" before "Acme Capital", its investment arm).
    private static Dictionary<string, string> CanonicalNames(List<EntityOccurrence> found)
    {
        // The organisations' names, each once, longest first; names of one length keep the order the article gives them.
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in found)
        {
            if (o.Kind == EntityKind.Organisation && seen.Add(o.Name))
            {
                var at = names.Count;
                while (at > 0 && names[at - 1].Length < o.Name.Length)
                {
                    at--;
                }

                names.Insert(at, o.Name);
            }
        }

        // The sentence each name is first met in after the headline; a name met only in the headline counts as met first.
        var firstMet = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var o in found)
        {
            if (o.Kind == EntityKind.Organisation && o.Sentence > 0)
            {
                firstMet.TryAdd(o.Name, o.Sentence);
            }
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            foreach (var longer in names)
            {
                // "Barclays, the UK's third-biggest bank ... Barclays Capital": a shorter name the story tells on its own before
                // the longer one is a firm of its own, and the longer one its part.
                if (longer.Length > name.Length && longer[name.Length] == ' ' && longer.StartsWith(name, StringComparison.Ordinal)
                    && !Places.TryGet(longer[(name.Length + 1)..], out _)
                    && firstMet.GetValueOrDefault(longer, 0) <= firstMet.GetValueOrDefault(name, int.MaxValue))
                {
                    map[name] = map.GetValueOrDefault(longer, longer);
                    break;
                }
            }
        }

        return map;
    }

    // "The firm, Acme, said", "the carrier, Acme Air,": a name in commas right after a definite description of an organisation.
    private static bool IsFirmApposition(List<ClaimToken> t, EntityOccurrence o)
    {
        var before = o.FirstToken - 1;
        var after = o.LastToken + 1;
        return before >= 2 && after < t.Count && t[before].IsPunctuation(',') && t[after].IsPunctuation(',')
            && t[before - 1].IsWord && EntityLexicon.ReferenceNouns.TryGetValue(t[before - 1].Lower, out var kind) && kind == EntityKind.Organisation
            && t[before - 2].Is("the");
    }

    // A place that only says where a firm is from ("A German drugs firm") does not count; a name set beside a description of
    // the firm it is ("The firm, Acme, said") weighs as if it opened the article, since it names what the opening described.
    private static EntityOccurrence? ChooseTopic(List<EntityOccurrence> found, IReadOnlyList<SentenceView> views)
    {
        // Each name's score and its first occurrence, in the order names first appear.
        var scores = new Dictionary<string, (double Score, EntityOccurrence First)>(StringComparer.Ordinal);
        for (var k = 0; k < found.Count; k++)
        {
            var o = found[k];
            if (o.Kind == EntityKind.Person)
            {
                continue;
            }

            var t = views[o.Sentence].Tokens;
            if (EntityResolver.DescribedFirm(t, o) >= 0)
            {
                continue;
            }

            if (o.Kind == EntityKind.Place && k + 1 < found.Count && found[k + 1] is { Kind: EntityKind.Organisation } firm && firm.Sentence == o.Sentence
                && EntityResolver.Adjoins(t, o, firm) && firm.FirstToken > o.LastToken + 1
                && EntityLexicon.ReferenceNouns.TryGetValue(t[firm.FirstToken - 1].Lower, out var described) && described == EntityKind.Organisation)
            {
                continue; // "Australian airline Qantas": the place describes the firm the article is about, a noun for a firm between
            }

            var weight = o.IsSource ? SourceWeight : 1;
            weight += o.Sentence switch { 0 => HeadlineWeight, 1 => OpeningWeight, _ => IsFirmApposition(t, o) ? OpeningWeight : 0 };
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(scores, o.Name, out var seen);
            entry = seen ? (entry.Score + weight, entry.First) : (weight, o);
        }

        // The highest score; on a tie the name met first (its sentence, then its token, then the order names appear).
        EntityOccurrence? best = null;
        var bestScore = 0.0;
        foreach (var (score, first) in scores.Values)
        {
            if (score >= TopicThreshold && (best is null || score > bestScore
                || (score == bestScore && (first.Sentence < best.Sentence || (first.Sentence == best.Sentence && first.FirstToken < best.FirstToken)))))
            {
                best = first;
                bestScore = score;
            }
        }

        return best;
    }
}
