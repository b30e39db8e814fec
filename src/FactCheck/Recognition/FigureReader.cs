using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>
/// Turns the numbers of a sentence into figure mentions by reading what surrounds them: the currency sign or
/// code before ("$", "Rs", "USD "), the unit after ("%", "per cent", "pc", "percentage points", "basis points",
/// "dollars", "times", "-fold"), the hedge before ("nearly", "more than"), and ranges ("between 20 and 30%", "5-10%").
/// </summary>
internal static class FigureReader
{
    /// <summary>Reads the figures of one sentence.</summary>
    /// <param name="language">The language pack of the document, which gives the words read.</param>
    /// <param name="text">The document text.</param>
    /// <param name="sentence">The sentence.</param>
    /// <param name="tokens">The numbers of the sentence, in text order, not overlapping.</param>
    /// <param name="percentagesBefore">Whether a percentage was mentioned in the previous sentence (so "3 points" are percentage points).</param>
    /// <param name="currencies">What "Rs", "rupees" and "pesos" stand for in this document.</param>
    public static List<Figure> Read(LanguagePack language, string text, TextSpan sentence, IReadOnlyList<NumberToken> tokens, bool percentagesBefore, DocumentCurrencies currencies)
    {
        var figures = new List<Figure>(tokens.Count);
        var percentageSeen = percentagesBefore;
        var fractions = PointFractionReader.Read(language, text, sentence, percentagesBefore);
        foreach (var fraction in fractions)
        {
            ReadQualifier(language, text, sentence, fraction);
        }

        foreach (var token in tokens)
        {
            if (fractions.Exists(f => f.Start < token.End && token.Start < f.End))
            {
                continue; // "a quarter" of "a quarter of a point".
            }

            var figure = ReadOne(language, text, sentence, token, figures.Count > 0 ? figures[^1].End : sentence.Start, percentageSeen, currencies);
            if (figure is null)
            {
                continue;
            }

            percentageSeen |= figure.Kind is MentionKind.Percentage or MentionKind.PercentagePoints;
            if (figure.InCents && figures.FindLast(f => f.Kind == MentionKind.Money && !f.InCents) is { } amount && CentCurrencies.Contains(amount.Unit))
            {
                figure.Unit = amount.Unit;
                if (AddsCents(text, amount, figure))
                {
                    continue;
                }
            }

            if (figures.Count > 0 && SpokenCents(text, sentence, figures[^1], figure))
            {
                continue;
            }

            figures.Add(figure);
        }

        if (fractions.Count > 0)
        {
            figures.AddRange(fractions);
            figures.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        MergeRanges(language, text, figures);
        return figures;
    }

    // "fourteen dollars and twenty cents", "$14 and 20 cents", "3 dollars 50 cents", "10 $ 30 cents": the cents join the
    // whole amount just before them ("and" may be left out after the name or sign of the currency).
    private static bool AddsCents(string text, Figure amount, Figure cents)
    {
        if (amount.Scale != 1 || amount.Decimals != 0 || amount.RangeHigh is not null || cents.Value >= 1 || cents.Value < 0 || amount.End > cents.SpanStart)
        {
            return false;
        }

        var between = text.AsSpan(amount.End, cents.SpanStart - amount.End);
        var currencyLast = char.IsLetter(text[amount.End - 1]) || char.GetUnicodeCategory(text[amount.End - 1]) == UnicodeCategory.CurrencySymbol;
        if (!between.Equals(" and ", StringComparison.OrdinalIgnoreCase) && !(between is " " && currencyLast))
        {
            return false;
        }

        amount.Value += cents.Value;
        amount.Step = 0.01m;
        amount.Decimals = 2;
        amount.End = cents.End;
        return true;
    }

    // "it cost thirteen dollars forty five": a number in words from one to ninety-nine that ends the sentence right
    // after a whole amount named in dollars or euros is its cents, as a price is said aloud.
    private static bool SpokenCents(string text, TextSpan sentence, Figure amount, Figure number)
    {
        if (amount.Kind != MentionKind.Money || !CentCurrencies.Contains(amount.Unit) || !char.IsLetter(text[amount.End - 1])
            || number.Kind != MentionKind.Number || !number.InWords || number.Value is < 1 or > 99 || number.Value != decimal.Truncate(number.Value)
            || number.Qualifier != Qualifier.None || number.Start != amount.End + 1 || text[amount.End] != ' ')
        {
            return false;
        }

        var rest = text.AsSpan(number.End, sentence.End - number.End).Trim();
        if (rest.Length > 1 || (rest.Length == 1 && rest[0] is not ('.' or '!' or '?' or ';')))
        {
            return false;
        }

        return AddsCents(text, amount, new Figure { Kind = MentionKind.Money, Start = number.Start, End = number.End, Value = number.Value / 100 });
    }

    // "free" is where the text not yet read starts: a sign that ends the figure before ("10 $ 30") is not this one's.
    private static Figure? ReadOne(LanguagePack language, string text, TextSpan sentence, NumberToken token, int free, bool percentageSeen, DocumentCurrencies currencies)
    {
        var start = token.Start;
        var end = token.End;
        if (!token.InWords && InWebAddress(text, sentence, start, end))
        {
            return null; // "search?q=30%25": the digits of a web address, escapes and all, are no figures.
        }

        if (!token.InWords && InCharacterReference(text, start, end))
        {
            return null; // "communiqu&#233;": the number of a character written as markup is no figure.
        }

        var kind = MentionKind.Number;
        var unit = string.Empty;
        var value = token.Value;
        var step = token.Step;
        var inCents = false;
        var subUnit = false;

        // A currency sign or code written just before the number ("$7", "Rs1.2", "USD 200").
        var windowStart = Math.Max(sentence.Start, start - 8);
        var before = language.News.MayEndWithCurrency(text.AsSpan(windowStart, start - windowStart))
            ? language.News.CurrencyBefore().Match(text, windowStart, start - windowStart)
            : Match.Empty;
        if (before.Success && before.Index < free)
        {
            before = Match.Empty;
        }
        if (before.Success)
        {
            var code = language.News.CurrencyFromSign(before.Groups["cur"].Value, currencies.Rupee);
            if (code is not null)
            {
                kind = MentionKind.Money;
                unit = code;
                start = before.Index;
                if (before.Groups["minus"].Success)
                {
                    value = -value; // "-$41.3bn", "$-41.3bn".
                }
            }
        }
        else if (!token.InWords && start > sentence.Start && (char.IsLetter(text[start - 1]) || (text[start - 1] == '-' && start - 2 >= 0 && char.IsLetter(text[start - 2]))))
        {
            return null; // Part of a name or code: "G7", "COVID-19", "F-16".
        }
        else if (!token.InWords && start > sentence.Start && text[start - 1] is '-' or '\u2212'
            && (start - 1 == sentence.Start || char.IsWhiteSpace(text[start - 2]) || text[start - 2] == '('))
        {
            // "a growth rate of -0.1%": a minus sign written against the digits ("- 17%", spaced, is punctuation).
            start--;
            value = -value;
        }

        // Single-letter "b" is "billion" only in money ("$5b"); elsewhere it is part of a code ("5B").
        if (kind != MentionKind.Money && !token.InWords && token.Scale == 1_000_000_000m && text[end - 1] is 'b' or 'B')
        {
            return null;
        }

        // A percent sign, the commonest unit, is read without the expression.
        var percentSign = language.News.PercentSignAfter(text.AsSpan(end, sentence.End - end));
        var after = percentSign > 0 ? Match.Empty : language.News.UnitAfter().Match(text, end, sentence.End - end);
        if (percentSign > 0)
        {
            (kind, unit) = (MentionKind.Percentage, "%");
            end += percentSign;
        }
        else if (after.Success && after.Length > 0)
        {
            var groups = after.Groups;
            if (groups["pct"].Success)
            {
                (kind, unit) = (MentionKind.Percentage, "%");
            }
            else if (groups["pp"].Success)
            {
                (kind, unit) = (MentionKind.PercentagePoints, "pp");
            }
            else if (groups["bp"].Success)
            {
                (kind, unit, value, step) = (MentionKind.PercentagePoints, "pp", value / 100, step / 100);
            }
            else if (groups["pts"].Success)
            {
                // After a percentage, a small "3 points" is a change of the percentage; "11,740.60 points" is an index.
                if (percentageSeen && kind == MentionKind.Number && value <= 50 && token.Decimals <= 1)
                {
                    (kind, unit) = (MentionKind.PercentagePoints, "pp");
                }
                else
                {
                    after = Match.Empty;
                }
            }
            else if (groups["fold"].Success || groups["times"].Success)
            {
                (kind, unit) = kind == MentionKind.Number ? (MentionKind.Multiplier, "x") : (kind, unit);
                if (kind != MentionKind.Multiplier)
                {
                    after = Match.Empty;
                }
            }
            else if (groups["cents"].Success)
            {
                if (kind == MentionKind.Number && !PrecededByPer(text, token.Start))
                {
                    // The dollar or euro of the amount before it in the sentence ("A$1.20, up 5 cents"); see Read.
                    (kind, unit, value, step) = (MentionKind.Money, "USD", value / 100, step / 100);
                    inCents = true;
                    subUnit = true;
                }
                else
                {
                    after = Match.Empty;
                }
            }
            else if (groups["sub"].Success)
            {
                // "40 euro cents" are 0.40 euros, "30 US cents" 0.30 dollars.
                var subCurrency = groups["subcur"].Value;
                var code = subCurrency.Equals("euro", StringComparison.OrdinalIgnoreCase) ? "EUR" : language.News.CurrencyFromName(subCurrency + " dollars", currencies.Rupee);
                if (kind == MentionKind.Number && code is not null)
                {
                    (kind, unit, value, step) = (MentionKind.Money, code, value / 100, step / 100);
                    subUnit = true;
                }
                else
                {
                    after = Match.Empty;
                }
            }
            else if (groups["pence"].Success)
            {
                // "548p", "274.5 pence", "four pence": pence, in UK news ("four p" is no price).
                if (kind == MentionKind.Number && (!token.InWords || groups["pence"].Length > 1))
                {
                    (kind, unit, value, step) = (MentionKind.Money, "GBP", value / 100, step / 100);
                    subUnit = true;
                }
                else
                {
                    after = Match.Empty;
                }
            }
            else if (groups["sen"].Success || groups["paise"].Success)
            {
                // "12 sen" are hundredths of the ringgit, "50 paise" of the rupee.
                if (kind == MentionKind.Number)
                {
                    (kind, unit, value, step) = (MentionKind.Money, groups["sen"].Success ? "MYR" : currencies.Rupee, value / 100, step / 100);
                    subUnit = true;
                }
                else
                {
                    after = Match.Empty;
                }
            }
            else if (groups["sym"].Success && before.Success)
            {
                after = Match.Empty; // "$ 20,000.00 $ 37,305.97": the sign after the number opens the next amount.
            }
            else if (groups["iso"].Success || groups["sym"].Success || groups["name"].Success)
            {
                var code = groups["iso"].Success || groups["sym"].Success
                    ? language.News.CurrencyFromSign((groups["iso"].Success ? groups["iso"].Value : groups["sym"].Value).ToUpperInvariant(), currencies.Rupee)
                    : language.News.CurrencyFromName(groups["name"].Value, currencies.Rupee)
                        ?? (groups["name"].Value.StartsWith("peso", StringComparison.OrdinalIgnoreCase) ? currencies.Peso : null)
                        ?? (groups["name"].Value.StartsWith("franc", StringComparison.OrdinalIgnoreCase) ? currencies.Franc(token.Start) : null)
                        ?? currencies.SharedName(groups["name"].Value);
                if (code == "GBP" && groups["name"].Success && IsWeight(language, text, sentence, groups["name"].Value, currencies))
                {
                    code = null; // "dropping from 195 pounds to 181": a weight.
                }

                if (code is not null && (kind == MentionKind.Number || unit == code || (unit == "USD" && before.Value.Trim() == "$")))
                {
                    (kind, unit) = (MentionKind.Money, code);
                }
                else
                {
                    after = Match.Empty;
                }
            }

            if (after.Success)
            {
                end = after.Index + after.Length;
            }
        }

        var figure = new Figure
        {
            Kind = kind,
            Start = start,
            End = end,
            Value = value,
            Step = step,
            Decimals = token.Decimals,
            Unit = unit,
            Scale = token.Scale,
            InWords = token.InWords,
            InCents = inCents,
            InSubUnit = subUnit,
        };

        // A lone "one" is nearly always a pronoun ("one of the officials"); keep it only with a unit.
        if (kind == MentionKind.Number && token.InWords && value == 1 && token.End - token.Start <= 3)
        {
            return null;
        }

        ReadQualifier(language, text, sentence, figure);
        return figure;
    }

    /// <summary>
    /// Whether the text from <paramref name="start"/> to <paramref name="end"/> stands inside a web address: the run of
    /// text without spaces around it holds "://" or starts with "www.".
    /// </summary>
    internal static bool InWebAddress(string text, TextSpan sentence, int start, int end)
    {
        if ((start == sentence.Start || char.IsWhiteSpace(text[start - 1])) && (end == sentence.End || char.IsWhiteSpace(text[end]) || end + 1 >= sentence.End || char.IsWhiteSpace(text[end + 1])))
        {
            return false; // Set off by spaces, or followed by one sign or mark only: "5%", "$5,", "(2004)".
        }

        var first = start;
        while (first > sentence.Start && !char.IsWhiteSpace(text[first - 1]))
        {
            first--;
        }

        var last = end;
        while (last < sentence.End && !char.IsWhiteSpace(text[last]))
        {
            last++;
        }

        var run = text.AsSpan(first, last - first);
        return run.Contains("://", StringComparison.Ordinal) || run.TrimStart("(\"'").StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether the digits from <paramref name="start"/> to <paramref name="end"/> are the number of a numeric character
    /// reference of HTML or XML left in the text ("&amp;#233;" for "é", "&amp;#8217;" for "’"): "&amp;#" before them and ";" after.
    /// </summary>
    internal static bool InCharacterReference(string text, int start, int end) =>
        start >= 2 && text[start - 1] == '#' && text[start - 2] == '&' && end < text.Length && text[end] == ';';

    // "pounds" (the word, not "£" or "pounds sterling") is a weight when its sentence speaks of weight ("weighed",
    // "lost weight", "lbs"), or when the document writes its money in dollars and never in pounds sterling ("£",
    // "sterling", "pence"): an American text's "195 pounds" is a weight.
    private static bool IsWeight(LanguagePack language, string text, TextSpan sentence, string name, DocumentCurrencies currencies)
        => name.StartsWith("pound", StringComparison.OrdinalIgnoreCase) && !name.Contains("sterling", StringComparison.OrdinalIgnoreCase)
            && (language.News.WeightCue().IsMatch(text.AsSpan(sentence.Start, sentence.Length)) || currencies.DollarsWithoutSterling);

    // The currencies whose hundredths are cents: "5 cents" after "A$1.20" in a sentence are Australian cents.
    private static readonly HashSet<string> CentCurrencies = new(StringComparer.Ordinal) { "USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD", "EUR", "ZAR" };

    private static bool PrecededByPer(string text, int start)
        => start >= 4 && text.AsSpan(start - 4, 4).Equals("per ", StringComparison.OrdinalIgnoreCase);

    private static void ReadQualifier(LanguagePack language, string text, TextSpan sentence, Figure figure)
    {
        var windowStart = Math.Max(sentence.Start, figure.Start - 20);
        var match = language.News.QualifierEndingAt(text, windowStart, figure.Start);
        if (!match.Success)
        {
            return;
        }

        var qualifier = match.Groups["q"].Value.ToUpperInvariant() switch
        {
            "ABOUT" or "AROUND" or "SOME" or "ROUGHLY" or "APPROXIMATELY" or "AN ESTIMATED" or "ESTIMATED" => Qualifier.Approximately,
            "NEARLY" or "ALMOST" or "JUST UNDER" or "CLOSE TO" => Qualifier.Nearly,
            "MORE THAN" or "OVER" or "ABOVE" or "UPWARDS OF" or "IN EXCESS OF" or "JUST OVER" => Qualifier.MoreThan,
            "AT LEAST" or "NO FEWER THAN" or "NO LESS THAN" or "AS MANY AS" or "AS MUCH AS" => Qualifier.AtLeast,
            "LESS THAN" or "FEWER THAN" or "UNDER" or "BELOW" => Qualifier.LessThan,
            "UP TO" or "AT MOST" or "NO MORE THAN" => Qualifier.AtMost,
            _ => Qualifier.Between,
        };
        var before = Math.Max(sentence.Start, match.Index - 24);
        if (qualifier is Qualifier.MoreThan or Qualifier.LessThan && language.News.PercentJustBefore().IsMatch(text.AsSpan(before, match.Index - before)))
        {
            return; // "24.4% above $496.5bn": a comparison with the figure, not a hedge on it
        }

        if (match.Groups["prep"].Success && match.Groups["article"].Success && !figure.InWords)
        {
            return; // "fought over a US$10bn contract": the article belongs to the noun after the figure.
        }

        figure.Qualifier = qualifier;
        figure.QualifierStart = match.Index;
    }

    // "between 20 and 30%" and "5-10%" become one mention; "from 5 to 10%" keeps two but the first takes the unit.
    private static void MergeRanges(LanguagePack language, string text, List<Figure> figures)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            var low = figures[i];
            var high = i + 1 < figures.Count ? figures[i + 1] : null;
            var connector = high is null || high.SpanStart < low.End ? null : text[low.End..high.SpanStart];
            var isConnector = connector is not null && language.News.RangeConnector().IsMatch(connector);
            var between = low.Qualifier == Qualifier.Between;
            if (between && !(isConnector && connector!.Trim().Equals("and", StringComparison.OrdinalIgnoreCase)))
            {
                low.Qualifier = Qualifier.None;
                low.QualifierStart = null;
                continue;
            }

            if (!isConnector || high is null || high.Qualifier != Qualifier.None || connector!.Trim().Equals("and", StringComparison.OrdinalIgnoreCase) && !between)
            {
                continue;
            }

            var hyphen = connector!.Trim() is "-" or "–";
            if (hyphen && connector.Length > 1 && low.InWords != high.InWords)
            {
                continue; // "two thirds - 65% - of them": a spaced dash between words and digits is punctuation.
            }

            if (low.Kind == MentionKind.Number && high.Kind != MentionKind.Number)
            {
                Inherit(low, high);
            }
            else if (high.Kind == MentionKind.Number && low.Kind == MentionKind.Money && (between || hyphen))
            {
                Inherit(high, low);
            }

            if (low.Kind != high.Kind || low.Unit != high.Unit)
            {
                continue;
            }

            // "$5-7 billion" and "$12 to $15 billion": the scale written on the high end applies to the low end when
            // the two numbers are of a size ("from 2 to 15 million"), but not to a number written in full ("from
            // $650,000 to $2.4 million") nor to one far from the other ("from 800 to 1.2 million" is left as written).
            if (low.Scale == 1 && high.Scale > 1 && !low.InWords && SharesScale(text, low, high))
            {
                low.Value *= high.Scale;
                low.Step *= high.Scale;
                low.Scale = high.Scale;
            }

            if (!(between || hyphen || BareLowEnd(language, text, connector, low, high)) || low.Value > high.Value)
            {
                continue;
            }

            low.RangeHigh = high.Value;
            low.Decimals = Math.Max(low.Decimals, high.Decimals);
            low.End = high.End;
            low.Qualifier = Qualifier.Between;
            figures.RemoveAt(i + 1);
        }
    }

    // The bare end of a range takes the unit written on the other: "between 45 and 50 cents" are 45 cents too
    // (0.45, not 45 dollars), "from 2 to 3 per cent" 2 per cent.
    private static void Inherit(Figure bare, Figure written)
    {
        bare.Kind = written.Kind;
        bare.Unit = written.Unit;
        bare.UnitInherited = true;
        if (written.InSubUnit)
        {
            bare.Value /= 100;
            bare.Step /= 100;
            bare.InSubUnit = true;
        }
    }

    // "2 to 3 per cent", "33 to 35 billion euros": a low end that takes its unit from the high end names a range,
    // unless "from" stands before it ("rose from 2 to 3 per cent" is a change, kept as two figures) or the two are
    // not of one scale ("in 2003 to £2.89bn" is a year and an amount).
    private static bool BareLowEnd(LanguagePack language, string text, string connector, Figure low, Figure high)
        => low.UnitInherited && low.Scale == high.Scale && connector.Trim().Equals("to", StringComparison.OrdinalIgnoreCase)
            && !language.News.ChangeStartBefore().IsMatch(text.AsSpan(Math.Max(0, low.SpanStart - 12), Math.Min(12, low.SpanStart)));

    private static bool SharesScale(string text, Figure low, Figure high)
    {
        if (low.Value == 0 || text.AsSpan(low.Start, low.End - low.Start).Contains(','))
        {
            return false;
        }

        var ratio = low.Value / (high.Value / high.Scale);
        return ratio is >= 0.01m and <= 20m;
    }

    /// <summary>A figure being read; becomes a <see cref="Mention"/>.</summary>
    internal sealed class Figure
    {
        public MentionKind Kind { get; set; }

        public int Start { get; set; }

        public int End { get; set; }

        public int? QualifierStart { get; set; }

        public int SpanStart => QualifierStart ?? Start;

        public decimal Value { get; set; }

        public decimal? RangeHigh { get; set; }

        public decimal Step { get; set; }

        public int Decimals { get; set; }

        public decimal Scale { get; set; } = 1;

        public bool InWords { get; set; }

        /// <summary>Whether the figure was written in cents ("5 cents"), so its currency follows the amount before it.</summary>
        public bool InCents { get; set; }

        /// <summary>Whether the figure was written in hundredths of its currency ("5 cents", "12 sen", "4 pence", "50 paise").</summary>
        public bool InSubUnit { get; set; }

        public string Unit { get; set; } = string.Empty;

        public Qualifier Qualifier { get; set; }

        /// <summary>Whether the unit was taken from the other end of a range ("from 5 to 10%"), not written.</summary>
        public bool UnitInherited { get; set; }

        public Mention ToMention(string text)
        {
            var span = new TextSpan(SpanStart, End);
            if (RangeHigh is { } high)
            {
                var middle = (Value + high) / 2;
                return new Mention(Kind, span, span.Slice(text), Normalize(middle), Unit, Normalize(Value), Normalize(high), Qualifier.Between, Decimals);
            }

            var (low, highEnd) = MentionInterval.For(Value, Step, Qualifier);
            return new Mention(Kind, span, span.Slice(text), Normalize(Value), Unit, Normalize(low), Normalize(highEnd), Qualifier, Decimals);
        }

        // 4.3 × 1e9 is 4300000000.0 in decimal arithmetic; users read 4300000000.
        private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind} {Value} {Unit} [{SpanStart},{End})");
    }
}
