using System.Collections.Frozen;
using FactCheck.Languages.English;

namespace FactCheck.Claims;

/// <summary>
/// Finds noun phrases by scanning tokens left or right from an anchor, and describes them as subjects
/// (text, head, key words, entities).
/// </summary>
/// <remarks>
/// A noun phrase here is a run of words that are not verbs, clause words or pronouns, which may hold
/// "'s" and up to two inner prepositional phrases ("duty on exports from Pakistan to the US"). The scans
/// stop at punctuation, figures and verbs; they cannot see a phrase whose words are all unknown verbs.
/// </remarks>
internal static class NounPhrases
{
    private const int MaxTokens = 14;

    private static readonly FrozenSet<string> DatePrepositions = EnglishWordClasses.DatePrepositions;

    private static readonly FrozenSet<string> TimeWords = EnglishWordClasses.TimeWords;

    /// <summary>
    /// Whether the figure token at <paramref name="i"/> is the number of a compound word, joined by a hyphen to the word after
    /// it: "a 12-nation bloc", "the 300-store chain", "a three-year plan".
    /// </summary>
    public static bool IsNumberCompound(List<ClaimToken> t, int i) =>
        t[i].Kind == ClaimTokenKind.Figure && i + 2 < t.Count && t[i + 1].Text == "-" && t[i + 1].Start == t[i].End
        && t[i + 2].IsWord && t[i + 2].Start == t[i + 1].End;

    // Digits, separators and number words only: "12", "1,000", "three"; not "5%" or "$10".
    private static bool IsPlainNumber(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c) && c is not (',' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the noun phrase after <paramref name="figure"/>, ending at <paramref name="phraseLast"/>, names who expected the
    /// figure rather than what it counts: "the 180,000 economists had expected", "the 2.5% analysts were forecasting" (a figure
    /// after "the", then the phrase and a verb of expecting, an auxiliary allowed between; a relative clause without "that").
    /// </summary>
    public static bool ExpectedBy(List<ClaimToken> t, int figure, int phraseLast, int clauseLast)
    {
        if (figure < 1 || !t[figure - 1].Is("the"))
        {
            return false;
        }

        var verb = phraseLast + 1;
        var passive = false;
        while (verb < clauseLast && t[verb].IsWord && t[verb].IsIn(WordClasses.Auxiliary))
        {
            passive |= t[verb].Lower is "be" or "been" or "being" or "is" or "are" or "was" or "were";
            verb++;
        }

        // "the 3.3% fall in car sales had been expected": the phrase is what was expected; "were forecasting" is not passive.
        return verb <= clauseLast && t[verb].IsWord && EnglishWordClasses.ExpectingVerbs.Contains(t[verb].Lower)
            && !(passive && !t[verb].Lower.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>The noun phrase that ends just before <paramref name="end"/> (exclusive), not reaching before <paramref name="min"/>.</summary>
    public static (int First, int Last)? Left(List<ClaimToken> t, int end, int min)
    {
        var i = end - 1;
        while (i >= min && t[i].IsWord && !t[i].IsCapitalized)
        {
            var lower = t[i].Lower;
            if (t[i].IsIn(WordClasses.Adverb | WordClasses.Auxiliary) || IsLyAdverb(lower))
            {
                i--;
            }
            else if (i - 1 >= min && t[i - 1].IsWord && !t[i - 1].IsCapitalized && (EnglishWordClasses.VerbParticles.Contains(lower)
                && (Lexicon.IsVerb(t, i - 1) || t[i - 1].Lower.EndsWith("ed", StringComparison.Ordinal))))
            {
                i -= 2; // "Forecasts were scaled back to 4%": the verb and its particle
            }
            else if (i - 1 >= min && EnglishWordClasses.PlaceAdverbs.Contains(lower) && t[i - 1].IsWord && !Lexicon.IsFunctionWord(t[i - 1]) && !Lexicon.IsVerb(t, i - 1))
            {
                i--; // "sales there fell 16%": the place is not the thing measured
            }
            else
            {
                break;
            }
        }

        var last = i;
        var first = -1;
        while (i >= min)
        {
            var token = t[i];
            if (token.Kind == ClaimTokenKind.Possessive)
            {
                first = i--;
                continue;
            }

            if (token.Kind == ClaimTokenKind.Punctuation)
            {
                if (first == -1 && i == last && token.Text is "\"" or "\u201c" or "\u201d")
                {
                    last = --i; // 'to raise output "by 20%"': a quotation opened before the figure leaves the phrase before it whole
                    continue;
                }

                if (token.IsAmpersand && first == i + 1 && t[first].IsCapitalized && i - 1 >= min && t[i - 1].IsWord && t[i - 1].IsCapitalized)
                {
                    first = i--; // "Procter & Gamble": one name
                    continue;
                }

                if (token.Text == "," && first != -1 && IsListComma(t, i, min))
                {
                    i--; // "sales at restaurants, bars and cafes": a comma inside a list the phrase ends on
                    continue;
                }

                if (token.Text == ")" && TryOpeningBracket(t, i, min, out var open) && (first != -1 || (open > min && t[open - 1].IsWord)))
                {
                    if (first == -1)
                    {
                        last = i; // "The Chartered Institute of Purchasing and Supply (CIPS) said"
                    }

                    first = open;
                    i = open - 1;
                    continue;
                }

                if (first == i + 1 && i - 1 >= min && IsNumberCompound(t, i - 1) && IsPlainNumber(t[i - 1].Text))
                {
                    first = i - 1; // "unemployment in the 12-nation bloc", "the 300-store chain": the number qualifies the noun
                    i -= 2;
                    continue;
                }

                if (token.Text is "-" or "\u2013" or "\u2014" && first == -1 && TryDashAside(t, i, min, out var dashBefore))
                {
                    i = dashBefore; // "Pernod - at 7.5bn euros - is": step over the aside
                    last = i;
                    continue;
                }

                if (token.Text == "," && first == -1 && TryParenthetical(t, i, min, out var before))
                {
                    // "The levy, which had been 5%, was raised": step over the aside to its noun.
                    i = before;
                    last = i;
                    continue;
                }

                break;
            }

            if (token.Kind == ClaimTokenKind.Figure)
            {
                break;
            }

            if (token.IsMention && first == i + 1 && t[i + 1].Kind == ClaimTokenKind.Possessive)
            {
                first = i--; // "2004's average": the date owns the noun
                continue;
            }

            if (token.Kind == ClaimTokenKind.Date)
            {
                // "Sales in 2004 rose": step over the dated phrase when nothing is collected yet.
                if (first == -1 && i - 1 >= min && t[i - 1].IsWord && DatePrepositions.Contains(t[i - 1].Lower))
                {
                    i -= 2;
                    last = i;
                    continue;
                }

                // "its 2004 dividend", "the first-quarter profit": a period between a determiner and a noun qualifies the noun.
                if (first != -1 && i - 1 >= min && t[i - 1].IsWord && !t[i - 1].IsCapitalized
                    && Lexicon.OpensNounPhrase(t[i - 1]))
                {
                    first = i--;
                    continue;
                }

                break;
            }

            var lower = token.Lower;
            if (lower is "and" or "or" or "&")
            {
                if (first != -1 && i - 1 >= min && t[i - 1].IsWord && !Lexicon.IsFunctionWord(t[i - 1]) && !Lexicon.IsVerb(t, i - 1))
                {
                    first = i--;
                    continue;
                }

                break;
            }

            if (Lexicon.Subordinators.Contains(lower) || token.IsIn(WordClasses.Auxiliary) || Lexicon.IsVerb(t, i))
            {
                break;
            }

            if (EnglishWordClasses.TimeZones.Contains(lower) && token.Text.All(char.IsUpper))
            {
                break; // "By 1200 GMT Acme's shares were up": the clock time ends before the phrase
            }

            if (lower is "up" or "down" or "out" or "off" && !token.IsCapitalized)
            {
                break; // "made up of", "pay out": a particle, not a noun
            }

            if (lower is "it" or "they" or "he" or "she" or "we" or "i" or "you" or "there")
            {
                if (first == -1)
                {
                    first = i;
                }

                break;
            }

            if (token.IsIn(WordClasses.Preposition) && !token.IsCapitalized)
            {
                if (first != -1 && Lexicon.NounPhrasePrepositions.Contains(lower))
                {
                    first = i--;
                    continue;
                }

                break;
            }

            if (first == i + 1 && t[first].Is("the") && !Lexicon.IsFunctionWord(token) && !Lexicon.Determiners.Contains(lower)
                && lower is not ("half" or "twice" or "all" or "both" or "quite" or "such" or "what" or "many"))
            {
                break; // "In early afternoon trade in London the company share price": a noun phrase opens at its determiner
            }

            first = i--;
        }

        return first == -1 ? null : Trim(t, AfterOpeningPlace(t, first, last), last, keepLast: false);
    }

    // A comma between the items of a list that ends on "and" or "or" and is the object of a preposition in a noun phrase
    // ("sales at restaurants, bars and coffee houses"), not one that closes an opening phrase ("despite the slowdown, sales and
    // profits rose").
    private static bool IsListComma(List<ClaimToken> t, int comma, int min)
    {
        var k = comma + 1;
        while (k < t.Count && k - comma <= 8 && (t[k].IsPunctuation(',') || IsPlainWord(t, k) || IsName(t, k)))
        {
            k++;
        }

        if (k == comma + 1 || k >= t.Count || !t[k].IsWord || t[k].Lower is not ("and" or "or"))
        {
            return false;
        }

        var j = comma - 1;
        while (j >= min && comma - j <= 3 && (IsPlainWord(t, j) || IsName(t, j)))
        {
            j--;
        }

        if (j < comma - 1 && j - 1 >= min && t[j].Is("the") && t[j + 1].IsCapitalized)
        {
            j--; // "investors in the UK, Holland and Luxembourg"
        }

        return j < comma - 1 && j - 1 >= min && t[j].IsWord && !t[j].IsCapitalized && Lexicon.NounPhrasePrepositions.Contains(t[j].Lower)
            && t[j - 1].IsWord && !Lexicon.IsFunctionWord(t[j - 1]);
    }

    private static bool IsPlainWord(List<ClaimToken> t, int i) =>
        t[i].IsWord && !t[i].IsCapitalized && !Lexicon.IsFunctionWord(t[i]) && !Lexicon.IsVerb(t, i);

    // A capitalised word inside a sentence, as a name in a list is written ("sales in France, Spain and Italy").
    private static bool IsName(List<ClaimToken> t, int i) => i > 0 && t[i].IsWord && t[i].IsCapitalized && !Lexicon.IsFunctionWord(t[i]);

    /// <summary>
    /// Whether token <paramref name="k"/> opens the sentence or a part of it: it is first, or follows a comma, a semicolon,
    /// a quotation mark, "and", "but" or "while" ("In Brazil growth is 5%", ", in Japan they expect 2%").
    /// </summary>
    public static bool OpensPart(List<ClaimToken> t, int k) =>
        k == 0 || t[k - 1].IsPunctuation(',') || t[k - 1].IsPunctuation(';') || t[k - 1].IsPunctuation('"')
        || t[k - 1].Is("and") || t[k - 1].Is("but") || t[k - 1].Is("while");

    // "In Brazil growth is 5%", "and in Japan profits fell": names opened by "in" at the start of the sentence or of a part of it
    // say where; the noun phrase starts after them.
    private static int AfterOpeningPlace(List<ClaimToken> t, int first, int last)
    {
        var opener = t[first].Is("in") ? first : first > 0 && t[first - 1].Is("in") ? first - 1 : -1;
        if (opener < 0 || !OpensPart(t, opener))
        {
            return first; // "a rise in US crude supplies": the place belongs to the noun it describes
        }

        var j = opener + 1;

        if (j <= last && t[j].Is("the"))
        {
            j++;
        }

        var names = j;
        while (j <= last && t[j].IsWord && t[j].IsCapitalized)
        {
            j++;
        }

        return j > names && j <= last && t[j].IsWord && !t[j].IsCapitalized && !Lexicon.IsFunctionWord(t[j]) ? j : first;
    }

    /// <summary>The noun phrase that starts at <paramref name="start"/>, not reaching past <paramref name="max"/>.</summary>
    public static (int First, int Last)? Right(List<ClaimToken> t, int start, int max, int maxPrepositions = 2)
    {
        var i = start;
        var first = -1;
        var last = -1;
        var prepositions = 0;
        while (i <= max && i < t.Count && last - start < MaxTokens)
        {
            var token = t[i];
            if (token.Kind == ClaimTokenKind.Possessive)
            {
                if (first == -1)
                {
                    break;
                }

                last = i++;
                continue;
            }

            if (token.Kind == ClaimTokenKind.Punctuation)
            {
                if (token.IsAmpersand && last == i - 1 && t[last].IsCapitalized && i + 1 <= max && i + 1 < t.Count && t[i + 1].IsWord && t[i + 1].IsCapitalized)
                {
                    last = i++; // "Procter & Gamble": one name
                    continue;
                }

                if (token.Text == "(" && first != -1 && TryClosingBracket(t, i, max, out var close))
                {
                    last = close;
                    i = close + 1;
                    continue;
                }

                break;
            }

            if (token.IsMention)
            {
                break;
            }

            var lower = token.Lower;
            if (lower is "and" or "or" or "&")
            {
                if (first != -1 && i + 1 <= max && i + 1 < t.Count && t[i + 1].IsWord && !Lexicon.IsVerb(t, i + 1)
                    && !Lexicon.Subordinators.Contains(t[i + 1].Lower) && !Lexicon.SubjectPronouns.Contains(t[i + 1].Lower))
                {
                    last = i++;
                    continue;
                }

                break;
            }

            var objectOfPreposition = first == -1 && i > 0 && t[i - 1].IsWord && t[i - 1].IsIn(WordClasses.Preposition) && !token.IsIn(WordClasses.Auxiliary);
            var compoundNoun = objectOfPreposition || first != -1 && token.IsIn(WordClasses.NounToo) && t[i - 1].IsWord && !Lexicon.IsFunctionWord(t[i - 1])
                && !(i + 1 < t.Count && (t[i + 1].IsMention || (t[i + 1].IsWord && (Lexicon.OpensNounPhrase(t[i + 1]) || Lexicon.ObjectPronouns.Contains(t[i + 1].Lower)))));
            if (!compoundNoun && (Lexicon.Subordinators.Contains(lower) || (token.IsIn(WordClasses.Auxiliary) && !token.IsCapitalized) || (Lexicon.IsVerb(t, i) && !token.IsCapitalized)))
            {
                break; // "tax claim against Yukos" keeps "claim"; "sales claim a share" would not
            }

            if (token.IsIn(WordClasses.Preposition) && !token.IsCapitalized)
            {
                if (first != -1 && prepositions < maxPrepositions && Lexicon.NounPhrasePrepositions.Contains(lower))
                {
                    prepositions++;
                    last = i++;
                    continue;
                }

                break;
            }

            if (first != -1 && !token.IsCapitalized && (IsLyAdverb(lower) || lower is "now" or "also" or "still" or "already" or "this" or "last" or "next"))
            {
                break;
            }

            if (first != -1 && !token.IsCapitalized && Lexicon.SubjectPronouns.Contains(lower) && !Lexicon.Determiners.Contains(lower))
            {
                break; // "the debts they are owed", "the 635,173 reports it had": a clause without "that" hangs on the noun
            }

            if (first != -1 && Lexicon.OpensNounPhrase(lower) && !token.IsCapitalized
                && !(t[i - 1].IsWord && (t[i - 1].IsIn(WordClasses.Preposition) || t[i - 1].Lower is "and" or "or")))
            {
                break; // a new phrase starts: "results following a probe"
            }

            if (first != -1 && token.IsCapitalized && IsPlainWord(t, i - 1) && NameThenVerb(t, i, max))
            {
                break; // "the 0-5% range Acme predicts": a name and its verb after the noun say who gives the figure
            }

            if (first == -1)
            {
                first = i;
            }

            last = i++;
            if (Lexicon.ObjectPronouns.Contains(lower) && !token.IsCapitalized)
            {
                break;
            }
        }

        return first == -1 ? null : Trim(t, first, last, keepLast: true);
    }

    // A run of capitalised words followed by a verb: the subject of a clause that hangs on the noun before it, with no "that".
    private static bool NameThenVerb(List<ClaimToken> t, int i, int max)
    {
        var j = i;
        while (j <= max && j < t.Count && t[j].IsWord && t[j].IsCapitalized)
        {
            j++;
        }

        return j <= max && j < t.Count && t[j].IsWord && !t[j].IsCapitalized && Lexicon.IsVerb(t, j) && !t[j].IsIn(WordClasses.Auxiliary);
    }

    /// <summary>Whether the token at <paramref name="i"/> can start a noun right after a figure ("29% duty", "42,000 troops").</summary>
    /// <summary>
    /// A word in -ing that is no noun (<see cref="Lexicon.NounsToo"/>) before "to" or "from" opens a phrase of its own: "136m
    /// euros relating to a bond deal", "$2m stemming from fees" measure neither "relating" nor "stemming".
    /// </summary>
    public static bool IsParticipleOfPhrase(List<ClaimToken> t, int i) =>
        t[i].Lower.Length > 5 && t[i].Lower.EndsWith("ing", StringComparison.Ordinal) && !t[i].IsIn(WordClasses.NounToo)
        && i + 1 < t.Count && (t[i + 1].Is("to") || t[i + 1].Is("from"));

    public static bool IsContentWord(List<ClaimToken> t, int i)
    {
        if (i >= t.Count || !t[i].IsWord)
        {
            return false;
        }

        var lower = t[i].Lower;
        if (i > 0 && t[i - 1].Kind == ClaimTokenKind.Figure && (Lexicon.IsChangeNoun(lower) || Lexicon.RateNouns.Contains(lower)))
        {
            return true; // "a 42% rise", "a 15% levy"
        }

        return !t[i].IsIn(WordClasses.Function | WordClasses.Adverb) && !TimeWords.Contains(lower) && !IsLyAdverb(lower)
            && !Lexicon.IsVerb(t, i) && !IsParticipleOfPhrase(t, i) && !t[i].IsIn(WordClasses.ChangeVerb) && lower is not ("worth" or "more" or "less" or "fewer" or "higher" or "lower" or "than" or "smaller" or "bigger" or "larger" or "greater"
            or "faster" or "slower" or "cheaper" or "dearer" or "stronger" or "weaker" or "better" or "worse" or "above" or "below");
    }

    /// <summary>The head of a phrase: the last content word before its first inner preposition.</summary>
    public static int Head(List<ClaimToken> t, int first, int last)
    {
        var head = -1;
        for (var i = first; i <= last; i++)
        {
            var token = t[i];
            if (token.IsWord && token.IsIn(WordClasses.Preposition) && !token.IsCapitalized && head != -1)
            {
                break;
            }

            if (token.Text == "(")
            {
                break;
            }

            if (token.IsWord && !Lexicon.IsFunctionWord(token) && !(token.IsIn(WordClasses.Adverb) && !token.IsCapitalized))
            {
                head = i;
            }
        }

        if (head == -1)
        {
            for (var i = first; i <= last; i++)
            {
                if (t[i].IsWord)
                {
                    head = i;
                }
            }
        }

        return head;
    }

    /// <summary>The text of tokens <paramref name="first"/>..<paramref name="last"/>, leading articles and demonstratives removed.</summary>
    public static (int First, string Text) TextWithoutArticle(string text, List<ClaimToken> t, int first, int last)
    {
        while (first < last && t[first].IsWord && (t[first].Lower is "a" or "an" or "the" or "this" or "these" or "those" or "that" or "some" or "such"))
        {
            first++;
        }

        return (first, text[t[first].Start..t[last].End]);
    }

    public static bool IsLyAdverb(string lower) => lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal)
        && lower is not ("supply" or "italy" or "july" or "family" or "monthly" or "quarterly" or "weekly" or "daily" or "yearly" or "assembly" or "anomaly" or "rally" or "ally" or "reply" or "early" or "holy" or "only");

    private static (int First, int Last)? Trim(List<ClaimToken> t, int first, int last, bool keepLast)
    {
        while (first <= last && t[first].IsWord && !t[first].IsCapitalized && (t[first].IsIn(WordClasses.Preposition) || t[first].Lower is "and" or "or" || t[first].IsIn(WordClasses.Adverb) || IsLyAdverb(t[first].Lower)))
        {
            first++;
        }

        while (last >= first && t[last].IsWord && !t[last].IsCapitalized && (t[last].IsIn(WordClasses.Preposition) || Lexicon.OpensNounPhrase(t[last]) || t[last].Lower is "and" or "or"))
        {
            last--;
        }

        if (first > last || (first < t.Count && t[first].Kind == ClaimTokenKind.Possessive))
        {
            return null;
        }

        if (last - first + 1 > MaxTokens)
        {
            if (keepLast)
            {
                last = first + MaxTokens - 1;
            }
            else
            {
                first = last - MaxTokens + 1;
            }

            return Trim(t, first, last, keepLast);
        }

        return (first, last);
    }

    private static bool TryDashAside(List<ClaimToken> t, int dash, int min, out int before)
    {
        for (var k = dash - 1; k > min && dash - k <= 14; k--)
        {
            if (t[k].Kind == ClaimTokenKind.Punctuation && t[k].Text is "-" or "\u2013" or "\u2014")
            {
                before = k - 1;
                return true;
            }
        }

        before = -1;
        return false;
    }

    private static bool TryParenthetical(List<ClaimToken> t, int comma, int min, out int before)
    {
        for (var k = comma - 1; k > min && comma - k <= 14; k--)
        {
            if (t[k].IsPunctuation(','))
            {
                var opener = t[k + 1];
                var isAside = opener.IsWord && (opener.Lower is "which" or "who" or "whose" or "previously" or "formerly" or "once" or "originally" or "already" or "the" or "a" or "an"
                    || opener.IsCapitalized || (k > 0 && t[k - 1].IsCapitalized)
                    || (opener.IsIn(WordClasses.Preposition) && !opener.IsCapitalized));
                before = k - 1;
                return isAside;
            }
        }

        before = -1;
        return false;
    }

    private static bool TryOpeningBracket(List<ClaimToken> t, int close, int min, out int open)
    {
        for (open = close - 1; open >= min && close - open <= 4; open--)
        {
            if (t[open].Text == "(")
            {
                return true;
            }
        }

        open = -1;
        return false;
    }

    private static bool TryClosingBracket(List<ClaimToken> t, int open, int max, out int close)
    {
        for (close = open + 1; close <= max && close < t.Count && close - open <= 4; close++)
        {
            if (t[close].Text == ")")
            {
                return close > open + 1 && t[open + 1].IsCapitalized;
            }

            if (!t[close].IsWord)
            {
                break;
            }
        }

        close = -1;
        return false;
    }
}
