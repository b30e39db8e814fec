namespace FactCheck.Languages.English;

/// <summary>
/// The English wording of time and modality that the claims stage reads over a sentence or a clause, word by word
/// (<see cref="WordRuns"/>): it runs once for every sentence with a claim, so it allocates nothing and needs no expression.
/// </summary>
internal sealed partial class EnglishNewsLexicon
{
    private static readonly WordSet FutureWords = WordRuns.Lookup(EnglishWordClasses.FutureWords);
    private static readonly WordsByInitial FutureStems = new(EnglishWordClasses.FutureStems);
    private static readonly WordsByInitial FuturePhrases = new(EnglishWordClasses.FuturePhrases);
    private static readonly WordSet CauseAfterDueTo = WordRuns.Lookup(EnglishWordClasses.CauseAfterDueTo);
    private static readonly WordSet PlanWords = WordRuns.Lookup(EnglishWordClasses.PlanWords);
    private static readonly WordsByInitial PlanStems = new(EnglishWordClasses.PlanStems);
    private static readonly WordsByInitial PlanStemsBeforeTo = new(EnglishWordClasses.PlanStemsBeforeTo);
    private static readonly WordsByInitial PlanPhrases = new(EnglishWordClasses.PlanPhrases);
    private static readonly WordSet ContrastWords = WordRuns.Lookup(EnglishWordClasses.ContrastWords);
    private static readonly WordsByInitial ContrastPhrases = new(EnglishWordClasses.ContrastPhrases);
    private static readonly WordSet HedgingComparatives = WordRuns.Lookup(EnglishWordClasses.HedgingComparatives);
    private static readonly string[] CurrencyCodesBeforeSign = [.. EnglishWordClasses.CurrencyCodesBeforeSign];
    private static readonly WordSet ReferenceDeterminers = WordRuns.Lookup(EnglishWordClasses.ReferenceDeterminers);
    private static readonly WordSet ReferenceQuantities = WordRuns.Lookup(EnglishWordClasses.ReferenceQuantities);
    private static readonly WordsByInitial ReferencePhrases = new(EnglishWordClasses.ReferencePhrases);
    private static readonly WordSet NonNegativeRates = WordRuns.Lookup(EnglishWordClasses.NonNegativeRates);
    private static readonly WordSet PastVerbWords = WordRuns.Lookup(PastVerbs.Split('|'));
    private static readonly WordSet ClauseBreakWords = WordRuns.Lookup(EnglishWordClasses.ClauseBreakWords);
    private static readonly WordSet ClauseBreakAfterComma = WordRuns.Lookup(EnglishWordClasses.ClauseBreakAfterComma);
    private static readonly WordSet RelativeClauseOpeners = WordRuns.Lookup(EnglishWordClasses.RelativeClauseOpeners);
    private static readonly WordSet TenseClauseOpeners = WordRuns.Lookup(EnglishWordClasses.TenseClauseOpeners);
    private static readonly WordSet AuxiliaryWords = WordRuns.Lookup(EnglishWordClasses.Auxiliaries);

    // "due" looks ahead ("due to open in March") unless a cause follows "due to" (CauseAfterDueTo).
    private const string Due = "due";

    // What a run must look like to be read by each scanner below: most runs of a sentence are none of its words.
    private static readonly WordGate FutureGate = new(
        [.. EnglishWordClasses.FutureWords, Due, EnglishWordClasses.WillContraction], EnglishWordClasses.FutureStems, EnglishWordClasses.FuturePhrases);
    private static readonly WordGate PlanGate = new(
        EnglishWordClasses.PlanWords, [.. EnglishWordClasses.PlanStems, .. EnglishWordClasses.PlanStemsBeforeTo], EnglishWordClasses.PlanPhrases);
    private static readonly WordGate ContrastGate = new(
        [.. EnglishWordClasses.ContrastWords, EnglishWordClasses.ContrastBeforeYear, EnglishWordClasses.HedgedThan], phrases: EnglishWordClasses.ContrastPhrases);
    private static readonly WordGate NonNegativeRateGate = new(EnglishWordClasses.NonNegativeRates);

    /// <inheritdoc/>
    /// <remarks>
    /// "will", "expects", "forecast", "if", "next", "is due to", "it'll". "due to" before a noun phrase gives a cause ("fell
    /// 11%, mainly due to the weak dollar").
    /// </remarks>
    public override bool SpeaksOfFuture(ReadOnlySpan<char> text)
    {
        var from = 0;
        while (WordRuns.Next(text, from, out var start, out var end))
        {
            from = end;
            if (IsFutureRun(text, start, end))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the run from start to end speaks of the future, read with the words around it.
    private static bool IsFutureRun(ReadOnlySpan<char> text, int start, int end)
    {
        var word = text[start..end];
        return FutureGate.MayMatch(word)
            && (FutureWords.Contains(word) || WordRuns.StartsWithAny(word, FutureStems.MayStart(word[0])) || WordRuns.MatchesAnyPhrase(text, start, FuturePhrases.MayStart(word[0]))
                || (WordRuns.Is(word, Due) && !DueToCause(text, end))
                || (WordRuns.Is(word, EnglishWordClasses.WillContraction) && start > 0 && text[start - 1] is '\'' or '\u2019'));
    }

    /// <inheritdoc/>
    public override bool SpeaksOfPast(ReadOnlySpan<char> text)
    {
        var from = 0;
        while (WordRuns.Next(text, from, out var start, out var end))
        {
            from = end;
            if (PastVerbWords.Contains(text[start..end]))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The breaks of the claims stage's clauses (<c>SentenceView</c>), where ", with" opens none ("rose 5%, with sales up
    /// 3%"), and the words that open a clause with a tense of its own. A relative clause after a comma ends at the next comma
    /// or break ("The tax, which was announced in February, will take effect in June").
    /// </remarks>
    public override void ClauseStarts(ReadOnlySpan<char> sentence, List<int> starts)
    {
        var from = 0;
        var previousEnd = 0;
        var clauseStart = 0;
        var relative = false;
        while (WordRuns.Next(sentence, from, out var start, out var end))
        {
            from = end;
            var gap = sentence[previousEnd..start];
            previousEnd = end;
            var word = sentence[start..end];
            var breaks = false;
            // A dash breaks only with space around it: "2004-05" and "2004\u201305" are one figure.
            if (gap.Contains(';') || (gap.IndexOfAny('-', '\u2013', '\u2014') >= 0 && gap.IndexOf(' ') >= 0))
            {
                breaks = true;
                relative = false;
            }
            else if (gap.Contains(','))
            {
                breaks = relative;
                relative = false;
                if (ClauseBreakAfterComma.Contains(word) && !WordRuns.Is(word, "with"))
                {
                    breaks = true;
                    relative = RelativeClauseOpeners.Contains(word);
                }
            }

            breaks |= start > 0 && (ClauseBreakWords.Contains(word) || TenseClauseOpeners.Contains(word) || OpensVerbPhrase(sentence, word, end));
            if (breaks && start > clauseStart)
            {
                starts.Add(start);
                clauseStart = start;
            }
        }
    }

    // "rose 4% in 2024 and will grow 6% in 2025": "and" or "or" before an auxiliary joins a verb phrase with a tense of its own.
    private static bool OpensVerbPhrase(ReadOnlySpan<char> sentence, ReadOnlySpan<char> word, int end) =>
        (WordRuns.Is(word, "and") || WordRuns.Is(word, "or"))
        && WordRuns.NextAfterSpace(sentence, end, out var nextStart, out var nextEnd) && AuxiliaryWords.Contains(sentence[nextStart..nextEnd]);

    // "due to the weak dollar": a cause.
    private static bool DueToCause(ReadOnlySpan<char> text, int dueEnd) =>
        WordRuns.NextAfterSpace(text, dueEnd, out var toStart, out var toEnd) && WordRuns.Is(text[toStart..toEnd], "to")
        && WordRuns.NextAfterSpace(text, toEnd, out var causeStart, out var causeEnd) && CauseAfterDueTo.Contains(text[causeStart..causeEnd]);

    /// <inheritdoc/>
    /// <remarks>"plans", "aims", "targets", "proposed", "pledged", "deadline", "wants to", "looking to".</remarks>
    public override bool SpeaksOfPlan(ReadOnlySpan<char> text)
    {
        var from = 0;
        while (WordRuns.Next(text, from, out var start, out var end))
        {
            from = end;
            if (IsPlanRun(text, start, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override (bool Plan, bool Future) PlanOrFuture(ReadOnlySpan<char> sentence)
    {
        var future = false;
        var from = 0;
        while (WordRuns.Next(sentence, from, out var start, out var end))
        {
            from = end;
            if (IsPlanRun(sentence, start, end))
            {
                return (true, false);
            }

            future = future || IsFutureRun(sentence, start, end);
        }

        return (false, future);
    }

    // Whether the run from start to end names a plan, read with the words around it.
    private static bool IsPlanRun(ReadOnlySpan<char> text, int start, int end)
    {
        var word = text[start..end];
        return PlanGate.MayMatch(word)
            && (PlanWords.Contains(word) || WordRuns.StartsWithAny(word, PlanStems.MayStart(word[0])) || WordRuns.MatchesAnyPhrase(text, start, PlanPhrases.MayStart(word[0]))
                || (WordRuns.StartsWithAny(word, PlanStemsBeforeTo.MayStart(word[0])) && WordRuns.NextAfterSpace(text, end, out var toStart, out var toEnd) && WordRuns.Is(text[toStart..toEnd], "to")));
    }

    /// <inheritdoc/>
    /// <remarks>
    /// "compared with", "against", "previous", "forecast", "a year ago", "in 2019", "than"; the "than" of a hedge right before
    /// a figure ("more than 44%", "less than $9m") sets it against nothing.
    /// </remarks>
    public override bool SetsAgainstAnother(ReadOnlySpan<char> text)
    {
        var from = 0;
        while (WordRuns.Next(text, from, out var start, out var end))
        {
            from = end;
            if (IsContrastRun(text, start, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override (bool SetsAgainstAnother, bool NamesShareOfReference, bool NamesNonNegativeRate) ClauseWording(ReadOnlySpan<char> clause)
    {
        bool against = false, share = false, rate = false;
        var from = 0;
        while (!(against && share && rate) && WordRuns.Next(clause, from, out var start, out var end))
        {
            from = end;
            against = against || IsContrastRun(clause, start, end);
            share = share || IsShareOfReferenceRun(clause, start, end);
            rate = rate || IsNonNegativeRateRun(clause[start..end]);
        }

        return (against, share, rate);
    }

    // Whether the run from start to end sets a figure against another, read with the words around it.
    private static bool IsContrastRun(ReadOnlySpan<char> text, int start, int end)
    {
        var word = text[start..end];
        if (!ContrastGate.MayMatch(word))
        {
            return false;
        }

        if (ContrastWords.Contains(word) || WordRuns.MatchesAnyPhrase(text, start, ContrastPhrases.MayStart(word[0]))
            || (WordRuns.Is(word, EnglishWordClasses.ContrastBeforeYear) && WordRuns.NextAfterSpace(text, end, out var yearStart, out var yearEnd) && IsYear(text[yearStart..yearEnd])))
        {
            return true;
        }

        return WordRuns.Is(word, EnglishWordClasses.HedgedThan)
            && !(WordRuns.PreviousBeforeSpace(text, start, out var hedgeStart, out var hedgeEnd) && HedgingComparatives.Contains(text[hedgeStart..hedgeEnd]) && FigureAfter(text, end));
    }

    private static bool IsYear(ReadOnlySpan<char> word) => word.Length == 4 && char.IsDigit(word[0]) && char.IsDigit(word[1]) && char.IsDigit(word[2]) && char.IsDigit(word[3]);

    // " 44%", " $9m", " US$5bn": white space, then a figure, with a currency code or sign before it.
    private static bool FigureAfter(ReadOnlySpan<char> text, int end)
    {
        var p = end;
        while (p < text.Length && char.IsWhiteSpace(text[p]))
        {
            p++;
        }

        if (p == end)
        {
            return false;
        }

        if (SignedDigitAt(text, p))
        {
            return true;
        }

        foreach (var code in CurrencyCodesBeforeSign)
        {
            if (text[p..].StartsWith(code, StringComparison.OrdinalIgnoreCase) && SignedDigitAt(text, p + code.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SignedDigitAt(ReadOnlySpan<char> text, int p) =>
        p < text.Length && (char.IsDigit(text[p])
            || (EnglishWordClasses.CurrencySignsBeforeFigure.Contains(text[p], StringComparison.Ordinal) && p + 1 < text.Length && char.IsDigit(text[p + 1])));

    /// <inheritdoc/>
    /// <remarks>"of GDP", "of its income", "of the annual target", "of pre-tax profits".</remarks>
    public override bool NamesShareOfReference(ReadOnlySpan<char> text)
    {
        var from = 0;
        while (WordRuns.Next(text, from, out var start, out var end))
        {
            from = end;
            if (IsShareOfReferenceRun(text, start, end))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the run from start to end is the "of" of a share of a reference quantity.
    private static bool IsShareOfReferenceRun(ReadOnlySpan<char> text, int start, int end)
    {
        if (!WordRuns.Is(text[start..end], EnglishWordClasses.ShareOf))
        {
            return false;
        }

        // The words after "of", white space between them: a determiner and two more words may come before the reference.
        Span<int> starts = stackalloc int[4];
        var count = 0;
        var wordEnd = end;
        while (count < starts.Length && WordRuns.NextAfterSpace(text, wordEnd, out var nextStart, out wordEnd))
        {
            starts[count++] = nextStart;
        }

        var reach = count > 0 && ReferenceDeterminers.Contains(Run(text, starts[0])) ? 4 : 3;
        for (var k = 0; k < Math.Min(count, reach); k++)
        {
            if (IsReference(text, starts[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReference(ReadOnlySpan<char> text, int start)
    {
        var word = Run(text, start);
        var end = start + word.Length;
        return ReferenceQuantities.Contains(word) || WordRuns.MatchesAnyPhrase(text, start, ReferencePhrases.MayStart(start < text.Length ? text[start] : '\0'))
            || (WordRuns.Is(word, EnglishWordClasses.ReferencePrefix) && end + 1 < text.Length && text[end] == '-' && WordRuns.IsWordChar(text[end + 1]));
    }

    private static ReadOnlySpan<char> Run(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && WordRuns.IsWordChar(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    /// <inheritdoc/>
    /// <remarks>"tariffs", "duty", "tax", "levies", "unemployment", "jobless".</remarks>
    public override bool NamesNonNegativeRate(ReadOnlySpan<char> text)
    {
        var from = 0;
        while (WordRuns.Next(text, from, out var start, out var end))
        {
            from = end;
            if (IsNonNegativeRateRun(text[start..end]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNonNegativeRateRun(ReadOnlySpan<char> word) => NonNegativeRateGate.MayMatch(word) && NonNegativeRates.Contains(word);
}
