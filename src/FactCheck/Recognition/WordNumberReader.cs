using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Languages.English;
using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>
/// Reads the plain number words of news text without the number model: "two", "seventeen", "twenty-five",
/// "three million", "nine hundred", and shares written as counts ("one in five", "two out of three"). Ordinals before a quarter ("the third quarter") are part of a date and give
/// no number, as with the model; so do ranks ("the fifth budget", "the third-largest bank", and "a third novel",
/// "a sixth straight session", which the model reads as fractions), plural scales
/// ("millions"), "multi-billion", "billion-dollar", "one-off", "one-way" and the pronoun "one" ("no one").
/// </summary>
/// <remarks>
/// A sentence is read here only when every number word in it is one of these forms; anything else ("a third",
/// "hundreds of", "two hundred and fifty", "one point five", "a dozen") makes <see cref="TryRead"/> return
/// <see langword="false"/>, and the caller gives the sentence to the model, which reads it whole.
/// </remarks>
internal static partial class WordNumberReader
{
    // The reader's expressions are compiled from the English number words, so its look-ups are English too.

    /// <summary>
    /// Adds the number words of <paramref name="chunk"/> to <paramref name="tokens"/> and returns
    /// <see langword="true"/>, or returns <see langword="false"/> (adding nothing) when the chunk holds a form
    /// only the model reads. Number words inside a number written with digits ("5 million") are left to
    /// <paramref name="tokens"/>, which already holds them.
    /// </summary>
    public static bool TryRead(LanguagePack language, string text, TextSpan chunk, List<NumberToken> tokens)
    {
        var found = new List<NumberToken>();
        var covered = chunk.Start;
        for (var match = NumberWord().Match(text, chunk.Start, chunk.Length); match.Success; match = match.NextMatch())
        {
            if (match.Index < covered)
            {
                continue;
            }

            var end = match.Index + match.Length;
            if (tokens.Exists(t => t.Start < end && match.Index < t.End))
            {
                continue; // "5 million": read with its digits.
            }

            if (CountRatio(language, text, chunk, match) is { } ratio)
            {
                if (ratio.Token is { } share)
                {
                    found.Add(share);
                }

                covered = ratio.End;
                continue;
            }

            if (Fraction(language, text, chunk, match) is { } fraction)
            {
                found.Add(fraction);
                covered = fraction.End;
                continue;
            }

            // Match from a start index (not a substring) so the look-behinds see the words before.
            var periods = PeriodCount().Match(text, match.Index);
            if (periods.Success && periods.Index == match.Index && periods.Index + periods.Length <= chunk.End)
            {
                covered = periods.Index + periods.Length;
                continue; // "the preceding three quarters": a stretch of time, no number (the model reads 0.75).
            }

            var phrase = Phrase().Match(text, match.Index);
            if (!phrase.Success || phrase.Index != match.Index || phrase.Index + phrase.Length > chunk.End)
            {
                return false;
            }

            covered = phrase.Index + phrase.Length;
            if (phrase.Groups["ordinal"].Success)
            {
                continue; // "the third quarter": a date, no number.
            }

            if (phrase.Value.Equals("one", StringComparison.OrdinalIgnoreCase)
                && PronounOneBefore().IsMatch(text.AsSpan(Math.Max(chunk.Start, phrase.Index - 24), phrase.Index - Math.Max(chunk.Start, phrase.Index - 24))))
            {
                continue; // "no one", "the one he played": a pronoun, no number.
            }

            if (!Plain(text, phrase, chunk))
            {
                return false;
            }

            var value = (decimal)ValueOf(language, phrase.Groups["tens"].Value, phrase.Groups["unit"].Value);
            var scale = phrase.Groups["scale"].Success ? ScaleOf(language, phrase.Groups["scale"].Value) : 1m;
            found.Add(new NumberToken(phrase.Index, covered, value * scale, scale, 0, scale, InWords: true));
        }

        tokens.AddRange(found);
        return true;
    }

    // A fraction of a whole, read as the model reads it (a value to 15 decimal places, exact): "two-thirds of",
    // "three quarters of", "a quarter of", "an eighth of", "half a trillion". Without "of" ("a third overnight", "in
    // three quarters") the words may be a share, a rank or a stretch of time, and the model gets the sentence, unless a
    // word of a series follows ("a third straight year", "a sixth term": a rank, no number; see Phrase).
    private static NumberToken? Fraction(LanguagePack language, string text, TextSpan chunk, Match word)
    {
        var spelled = SpelledFraction().Match(text, word.Index);
        if (spelled.Success && spelled.Index == word.Index && spelled.Index + spelled.Length <= chunk.End)
        {
            if (spelled.Groups["half"].Success)
            {
                var scale = language.News.ScaleOf(spelled.Groups["scale"].Value);
                return new NumberToken(spelled.Index, spelled.Index + spelled.Length, scale / 2m, 0m, 0, 1m, InWords: true);
            }

            var numerator = language.Numbers.UnitOf(spelled.Groups["num"].Value);
            return new NumberToken(spelled.Index, spelled.Index + spelled.Length, Ratio(numerator, spelled.Groups["den"].Value), 0m, 0, 1m, InWords: true);
        }

        var by = ByFraction().Match(text, word.Index);
        if (by.Success && by.Index == word.Index && by.Index + by.Length <= chunk.End && AfterBy(language, text, chunk, word.Index))
        {
            // "fell by a third", "rose by a quarter over the year": the share of a change, as the model reads it.
            var byArticle = ArticleBefore().Match(text, Math.Max(chunk.Start, word.Index - 3), word.Index - Math.Max(chunk.Start, word.Index - 3));
            return new NumberToken(byArticle.Index, by.Index + by.Length, Ratio(1, by.Groups["den"].Value), 0m, 0, 1m, InWords: true);
        }

        var point = QuarterBeforePoint().Match(text, word.Index);
        if (point.Success && point.Index == word.Index && point.Index + point.Length <= chunk.End)
        {
            // "a quarter point rise", "a quarter-point cut", "by a quarter percentage point": the model reads "a quarter", 0.25.
            var pointArticle = ArticleBefore().Match(text, Math.Max(chunk.Start, word.Index - 3), word.Index - Math.Max(chunk.Start, word.Index - 3));
            return new NumberToken(pointArticle.Index, point.Index + point.Length, Ratio(1, "quarter"), 0m, 0, 1m, InWords: true);
        }

        var half = HalfOfAWhole().Match(text, word.Index);
        if (half.Success && half.Index == word.Index && half.Index + half.Length <= chunk.End)
        {
            // "half of all graduates", "nearly half the workforce": a share of a whole, 0.5 as the model reads it.
            return new NumberToken(half.Index, half.Index + half.Length, 0.5m, 0m, 0, 1m, InWords: true);
        }

        var single = SingleFraction().Match(text, word.Index);
        if (!single.Success || single.Index != word.Index || single.Index + single.Length > chunk.End)
        {
            return null;
        }

        var articleStart = Math.Max(chunk.Start, word.Index - 3);
        var article = ArticleBefore().Match(text, articleStart, word.Index - articleStart);
        return article.Success
            ? new NumberToken(article.Index, single.Index + single.Length, Ratio(1, single.Groups["den"].Value), 0m, 0, 1m, InWords: true)
            : null;
    }

    // "one in five", "two out of three", "one in twenty-five": a share, read as the model reads it (0.2, 0.666666666666667:
    // the quotient to 15 significant digits). Before digits ("one in 13", "seven out of 10") the model's reading is
    // dropped for its digits, which are read as a number, so the words give none (End says how far they reach). A
    // numerator not below the denominator ("five in one"), a number word before it, a period after it ("one in five
    // years") or a scale ("one in five million") is left to the model.
    private static (NumberToken? Token, int End)? CountRatio(LanguagePack language, string text, TextSpan chunk, Match word)
    {
        var ratio = CountRatioForm().Match(text, word.Index);
        if (!ratio.Success || ratio.Index != word.Index || ratio.Index + ratio.Length > chunk.End)
        {
            return null;
        }

        var beforeStart = Math.Max(chunk.Start, word.Index - 24);
        var before = text.AsSpan(beforeStart, word.Index - beforeStart);
        if (NotPlainBefore().IsMatch(before) || (ratio.Groups["num"].Value.Equals("one", StringComparison.OrdinalIgnoreCase) && PronounOneBefore().IsMatch(before)))
        {
            return null;
        }

        var numerator = language.Numbers.UnitOf(ratio.Groups["num"].Value);
        var digits = ratio.Groups["digits"];
        var denominator = digits.Success
            ? int.Parse(digits.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)
            : ValueOf(language, ratio.Groups["tens"].Value, ratio.Groups["unit"].Value);
        if (numerator < 1 || numerator >= denominator)
        {
            return null;
        }

        if (digits.Success)
        {
            return (null, digits.Index);
        }

        var quotient = ((double)numerator / denominator).ToString("G15", CultureInfo.InvariantCulture);
        var value = decimal.Parse(quotient, NumberStyles.Float, CultureInfo.InvariantCulture);
        var end = ratio.Index + ratio.Length;
        return (new NumberToken(ratio.Index, end, value, 0m, 0, 1m, InWords: true), end);
    }

    // "by a third", or with a hedge between: "by nearly a quarter", "by more than a third".
    private static bool AfterBy(LanguagePack language, string text, TextSpan chunk, int word)
    {
        var article = Math.Max(chunk.Start, word - 2);
        while (article > chunk.Start && text[article - 1] != ' ')
        {
            article--;
        }

        var hedge = language.News.QualifierEndingAt(text, chunk.Start, word);
        var before = hedge.Success && hedge.Groups["q"].Success ? hedge.Index : article;
        var by = text.AsSpan(chunk.Start, before - chunk.Start);
        return by.EndsWith("by ", StringComparison.OrdinalIgnoreCase) && (by.Length == 3 || !char.IsLetter(by[^4]));
    }

    private static decimal Ratio(int numerator, string denominator)
    {
        var lower = denominator.ToLowerInvariant();
        decimal parts = lower switch
        {
            "half" or "halves" => 2,
            _ when lower.StartsWith("third", StringComparison.Ordinal) => 3,
            _ when lower.StartsWith("quarter", StringComparison.Ordinal) => 4,
            _ when lower.StartsWith("fifth", StringComparison.Ordinal) => 5,
            _ when lower.StartsWith("sixth", StringComparison.Ordinal) => 6,
            _ when lower.StartsWith("seventh", StringComparison.Ordinal) => 7,
            _ when lower.StartsWith("eighth", StringComparison.Ordinal) => 8,
            _ when lower.StartsWith("ninth", StringComparison.Ordinal) => 9,
            _ => 10,
        };
        return Math.Round(numerator / parts, 15);
    }

    // What the model reads differently or together with the phrase: "a three", "two and a half", "one point
    // five", "twenty one" after another number word, "one-third", "one of a kind" stays plain.
    private static bool Plain(string text, Match phrase, TextSpan chunk)
    {
        var end = phrase.Index + phrase.Length;
        var after = text.AsSpan(end, Math.Min(chunk.End, end + 24) - end);
        if (NotPlainAfter().IsMatch(after))
        {
            return false;
        }

        var beforeStart = Math.Max(chunk.Start, phrase.Index - 24);
        var before = text.AsSpan(beforeStart, phrase.Index - beforeStart);
        return !NotPlainBefore().IsMatch(before);
    }

    private static int ValueOf(LanguagePack language, string tens, string unit)
    {
        var value = tens.Length > 0 ? language.Numbers.TensOf(tens) : 0;
        return unit.Length > 0 ? value + language.Numbers.UnitOf(unit) : value;
    }

    private static decimal ScaleOf(LanguagePack language, string scale)
        => scale.Equals("hundred", StringComparison.OrdinalIgnoreCase) ? 100m : language.News.ScaleOf(scale);

    /// <summary>Every word the number model may read as a number or fraction, as in <see cref="NewsLexicon.NumberWordCue"/>.</summary>
    [GeneratedRegex(
        $$"""
        \b(?i:{{EnglishNumberWords.CountingWords}}
            |thirds?|quarters?|fifths?|tenths?|sixths?|sevenths?|eighths?|ninths?|twelfths?|twentieths?|hundredths?|thousandths?|millionths?
            |half|halves|couple|pair)\b
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex NumberWord();

    /// <summary>The forms read here, anchored at a number word.</summary>
    [GeneratedRegex(
        $$"""
        \G(?i:
            (?<ordinal>(?:first|second|third|fourth)[\ -]quarter)(?!s)
          | (?<=\b(?:first|second|fourth)[\ -])(?<ordinal>quarter)(?!s)
          | (?<=\b(?:the|this|last|next|previous|preceding|same|latest|current|each|every|per|consecutive|successive|straight|final|recent|some|its|their|in)\ )(?<ordinal>quarters?)
          | (?<=\b(?:the|this|its|their|his|her)\ )(?<ordinal>third|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|twentieth)(?!\ of\b)
          | (?<ordinal>hundreds|thousands|millions|billions|dozens)
          | (?<ordinal>third|fifth|sixth|seventh|eighth|ninth|tenth)(?=[\ -]\p{L}+est\b)
          | (?<=\bmulti-)(?<ordinal>million|billion|trillion)
          | (?<!\b(?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a)[\ -])(?<ordinal>million|billion|trillion)(?=-(?:dollar|pound|euro)\b)
          | (?<!\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|per)[\ -])(?<ordinal>third|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|twentieth)(?!\ of\b)
          | (?<=\b(?:a|an)\ )(?<ordinal>third|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|twentieth)(?=\ (?:{{EnglishNumberWords.SeriesAfterOrdinal}})\b)
          | (?<!\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|per)[\ -])(?<ordinal>quarter)(?=\ of\ (?:(?:this|last|next|that)\ year|(?:19|20)[0-9]{2})\b)
          | (?<!\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|per)[\ -])(?<ordinal>quarters?)(?!\ of\b)
          | (?<ordinal>one)(?=-(?:off|way)\b)
          | (?<!\b(?:a|an|and|one|two|three|four|five|six|seven|eight|nine|ten)[\ -])(?<ordinal>half)(?![\ -](?:(?:a|an)\ )?(?:dozen|hundred|thousand|million|billion|trillion|score|point|per\ ?cent|percent|percentage)\b)
          | (?:(?<tens>{{EnglishNumberWords.TensWords}})(?:-(?<unit>{{EnglishNumberWords.DigitWords}}))?
              |(?<unit>{{EnglishNumberWords.UnitWords}}))
            (?:\ (?<scale>{{EnglishNumberWords.ScaleWords}}))?
        )\b
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex Phrase();

    [GeneratedRegex(
        $$"""
        \G(?i:
            (?<num>{{EnglishNumberWords.DigitWords}})[\ -](?<den>halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?=\ of\b)
          | (?<half>half)\ a\ (?<scale>million|billion|trillion)
        )\b
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex SpelledFraction();

    // "half" before "of" or a determiner of a whole ("half of the money", "half the workforce", "half its staff"), unless
    // an ordinal or article before it makes it a part of a period ("the first half of", "the other half") or a
    // period follows ("half of the year", "half the time", "half of 2004"), which is a stretch of time.
    [GeneratedRegex(
        $$"""
        \G(?<!\b(?i:the|a|an|first|second|1st|2nd|latter|former|other|final|last|next|each|every|one|and|this|that|back|front|top|bottom|upper|lower)[\ -])
        (?i:half)(?=\ (?i:{{EnglishNumberWords.HalfWholeOpeners}})\b)
        (?!\ (?i:of\ )?(?:(?i:the|this|last|next|that|a|its|their)\ )?(?:(?i:{{EnglishCalendarWords.PeriodNouns}})\b|(?:1[0-9]|20)[0-9]{2}\b))
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex HalfOfAWhole();

    [GeneratedRegex(
        $$"""
        \G(?i:(?<num>{{EnglishNumberWords.UnitWords}})\ (?:in|out\ of)\ (?:(?<tens>{{EnglishNumberWords.TensWords}})(?:-(?<unit>{{EnglishNumberWords.DigitWords}}))?|(?<unit>{{EnglishNumberWords.UnitWords}})|(?<digits>[1-9][0-9]{0,2})))
        (?![\p{L}\p{N}]|[.,][0-9]|\ ?%|-\p{L}|\ (?i:{{EnglishNumberWords.ScaleWords}}|point|and|per\ ?cent|percent|{{EnglishCalendarWords.PeriodNouns}})\b)
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex CountRatioForm();

    [GeneratedRegex(
        @"\G(?i:(?<den>half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth))\b(?=\ of\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        NewsLexicon.MatchTimeout)]
    private static partial Regex SingleFraction();

    // "by a third" and "by a quarter" (the "by" is checked apart, with any hedge: "by nearly a quarter") before the end of the clause or a word that starts another part of it ("over the
    // past five years", "since 2020"); "by a third party" and "by a quarter point" are left to the model.
    [GeneratedRegex(
        """
        \G(?<=\b(?i:a|an)\ )(?i:(?<den>third|quarter|fifth|tenth))\b
        (?=\ ?[.,;:)]|\ ?$|\ (?i:over|in|since|from|to|on|at|after|before|during|between|and|or|but|last|this|while|when|as|than|compared|year-on-year)\b)
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex ByFraction();

    [GeneratedRegex(
        @"\G(?<=\b(?i:a)\ )(?i:quarter)(?=[\ -](?i:percentage[\ -])?(?i:point)\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        NewsLexicon.MatchTimeout)]
    private static partial Regex QuarterBeforePoint();

    [GeneratedRegex(@"\b(?i:a|an)\ $", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, NewsLexicon.MatchTimeout)]
    private static partial Regex ArticleBefore();

    /// <summary>A count of quarters after a word that makes it a stretch of time: "the preceding three quarters".</summary>
    [GeneratedRegex(
        """
        \G(?<=\b(?i:preceding|previous|past|last|next|following|first|final|consecutive|straight|successive|subsequent|coming)\ )
        (?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\ (?i:quarters)\b
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace,
        NewsLexicon.MatchTimeout)]
    private static partial Regex PeriodCount();

    [GeneratedRegex(
        $$"""
        ^(?i:\ (?:in|out\ of)\ (?:\d|{{EnglishNumberWords.UnitWords}}|{{EnglishNumberWords.TensWords}}|a\ hundred)|-(?:and|off)\b|\ and\ (?:a|an|{{EnglishNumberWords.UnitWords}}|{{EnglishNumberWords.TensWords}}|hundred|\d)\b|\ (?:point|{{EnglishNumberWords.ScaleWords}}|dozen|half|halves|thirds?|quarters?|fifths?|tenths?|sixths?|eighths?)\b|\ (?:{{EnglishNumberWords.UnitWords}}|{{EnglishNumberWords.TensWords}})\b|-(?:thirds?|quarters?|fifths?|halves|half|tenths?|hundred|thousand|million|billion)\b|\ ?(?:/|\.\d|,\d))
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        NewsLexicon.MatchTimeout)]
    private static partial Regex NotPlainAfter();

    [GeneratedRegex(
        $$"""
        (?i:\b(?:{{EnglishNumberWords.UnitWords}}|{{EnglishNumberWords.TensWords}}|{{EnglishNumberWords.ScaleWords}}|point|minus|negative)[\ -]|\d[.,]?\ ?|-)$
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        NewsLexicon.MatchTimeout)]
    private static partial Regex NotPlainBefore();

    // "the one he played", "no one": the model reads no number in them.
    [GeneratedRegex(
        """
        (?i:\b(?:the|that|this|no|any|every|each|which|another|someone|anyone)[\ -])$
        """,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        NewsLexicon.MatchTimeout)]
    private static partial Regex PronounOneBefore();
}
