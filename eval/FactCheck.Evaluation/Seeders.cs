using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Text;

namespace FactCheck.Evaluation;

/// <summary>
/// Plants one error of each kind in an article where its text allows it, by replacing or inserting figures and dates
/// at places found with patterns of English news. Each returns at most one edit per article: the first place that fits.
/// </summary>
internal static partial class Seeders
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IEnumerable<SeededError> All(string article, string text, DateOnly published)
    {
        foreach (var seeder in new Func<string, string, DateOnly, SeededError?>[] { ChangeArithmetic, NextSentenceChange, FutureTensePair, PercentAboveBase, StackedTariff, PercentagePoints, Restatement, Headline, Correction, DateOrder, Weekday, PartTotal, Plausibility })
        {
            if (seeder(article, text, published) is SeededError seeded)
            {
                yield return seeded;
            }
        }
    }

    /// <summary>"rose 2% to $11.1bn from $10.9bn" → "rose 6% to …": the stated change no longer fits from and to.</summary>
    private static SeededError? ChangeArithmetic(string article, string text, DateOnly published)
    {
        var match = ChangeWithFromTo().Match(text);
        if (!match.Success)
        {
            // "rose from $4bn to $5bn" → "rose 45% from $4bn to $5bn".
            foreach (Match pair in VerbFromTo().Matches(text))
            {
                var from = ParseAmount(pair.Groups["from"].Value);
                var to = ParseAmount(pair.Groups["to"].Value);
                if (from is not decimal f || to is not decimal t || f <= 0m || f == t)
                {
                    continue;
                }

                var actual = Math.Abs((t - f) / f * 100m);
                var planted = Math.Round((actual * 1.5m) + 5m, 0);
                var at = pair.Groups["verb"].Index + pair.Groups["verb"].Length;
                return Insert(article, "change-arithmetic", $"inserted '{planted}%' into '{pair.Value}' (actual {actual:0.#}%)", text, at, " " + planted.ToString(Invariant) + "%");
            }

            return null;
        }

        var group = match.Groups["pct"];
        var pct = decimal.Parse(group.Value, Invariant);
        var wrong = Math.Round((pct * 1.5m) + 4m, 0);
        return Replace(article, "change-arithmetic", $"stated change {group.Value}% → {wrong}%", text, group.Index, group.Length, wrong.ToString(Invariant));
    }

    /// <summary>
    /// "rose from $4bn to $5bn in 2004." → "… in 2004. That is an increase of 42%.": the change stated in the next sentence,
    /// which refers back to the pair, does not fit it.
    /// </summary>
    private static SeededError? NextSentenceChange(string article, string text, DateOnly published)
    {
        foreach (var pair in VerbFromTo().Matches(text).Concat(UpFrom().Matches(text)).OrderBy(m => m.Index))
        {
            if (!IsOnePair(text, pair))
            {
                continue;
            }

            string change;
            string description;
            if (WrongChange(pair) is var (planted, actual, rise))
            {
                change = $"{(rise ? "an increase" : "a fall")} of {planted.ToString(Invariant)}%";
                description = $"actual {actual:0.#}%";
            }
            else if (WrongPoints(pair) is var (points, actualPoints, up))
            {
                change = $"{(up ? "a rise" : "a fall")} of {points.ToString(Invariant)} percentage points";
                description = $"actual {actualPoints:0.##} points";
            }
            else
            {
                continue;
            }

            var end = text.IndexOf('.', pair.Index + pair.Length);
            if (end < 0 || (end + 1 < text.Length && !char.IsWhiteSpace(text[end + 1])))
            {
                continue;
            }

            var inserted = $" That is {change}.";
            return Insert(article, "change-arithmetic", $"'{inserted.Trim()}' after '{pair.Value}' ({description})", text, end + 1, inserted) with { Kind = "next-sentence change" };
        }

        return null;
    }

    /// <summary>
    /// Whether the two figures of a match are one pair: not a conversion in brackets taken for the new value ("77m euros
    /// ($100m), up from 38m"), not a forecast or another figure set against the old one ("47.3% forecast by analysts and down
    /// from 47.1%"), and sums in one currency.
    /// </summary>
    private static bool IsOnePair(string text, Match pair)
    {
        var to = pair.Groups["to"];
        var from = pair.Groups["from"];
        var (first, second) = to.Index < from.Index ? (to, from) : (from, to);
        var between = text[(first.Index + first.Length)..second.Index];
        var before = to.Index > 0 ? text[..to.Index].TrimEnd() : string.Empty;
        return !before.EndsWith('(') && !before.EndsWith(';')
            && !between.Contains(')', StringComparison.Ordinal) && !between.Contains(';', StringComparison.Ordinal)
            && !ContrastWords().IsMatch(between)
            && !(IsCurrencySign(to.Value.Trim()[0]) && IsCurrencySign(from.Value.Trim()[0]) && to.Value.Trim()[0] != from.Value.Trim()[0]);
    }

    private static bool IsCurrencySign(char c) => c is '$' or '£' or '€';

    [GeneratedRegex(@"\b(?:forecast|expected|predicted|analysts|than|compared)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ContrastWords();

    // A wrong change in points for a pair of percentages ("5.2%, down from 5.7%"): twice the actual change, plus one.
    private static (decimal Planted, decimal Actual, bool Rise)? WrongPoints(Match pair)
    {
        var from = pair.Groups["from"].Value.Trim();
        var to = pair.Groups["to"].Value.Trim();
        if (!from.EndsWith('%') || !to.EndsWith('%')
            || !decimal.TryParse(from.TrimEnd('%'), NumberStyles.Number, Invariant, out var f) || !decimal.TryParse(to.TrimEnd('%'), NumberStyles.Number, Invariant, out var t) || f == t)
        {
            return null;
        }

        var actual = Math.Abs(t - f);
        return (Math.Round((actual * 2m) + 1m, 1), actual, t > f);
    }

    /// <summary>
    /// "rose from $4bn to $5bn" → "will rise from $4bn to $5bn, an increase of 42%": a forecast pair whose change, stated in
    /// a later clause, does not fit it.
    /// </summary>
    private static SeededError? FutureTensePair(string article, string text, DateOnly published)
    {
        foreach (Match pair in VerbFromTo().Matches(text))
        {
            if (WrongChange(pair) is not var (planted, actual, rise) || !PresentTense.TryGetValue(pair.Groups["verb"].Value, out var present))
            {
                continue;
            }

            var verb = pair.Groups["verb"];
            var to = pair.Groups["to"];
            var clause = $", {(rise ? "an increase" : "a fall")} of {planted.ToString(Invariant)}%";
            var edited = text[..verb.Index] + "will " + present + text[(verb.Index + verb.Length)..(to.Index + to.Length)] + clause + text[(to.Index + to.Length)..];
            var at = to.Index + to.Length + ("will " + present).Length - verb.Length;
            return new SeededError(article, "change-arithmetic", $"'will {present}' and '{clause.Trim(',', ' ')}' in '{pair.Value}' (actual {actual:0.#}%)", edited, new TextSpan(at, at + clause.Length))
            {
                Kind = "future-tense pair",
            };
        }

        return null;
    }

    // A wrong percent for the pair of a "rose from X to Y" match: half as much again as the actual change, plus 5.
    private static (decimal Planted, decimal Actual, bool Rise)? WrongChange(Match pair)
    {
        var from = ParseAmount(pair.Groups["from"].Value);
        var to = ParseAmount(pair.Groups["to"].Value);
        if (from is not decimal f || to is not decimal t || f <= 0m || f == t)
        {
            return null;
        }

        var actual = Math.Abs((t - f) / f * 100m);
        return (Math.Round((actual * 1.5m) + 5m, 0), actual, t > f);
    }

    /// <summary>
    /// After a sentence with one sum ("Exports reached $24bn."), "That was 40% above the previous record of $19.2bn." is
    /// inserted, where the sum is 25% above the base: the stated percentage does not fit the sum and its base.
    /// </summary>
    private static SeededError? PercentAboveBase(string article, string text, DateOnly published)
    {
        foreach (Match sentence in SentencePattern().Matches(text))
        {
            var figures = Figure().Matches(sentence.Value);
            if (figures.Count != 1 || !figures[0].Value.StartsWith('$') && !figures[0].Value.StartsWith('£') || sentence.Value.Contains(" from ", StringComparison.Ordinal)
                || sentence.Value.Contains('"', StringComparison.Ordinal) || SumParts().Match(figures[0].Value) is not { Success: true } sum)
            {
                continue;
            }

            // A sum in brackets converts another; a sum of one digit ("$1bn") is too round to tell 25% from 40%; a dollar
            // with a country before it ("A$35.1m") is not the plain dollar the base is written in.
            var digits = sum.Groups["n"].Value.Count(char.IsDigit);
            var value = decimal.Parse(sum.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), Invariant);
            var baseValue = Math.Round(value / 1.25m, 1);
            var before = sentence.Index + figures[0].Index > 0 ? text[sentence.Index + figures[0].Index - 1] : ' ';
            if (baseValue <= 0m || digits < 2 || before == '(' || char.IsLetter(before))
            {
                continue;
            }

            var figure = sum.Groups["sign"].Value + baseValue.ToString("0.#", Invariant) + sum.Groups["scale"].Value;
            var inserted = $" That was 40% above the previous record of {figure}.";
            var at = sentence.Index + sentence.Length;
            var gold = at + inserted.IndexOf("40%", StringComparison.Ordinal);
            return Insert(article, "change-arithmetic", $"'{inserted.Trim()}' after '{figures[0].Value}' (actual 25%)", text, at, inserted)
                with { Kind = "percent above base", Gold = new TextSpan(gold, gold + 3) };
        }

        return null;
    }

    /// <summary>
    /// After the first sentence that names a tariff, duty or levy, "It will add a further 10% on top of the existing 15%
    /// duty, bringing the total to 20%." is inserted: the total is not the sum of the stacked rates (25%).
    /// </summary>
    private static SeededError? StackedTariff(string article, string text, DateOnly published)
    {
        foreach (Match sentence in SentencePattern().Matches(text))
        {
            if (!TariffWord().IsMatch(sentence.Value))
            {
                continue;
            }

            const string Inserted = " It will add a further 10% on top of the existing 15% duty, bringing the total to 20%.";
            var at = sentence.Index + sentence.Length;
            var gold = at + Inserted.IndexOf("20%", StringComparison.Ordinal);
            return Insert(article, "change-arithmetic", "stacked rates 15% + 10% given as a total of 20%", text, at, Inserted)
                with { Kind = "stacked tariff", Gold = new TextSpan(gold, gold + 3) };
        }

        return null;
    }

    /// <summary>"7.5%, up from 5%" → "7.5%, up 2.5% from 5%": a change in points written as percent.</summary>
    private static SeededError? PercentagePoints(string article, string text, DateOnly published)
    {
        foreach (Match match in UpFromPercent().Matches(text))
        {
            var now = decimal.Parse(match.Groups["now"].Value, Invariant);
            var before = decimal.Parse(match.Groups["before"].Value, Invariant);
            var points = Math.Abs(now - before);
            if (before <= 0m || points == 0m || Math.Abs((points / before * 100m) - points) < 2m)
            {
                continue;
            }

            var at = match.Groups["word"].Index + match.Groups["word"].Length;
            var inserted = " " + points.ToString("0.##", Invariant) + "%";
            return Insert(article, "percentage-points", $"inserted '{inserted.Trim()}' into '{match.Value}'", text, at, inserted);
        }

        return null;
    }

    /// <summary>
    /// A sentence with one figure is stated again at the end of the next paragraph with the figure changed by a tenth:
    /// "The firm employs 5,000 people." … "The firm employs 5,500 people." Not a sentence whose meaning depends on where
    /// it stands (<see cref="DependsOnContext"/>).
    /// </summary>
    private static SeededError? Restatement(string article, string text, DateOnly published)
    {
        foreach (Match sentence in SentencePattern().Matches(text))
        {
            var figures = Figure().Matches(sentence.Value);
            if (figures.Count != 1 || sentence.Value.Contains(" from ", StringComparison.Ordinal) || sentence.Value.Contains('"', StringComparison.Ordinal)
                || DependsOnContext(sentence.Value))
            {
                continue;
            }

            var number = figures[0].Groups["n"];
            var shown = number.Value.Replace(",", string.Empty, StringComparison.Ordinal);
            var decimals = shown.Contains('.', StringComparison.Ordinal) ? shown.Length - shown.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            var value = decimal.Parse(shown, Invariant);
            var step = 1m;
            for (var i = 0; i < decimals; i++)
            {
                step /= 10m;
            }

            var changed = Math.Max(Math.Round(value * 1.1m, decimals), value + step);
            var changedText = changed.ToString("0." + new string('0', decimals), Invariant).TrimEnd('.');
            var restated = (sentence.Value[..number.Index] + changedText + sentence.Value[(number.Index + number.Length)..]).Trim();
            var paragraphEnd = text.IndexOf("\n\n", sentence.Index + sentence.Length, StringComparison.Ordinal);
            var at = paragraphEnd < 0 ? text.Length : paragraphEnd;
            var gold = at + 1 + restated.IndexOf(changedText, StringComparison.Ordinal);
            return Insert(article, "restatement", $"'{figures[0].Value}' restated as {changed} in a copy of its sentence", text, at, " " + restated)
                with { Gold = new TextSpan(gold, gold + 1) };
        }

        return null;
    }

    /// <summary>
    /// Whether a sentence means what it says only where it stands: its subject is a pronoun ("It sold 5,000 cars", "Its
    /// profits rose 5%", "In early trade, its shares fell 3%") or its period is named from the sentences before ("in the same period", "that
    /// year"). A copy of it elsewhere in the article may be about another firm or time, so a changed figure in the copy is
    /// no error a reader could see.
    /// </summary>
    private static bool DependsOnContext(string sentence) => PronounSubject().IsMatch(sentence) || PeriodFromContext().IsMatch(sentence);

    /// <summary>
    /// The headline is rewritten to sum up the opening sentence's change with a wrong figure, as a sub-editor who
    /// misreads or rounds the copy does: "Profits at Acme jumped 76% to $1.13bn …" under "Profits at Acme jump 67%"
    /// (digits swapped) or "… jump 50%" (rounded to a figure the body does not give).
    /// </summary>
    private static SeededError? Headline(string article, string text, DateOnly published)
    {
        var headlineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        if (headlineEnd <= 0)
        {
            return null;
        }

        var bodyStart = headlineEnd;
        while (bodyStart < text.Length && char.IsWhiteSpace(text[bodyStart]))
        {
            bodyStart++;
        }

        var lead = LeadChange().Match(text, bodyStart);
        if (!lead.Success || lead.Index != bodyStart || !PresentTense.TryGetValue(lead.Groups["verb"].Value, out var present))
        {
            return null;
        }

        var stated = lead.Groups["n"].Value;
        var value = decimal.Parse(stated, Invariant);
        var digits = stated.Replace(".", string.Empty, StringComparison.Ordinal);
        var decimals = stated.Contains('.', StringComparison.Ordinal) ? stated.Length - stated.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        // Two digits are swapped ("93%" as "39%"); a figure with decimals is misread by half again ("0.7%" as "1.1%"); a
        // larger one is rounded to a figure the body does not give ("76.4%" as "57%").
        var wrong = digits.Length == 2 && digits[0] != digits[1] && decimals == 0
            ? new string([digits[1], digits[0]])
            : decimals > 0 && value < 10m
                ? Math.Round(value * 1.5m, decimals, MidpointRounding.AwayFromZero).ToString(Invariant)
                : Math.Max(1m, Math.Round(value * 0.75m, 0)).ToString(Invariant);
        if (decimal.Parse(wrong, Invariant) == value)
        {
            return null;
        }

        var headline = $"{lead.Groups["subject"].Value} {present} {wrong}%";
        var edited = headline + text[headlineEnd..];
        var gold = headline.Length - wrong.Length - 1;
        return new SeededError(article, "restatement", $"headline '{headline}' over '{lead.Value}'", edited, new TextSpan(gold, gold + wrong.Length + 1)) { Kind = "headline" };
    }

    /// <summary>
    /// A wire story's correction, checked together with the story: the story is sent again with one figure of its
    /// opening paragraphs changed and a note under the headline ("(Corrects figure in second paragraph)"); the story
    /// and the correction state the same measure of the same entity for the same period with two values.
    /// </summary>
    private static SeededError? Correction(string article, string text, DateOnly published)
    {
        foreach (Match sentence in SentencePattern().Matches(text))
        {
            // The headline is paragraph 0.
            var paragraphs = text[..sentence.Index].Split("\n\n").Length - 1;
            var figures = Figure().Matches(sentence.Value);
            if (figures.Count != 1 || paragraphs > 3 || sentence.Value.Contains('"', StringComparison.Ordinal))
            {
                continue;
            }

            var number = figures[0].Groups["n"];
            var shown = number.Value.Replace(",", string.Empty, StringComparison.Ordinal);
            var decimals = shown.Contains('.', StringComparison.Ordinal) ? shown.Length - shown.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            var value = decimal.Parse(shown, Invariant);
            var step = decimals == 0 ? 1m : 1m / (decimal)Math.Pow(10, decimals);
            var changed = Math.Max(Math.Round(value * 1.1m, decimals), value + step);
            var changedText = changed.ToString("0." + new string('0', decimals), Invariant).TrimEnd('.');
            var at = sentence.Index + number.Index;
            var headlineEnd = text.IndexOf('\n', StringComparison.Ordinal);
            if (headlineEnd < 0 || headlineEnd > at)
            {
                continue;
            }

            var ordinal = paragraphs switch { 1 => "first", 2 => "second", _ => "third" };
            var note = $"\n\n(Corrects figure in {ordinal} paragraph)";
            var corrected = text[..headlineEnd] + note + text[headlineEnd..at] + changedText + text[(at + number.Length)..];
            var gold = at + note.Length;
            return new SeededError(article, "cross-document", $"correction gives '{figures[0].Value}' as {changedText}", corrected, new TextSpan(gold, gold + changedText.Length))
            {
                Kind = "correction",
                Together = true,
            };
        }

        return null;
    }

    private static readonly Dictionary<string, string> PresentTense = new(StringComparer.Ordinal)
    {
        ["rose"] = "rise", ["fell"] = "fall", ["jumped"] = "jump", ["dropped"] = "drop", ["climbed"] = "climb",
        ["slipped"] = "slip", ["increased"] = "increase", ["grew"] = "grow", ["declined"] = "decline", ["gained"] = "gain",
        ["surged"] = "surge", ["slumped"] = "slump", ["plunged"] = "plunge", ["soared"] = "soar", ["fallen"] = "fall",
        ["risen"] = "rise", ["grown"] = "grow",
    };

    /// <summary>"from 2013 to 2018" → "from 2018 to 2013".</summary>
    private static SeededError? DateOrder(string article, string text, DateOnly published)
    {
        var match = YearRange().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var a = match.Groups["a"];
        var b = match.Groups["b"];
        var swapped = text[..a.Index] + b.Value + text[(a.Index + a.Length)..b.Index] + a.Value + text[(b.Index + b.Length)..];
        return new SeededError(article, "date-order", $"swapped '{match.Value}'", swapped, new TextSpan(match.Index, match.Index + match.Length));
    }

    /// <summary>"on 3 March 2005" → "on Sunday, 3 March 2005" where that day is not a Sunday.</summary>
    private static SeededError? Weekday(string article, string text, DateOnly published)
    {
        foreach (var regex in new[] { DayMonthYear(), MonthDayYear() })
        {
            foreach (Match match in regex.Matches(text))
            {
                var day = int.Parse(match.Groups["d"].Value, Invariant);
                var month = DateTime.ParseExact(match.Groups["m"].Value[..3], "MMM", Invariant).Month;
                var year = int.Parse(match.Groups["y"].Value, Invariant);
                if (day > DateTime.DaysInMonth(year, month))
                {
                    continue;
                }

                var wrong = new DateOnly(year, month, day).AddDays(2).DayOfWeek;
                var inserted = wrong.ToString() + ", ";
                return Insert(article, "weekday", $"'{inserted}' before '{match.Value}'", text, match.Index, inserted);
            }
        }

        return null;
    }

    /// <summary>"300 of its 1,200 jobs" → "300 of its 1,200 jobs (40%)".</summary>
    private static SeededError? PartTotal(string article, string text, DateOnly published)
    {
        foreach (Match match in PartOfWhole().Matches(text))
        {
            var part = decimal.Parse(match.Groups["x"].Value.Replace(",", string.Empty, StringComparison.Ordinal), Invariant);
            var whole = decimal.Parse(match.Groups["y"].Value.Replace(",", string.Empty, StringComparison.Ordinal), Invariant);
            if (whole <= 0m || part >= whole)
            {
                continue;
            }

            var wrong = Math.Round((part / whole * 100m * 1.5m) + 5m, 0);
            var inserted = $" ({wrong.ToString(Invariant)}%)";
            var at = match.Index + match.Length;
            return Insert(article, "part-total", $"inserted '{inserted.Trim()}' after '{match.Value}'", text, at, inserted);
        }

        return null;
    }

    /// <summary>
    /// "40% of its staff" → "140% of its staff". Not a share of a quantity it may exceed (GDP, income, a price, the original
    /// value, an annual or export figure): "170% of the original" is no error.
    /// </summary>
    private static SeededError? Plausibility(string article, string text, DateOnly published)
    {
        var match = ShareOf().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups["n"];
        var value = decimal.Parse(number.Value, Invariant) + 100m;
        return Replace(article, "plausibility", $"'{match.Value}' → {value}%", text, number.Index, number.Length, value.ToString(Invariant));
    }

    /// <summary>The value of "$4bn", "£639m", "1,200" in units, or <see langword="null"/> for percentages and other forms.</summary>
    private static decimal? ParseAmount(string text)
    {
        var match = AmountParts().Match(text.Trim());
        if (!match.Success || text.Contains('%', StringComparison.Ordinal))
        {
            return null;
        }

        var value = decimal.Parse(match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), Invariant);
        return match.Groups["scale"].Value switch
        {
            "bn" or "billion" => value * 1_000_000_000m,
            "m" or "million" => value * 1_000_000m,
            "trillion" => value * 1_000_000_000_000m,
            _ => value,
        };
    }

    private static SeededError Replace(string article, string rule, string description, string text, int index, int length, string replacement)
    {
        var edited = text[..index] + replacement + text[(index + length)..];
        return new SeededError(article, rule, description, edited, new TextSpan(index, index + replacement.Length));
    }

    private static SeededError Insert(string article, string rule, string description, string text, int index, string inserted)
    {
        var edited = text[..index] + inserted + text[index..];
        return new SeededError(article, rule, description, edited, new TextSpan(index, index + inserted.Length));
    }

    private const string Amount = @"[$£€]?\d[\d,]*(?:\.\d+)?\s*(?:bn|m|billion|million|trillion|%)?";

    [GeneratedRegex(@"\b(?:rose|fell|jumped|dropped|climbed|slipped|increased|decreased|grew|declined|gained|surged|slumped|plunged|soared|up|down)\s+(?:by\s+)?(?<pct>\d+(?:\.\d+)?)%\s+to\s+" + Amount + @"[^.]{0,80}?\bfrom\s+" + Amount, RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ChangeWithFromTo();

    // The subject may carry an appositive between commas ("Shares in Acme, the Freedonian builder, fell 15%"), which the
    // headline leaves out, and the verb a perfect ("have jumped").
    [GeneratedRegex(@"\G(?<subject>[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019$£-]+){1,8}?)(?:,[^,.]{1,100},)?\s+(?:(?:have|has)\s+)?(?<verb>rose|fell|fallen|jumped|dropped|climbed|slipped|increased|grew|grown|risen|declined|gained|surged|slumped|plunged|soared)\s+(?:by\s+)?(?<n>\d+(?:\.\d+)?)%", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LeadChange();

    [GeneratedRegex(@"\b(?<verb>rose|fell|increased|decreased|grew|climbed|dropped|declined|jumped|slipped|surged|slumped|soared|plunged)\s+from\s+(?<from>[$£€]?\d[\d,]*(?:\.\d+)?\s*(?:bn|m|billion|million|trillion)?)\s+to\s+(?<to>[$£€]?\d[\d,]*(?:\.\d+)?\s*(?:bn|m|billion|million|trillion)?)(?![\d%])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex VerbFromTo();

    [GeneratedRegex(@"(?<to>[$£€]?\d[\d,]*(?:\.\d+)?(?:\s*(?:bn|m|billion|million)|%))[^.%$£€]{0,40}?\b(?:up|down)\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?(?<from>[$£€]?\d[\d,]*(?:\.\d+)?(?:\s*(?:bn|m|billion|million)|%))(?![\d%])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UpFrom();

    [GeneratedRegex(@"^(?<sign>[$£])(?<n>\d[\d,]*(?:\.\d+)?)(?<scale>bn|m)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SumParts();

    [GeneratedRegex(@"\b(?:tariffs?|duty|duties|levy|levies)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex TariffWord();

    [GeneratedRegex(@"^[$£€]?(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<scale>bn|m|billion|million|trillion)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AmountParts();

    [GeneratedRegex(@"(?<now>\d+(?:\.\d+)?)%[^.%]{0,60}?\b(?<word>up|down|rising|falling|rose|fell|increased|decreased)\s+from\s+(?:the\s+)?(?:\w+\s+)?(?<before>\d+(?:\.\d+)?)%", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UpFromPercent();

    [GeneratedRegex(@"(?<![\d.,])(?:[$£€](?<n>\d[\d,]*(?:\.\d+)?)\s*(?:bn|m|billion|million|trillion)|(?<n>\d+(?:\.\d+)?)%)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Figure();

    // The pronoun may follow an opening word or phrase: "Nevertheless it was enough", "In early trade on Thursday, its shares".
    [GeneratedRegex(@"^(?:[A-Z][\w'-]*(?:\s+[\w'-]+){0,5},\s+|(?:But|And|However|So|Now|Yet|Nevertheless|Still|Instead|Meanwhile|Separately|Even\s+so)\s+)?(?:it|it's|its|they|their|this|these|that|those|he|she|his|her|we|our)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex PronounSubject();

    [GeneratedRegex(@"\b(?:the\s+same|that)\s+(?:period|day|week|month|quarter|half|year|time|season)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex PeriodFromContext();

    [GeneratedRegex(@"(?<=^|[.!?]\s)[A-Z][^.!?\n]*(?:\.\d[^.!?\n]*)*[.!?]", RegexOptions.CultureInvariant | RegexOptions.Multiline, 1000)]
    private static partial Regex SentencePattern();

    [GeneratedRegex(@"\b(?:from|between)\s+(?<a>(?:19|20)\d{2})\s+(?:to|and|until)\s+(?<b>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\b(?<d>[1-9]|[12]\d|3[01])\s+(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<d>[1-9]|[12]\d|3[01]),?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<x>\d[\d,]*)\s+(?:out\s+)?of\s+(?:the|its|their)\s+(?<y>\d[\d,]*)\s+[a-z]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PartOfWhole();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,2}(?:\.\d+)?)%\s+of\s+(?>(?:the\s+|its\s+|their\s+|all\s+)?)(?!GDP|gross|income|salar|earning|target|value|price|level|capacity|original|annual|export)[a-z]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ShareOf();
}
