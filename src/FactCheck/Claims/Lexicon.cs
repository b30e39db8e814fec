using System.Collections.Frozen;
using FactCheck.Languages;
using FactCheck.Languages.English;

namespace FactCheck.Claims;

/// <summary>
/// Closed word classes and the small open-class lists the claims stage reads English news with.
/// </summary>
/// <remarks>
/// There is no part-of-speech tagger: a word is a verb when it is listed here, or when it ends in "-ed"
/// and does not follow a determiner ("the increased tariff" is an adjective, "attacks increased" a verb).
/// This is right for the common shapes of news sentences and wrong for unlisted irregular verbs and for
/// "-ed" adjectives after another adjective; the scanners that use it stop early rather than run on.
/// </remarks>
internal static class Lexicon
{
    // The word lists are English data, defined once in the language pack; see EnglishWordClasses for what each holds.
    public static readonly FrozenSet<string> Determiners = EnglishWordClasses.Determiners;
    public static readonly FrozenSet<string> PossessivePronouns = EnglishWordClasses.PossessivePronouns;

    /// <summary>
    /// Nouns that name a measure by themselves after "the" ("the deficit", "the profits", "the rate", "the growth"): results,
    /// losses, profits, rates, prices and measured changes.
    /// </summary>
    public static readonly FrozenSet<string> MeasureHeads = EnglishWordClasses.ResultNouns.Concat(EnglishWordClasses.LossNouns)
        .Concat(EnglishWordClasses.ProfitNouns).Concat(EnglishWordClasses.RateNouns).Concat(EnglishWordClasses.PriceNouns)
        .Concat(EnglishWordClasses.MeasuredChangeNouns).ToFrozenSet(StringComparer.Ordinal);
    public static readonly FrozenSet<string> SubjectPronouns = EnglishWordClasses.SubjectPronouns;
    public static readonly FrozenSet<string> ObjectPronouns = EnglishWordClasses.ObjectPronouns;
    public static readonly FrozenSet<string> Prepositions = EnglishWordClasses.Prepositions;
    public static readonly FrozenSet<string> NounPhrasePrepositions = EnglishWordClasses.NounPhrasePrepositions;
    public static readonly FrozenSet<string> Subordinators = EnglishWordClasses.Subordinators;
    public static readonly FrozenSet<string> Auxiliaries = EnglishWordClasses.Auxiliaries;
    public static readonly FrozenSet<string> Adverbs = EnglishWordClasses.Adverbs;
    public static readonly FrozenSet<string> UpVerbs = EnglishWordClasses.UpVerbs;
    public static readonly FrozenSet<string> DownVerbs = EnglishWordClasses.DownVerbs;
    public static readonly FrozenSet<string> UpNouns = EnglishWordClasses.UpNouns;
    public static readonly FrozenSet<string> DownNouns = EnglishWordClasses.DownNouns;

    /// <summary>The direction a change noun gives ("rise" up, "fall" down); <see cref="ChangeDirection.None"/> for any other word.</summary>
    public static ChangeDirection DirectionOfNoun(string lower) =>
        UpNouns.Contains(lower) ? ChangeDirection.Up : DownNouns.Contains(lower) ? ChangeDirection.Down : ChangeDirection.None;

    /// <summary>Whether a lower-case word is a noun of change ("rise", "fall", "growth").</summary>
    public static bool IsChangeNoun(string lower) => UpNouns.Contains(lower) || DownNouns.Contains(lower);
    public static readonly FrozenSet<string> LevelVerbs = EnglishWordClasses.LevelVerbs;
    public static readonly FrozenSet<string> ReportingVerbs = EnglishWordClasses.ReportingVerbs;
    public static readonly FrozenSet<string> SourceNouns = EnglishWordClasses.SourceNouns;
    public static readonly FrozenSet<string> FigureNouns = EnglishWordClasses.FigureNouns;
    public static readonly FrozenSet<string> PublishingVerbs = EnglishWordClasses.PublishingVerbs;
    public static readonly FrozenSet<string> RateNouns = EnglishWordClasses.RateNouns;
    public static readonly FrozenSet<string> TariffNouns = EnglishWordClasses.TariffNouns;
    public static readonly FrozenSet<string> PriceNouns = EnglishWordClasses.PriceNouns;
    public static readonly FrozenSet<string> ShareNouns = EnglishWordClasses.ShareNouns;
    public static readonly FrozenSet<string> AdditionalWords = EnglishWordClasses.AdditionalWords;
    public static readonly FrozenSet<string> EffectiveWords = EnglishWordClasses.EffectiveWords;
    public static readonly FrozenSet<string> GenericModifiers = EnglishWordClasses.GenericModifiers;

    private static readonly FrozenSet<string> NotVerbsEndingInEd = EnglishWordClasses.NotVerbsEndingInEd;

    /// <summary>Whether the word at <paramref name="index"/> reads as a verb in its context.</summary>
    public static bool IsVerb(List<ClaimToken> tokens, int index) =>
        tokens is SentenceTokens sentence ? sentence.IsVerb(index) : ReadsAsVerb(tokens, index);

    /// <summary>Reads whether the word at <paramref name="index"/> is a verb in its context (<see cref="IsVerb"/> reads each token once).</summary>
    internal static bool ReadsAsVerb(List<ClaimToken> tokens, int index)
    {
        var token = tokens[index];
        if (!token.IsWord)
        {
            return false;
        }

        var word = token.Lower;
        if (IsPresentVerbBeforeObject(tokens, index))
        {
            return true; // "this implies the growth of 28%", "the figure means a rise of 5%"
        }

        var previous = index > 0 && tokens[index - 1].IsWord ? tokens[index - 1].Lower : null;
        var afterDeterminer = previous is not null && tokens[index - 1].IsIn(WordClasses.OpensNounPhrase);
        if (afterDeterminer || (index > 0 && tokens[index - 1].Kind == ClaimTokenKind.Possessive))
        {
            return false; // "the increased tariff", "its cut", "Pakistan's rise"
        }

        if (previous == "of")
        {
            return false; // "the annual rate of increase", "the number of cuts": the object of "of" is a noun
        }

        if (index > 1 && tokens[index - 1].IsWord && tokens[index - 1].IsIn(WordClasses.GenericModifier) && !tokens[index - 1].IsIn(WordClasses.FigureNoun | WordClasses.PlaceholderNoun)
            && tokens[index - 2].IsWord && OpensNounPhrase(tokens[index - 2]))
        {
            return false; // "the new levy", "a further cut"
        }

        if (index > 1 && tokens[index - 1].IsWord && NounPhrases.IsLyAdverb(tokens[index - 1].Lower) && tokens[index - 2].IsWord
            && OpensNounPhrase(tokens[index - 2]))
        {
            return false; // "a seasonally adjusted 0.5%", "its newly appointed chief"
        }

        if (index > 1 && tokens[index - 1].Kind == ClaimTokenKind.Figure && tokens[index - 2].IsWord
            && OpensNounPhrase(tokens[index - 2]))
        {
            return false; // "a 15% levy", "a 42% rise"
        }

        if (index > 0 && tokens[index - 1].Kind == ClaimTokenKind.Figure && (token.IsIn(WordClasses.NounToo) || !word.EndsWith("ed", StringComparison.Ordinal)))
        {
            return false; // "46 states", "$5bn deal"
        }

        if (word.Length >= 5 && word.EndsWith("ing", StringComparison.Ordinal) && index + 1 < tokens.Count && !token.IsCapitalized
            && (tokens[index + 1].Kind == ClaimTokenKind.Figure || (tokens[index + 1].IsWord && OpensNounPhrase(tokens[index + 1]))))
        {
            return true; // "valuing the company", "raising its stake", "adding $1.89"
        }

        if (token.IsIn(WordClasses.NounToo) && index + 1 < tokens.Count && (IsVerbForm(tokens, index + 1) || tokens[index + 1].Is("of")))
        {
            return false; // "a 2022 report revealed", "costs rose", "market value of": a noun
        }

        if (token.IsIn(WordClasses.Auxiliary | WordClasses.ReportingVerb | WordClasses.LevelVerb))
        {
            return !token.IsCapitalized || index == 0;
        }

        if (token.IsIn(WordClasses.ChangeVerb))
        {
            // "up"/"down" are adverbs of change, not a clause's verb; nouns like "rise" after an adjective are caught above.
            return word is not ("up" or "down" or "higher" or "lower") && (!token.IsCapitalized || index == 0);
        }

        // "State-owned", "Paris-based": a compound adjective, not a verb.
        if (word.Length >= 4 && word.EndsWith("ed", StringComparison.Ordinal) && !token.IsIn(WordClasses.NotVerbEndingInEd) && !word.Contains('-', StringComparison.Ordinal))
        {
            return !token.IsCapitalized || index == 0;
        }

        // "is projecting", "were expecting": a present participle after an auxiliary.
        return word.Length >= 5 && word.EndsWith("ing", StringComparison.Ordinal) && previous is not null && tokens[index - 1].IsIn(WordClasses.Auxiliary) && !token.IsCapitalized;
    }

    public static readonly FrozenSet<string> NounsToo = EnglishWordClasses.NounsToo;

    // A lower-case word in -s right before "the", "a" or a possessive pronoun that opens a noun phrase is a verb in the
    // present with its object ("implies the", "means a", "puts its"): a noun is not followed by an article. Not a noun of
    // figures ("profits the year before") nor a noun before a period ("sales the next year"), nor "-ss", "-us" or "-is".
    private static bool IsPresentVerbBeforeObject(List<ClaimToken> tokens, int index)
    {
        var token = tokens[index];
        var word = token.Lower;
        if (token.IsCapitalized || word.Length < 4 || word[^1] != 's' || word.EndsWith("ss", StringComparison.Ordinal)
            || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal) || index + 2 >= tokens.Count
            || !tokens[index + 1].IsWord || !(tokens[index + 1].Lower is "the" or "a" or "an" || PossessivePronouns.Contains(tokens[index + 1].Lower))
            || token.IsIn(WordClasses.FigureNoun) || !word.All(char.IsAsciiLetterLower))
        {
            return false;
        }

        return !(tokens[index + 2].IsWord && EnglishWordClasses.DurationNouns.Contains(tokens[index + 2].Lower));
    }

    /// <summary>
    /// The token before the figure at <paramref name="figure"/>, past at most two adverbs that only stress it ("slid to just
    /// 20m euros", "up only 2%"), and not before <paramref name="min"/>.
    /// </summary>
    public static int BeforeFocusAdverbs(List<ClaimToken> tokens, int figure, int min)
    {
        var k = figure - 1;
        while (k > min && k >= figure - 2 && tokens[k].IsWord && EnglishWordClasses.FocusAdverbs.Contains(tokens[k].Lower))
        {
            k--;
        }

        return k;
    }

    private static bool IsVerbForm(List<ClaimToken> tokens, int index)
    {
        var token = tokens[index];
        if (!token.IsWord || token.IsCapitalized)
        {
            return false;
        }

        var word = token.Lower;
        return token.IsIn(WordClasses.Auxiliary) || (token.IsIn(WordClasses.ReportingVerb | WordClasses.LevelVerb) && !token.IsIn(WordClasses.NounToo))
            || (token.IsIn(WordClasses.ChangeVerb) && !token.IsIn(WordClasses.NounToo) && word is not ("up" or "down" or "higher" or "lower"))
            || (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !token.IsIn(WordClasses.NotVerbEndingInEd));
    }

    /// <summary>The canonical head for a subject key (see <see cref="SubjectKeys.Canonical"/>): "duties" → "duty" → "tariff".</summary>
    public static string CanonicalHead(string lower) => EnglishPack.Instance.SubjectKeys.Canonical(lower);

    public static bool IsFunctionWord(string lower) => FunctionWords.Contains(lower);

    /// <summary>Whether a token is a function word (<see cref="IsFunctionWord(string)"/>), read from its word classes.</summary>
    public static bool IsFunctionWord(ClaimToken token) => token.IsIn(WordClasses.Function);

    /// <summary>Whether a word opens a noun phrase as a determiner or a possessive pronoun ("the", "a", "its", "their").</summary>
    public static bool OpensNounPhrase(string lower) => Determiners.Contains(lower) || PossessivePronouns.Contains(lower);

    /// <summary>Whether a token opens a noun phrase (<see cref="OpensNounPhrase(string)"/>), read from its word classes.</summary>
    public static bool OpensNounPhrase(ClaimToken token) => token.IsIn(WordClasses.OpensNounPhrase);

    /// <summary>The word lists of <see cref="WordClasses"/> that <paramref name="lower"/> is in: read once for each word the tokenizer keeps.</summary>
    public static WordClasses ClassesOf(string lower) => ClassesByWord.GetValueOrDefault(lower);

    // The closed classes above and the coordinators in one set: the scanners ask it for almost every word, so one look-up
    // answers instead of seven.
    private static readonly FrozenSet<string> FunctionWords = Determiners.Concat(PossessivePronouns).Concat(Prepositions).Concat(Subordinators)
        .Concat(Auxiliaries).Concat(SubjectPronouns).Concat(ObjectPronouns).Concat(["and", "or", "nor"]).ToFrozenSet(StringComparer.Ordinal);

    // Every word of the lists of WordClasses with the classes it is in: one look-up answers for all the lists. Written after
    // FunctionWords, as static fields are set in the order they are written.
    private static readonly FrozenDictionary<string, WordClasses> ClassesByWord = ByWord(
        (Determiners, WordClasses.OpensNounPhrase),
        (PossessivePronouns, WordClasses.OpensNounPhrase),
        (FunctionWords, WordClasses.Function),
        (Auxiliaries, WordClasses.Auxiliary),
        (ReportingVerbs, WordClasses.ReportingVerb),
        (LevelVerbs, WordClasses.LevelVerb),
        (UpVerbs, WordClasses.ChangeVerb),
        (DownVerbs, WordClasses.ChangeVerb),
        (NounsToo, WordClasses.NounToo),
        (GenericModifiers, WordClasses.GenericModifier),
        (FigureNouns, WordClasses.FigureNoun),
        (EnglishWordClasses.PlaceholderNouns, WordClasses.PlaceholderNoun),
        (NotVerbsEndingInEd, WordClasses.NotVerbEndingInEd),
        (EnglishWordClasses.ClauseBreakWords, WordClasses.ClauseBreak),
        (EnglishWordClasses.ClauseBreakAfterComma, WordClasses.ClauseBreakAfterComma),
        (EnglishWordClasses.PersonTitles, WordClasses.PersonTitle),
        (Adverbs, WordClasses.Adverb),
        (Prepositions, WordClasses.Preposition));

    private static FrozenDictionary<string, WordClasses> ByWord(params (FrozenSet<string> Words, WordClasses Class)[] lists)
    {
        var byWord = new Dictionary<string, WordClasses>(StringComparer.Ordinal);
        foreach (var (words, wordClass) in lists)
        {
            foreach (var word in words)
            {
                byWord[word] = byWord.GetValueOrDefault(word) | wordClass;
            }
        }

        return byWord.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
