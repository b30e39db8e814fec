using System.Text.RegularExpressions;

namespace FactCheck.Languages.English;

/// <summary>
/// The English words and signs of news figures that FactCheck reads itself: units, scales, currencies, hedges,
/// change verbs, and the cues that decide which Recognizers models a sentence needs.
/// </summary>
/// <remarks>Every expression runs with a match timeout; see <see cref="NewsLexicon.MatchTimeout"/>.</remarks>
internal sealed partial class EnglishNewsLexicon : NewsLexicon
{
    private const int Timeout = MatchTimeout;
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const RegexOptions IgnoreCase = Options | RegexOptions.IgnoreCase;

    /// <summary>The ISO 4217 codes read before or after a number, in any case after it ("20 usd"); "TRY" is read only in capitals and is not among them.</summary>
    internal const string CurrencyCodes = "USD|EUR|GBP|JPY|CNY|RMB|INR|PKR|LKR|NPR|BDT|AUD|CAD|CHF|HKD|SGD|NZD|KRW|BRL|MXN|RUB|ZAR|SAR|AED|QAR|NGN|EGP|KES|IDR|AFN|SEK|NOK|DKK|PLN|ILS|THB|MYR|PHP|VND|UAH|TWD|IRR|IQD";

    // The countries of each rupee and peso, as their names start in a text.
    private static readonly (string Country, string Code)[] RupeeCountries = [("Pakistan", "PKR"), ("India", "INR"), ("Sri Lanka", "LKR"), ("Nepal", "NPR")];
    private static readonly (string Country, string Code)[] PesoCountries =
    [
        ("Mexic", "MXN"), ("Philippin", "PHP"), ("Colombia", "COP"), ("Chile", "CLP"), ("Argentin", "ARS"),
        ("Uruguay", "UYU"), ("Cuba", "CUP"), ("Dominican", "DOP"),
    ];

    /// <summary>
    /// A number written with digits and an optional scale: "42,000", "3.5", ".005", "1.5 million", "4.3bn", "1MM", the
    /// wire scales "125 mln", "2 bln", "1.5 tln", the Indian "3,400 crore", "12 lakh" and "1.5 lakh crore" (a lakh of crores), and a scale word
    /// joined by a hyphen, as Canadian papers write it ("$1.5-billion", "C$200-million"). Thousands may
    /// be grouped the Indian way ("3,40,000"), or with spaces: a narrow or no-break space ("2 345"), or an ordinary
    /// space between at least three groups ("2 345 678") or before "000" ("12 000"; "May 15 200 people" stays two numbers). A scale word may be
    /// followed by "and a half" (group <c>half</c>: "4 million and a half"). A whole number may carry a fraction in
    /// halves to sixty-fourths, the way share prices were quoted (groups <c>num</c> and <c>den</c>: "45-3/8", "1 1/4").
    /// A comma before one or two digits and a scale word is a decimal comma, as European papers write it ("1,2 billion
    /// euros" is 1.2 billion).
    /// "mil" after a number (group <c>unsure</c>) is a million in some papers, a thousand in others and a thousandth of an
    /// inch in engineering: such a number is not read.
    /// </summary>
    [GeneratedRegex(
        $$"""
        (?:(?<![\p{N}_.,/:])(?<int>[0-9]{1,3}),(?<frac>[0-9]{1,2})(?=(?:\s|-)?(?i:trillion|billion|million)\b)|(?<![\p{N}_.,/:])(?<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}|[0-9]{1,3}(?:[\u00A0\u2009\u202F][0-9]{3})+|[0-9]{1,3}(?:(?:\ [0-9]{3}){2,}|\ 000)|[0-9]+)(?:\.(?<frac>[0-9]+)|[\ -](?<num>[1-9][0-9]?)/(?<den>2|4|8|16|32|64)(?![\p{N}/]))?|(?<=^|[\s(])\.(?<frac>[0-9]+))(?!\p{N}|[.,][0-9]|/[0-9]|:[0-9])
        (?:(?:\s|-)?(?<scale>(?i:trillion|billion|million|thousand|lakh\ crores?|crores?|lakhs?))\b(?<half>\ (?i:{{EnglishNumberWords.AndAHalf}})\b)?|(?<scale>tn|trn|tln|bn|bln|mn|mln|MM|[mkbMKB])(?![\p{L}\p{N}])|\ (?<scale>bn|tn|mn|mln|bln|tln|trn)\b|\ ?(?<unsure>mil)\b)?
        """,
        Options | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex DigitNumberExpression();

    /// <inheritdoc/>
    public override Regex DigitNumber() => DigitNumberExpression();

    /// <summary>
    /// What may follow a number and give it a unit. Tried at the end of the number. Currency codes are read in any
    /// case ("20 usd") but "TRY" only in capitals; a sign after the number ("1,500€", "20 €", "100元"), the sub-units "sen"
    /// and "paise", the wire names "dlrs", "stg" and "cts", "bucks" (in lower case: "the Bucks" are a team), the currencies
    /// before the euro whose name is theirs alone ("420 million Finnish markka", "6.65 billion pesetas", "250 million
    /// Dutch guilders") and a currency joined to the number as one word ("a one-yen bid", "a 10-euro note") count too.
    /// Cents of a named currency (groups <c>subcur</c> and <c>sub</c>: "40 euro cents", "30 US cents") are hundredths of it.
    /// </summary>
    [GeneratedRegex(
        $$"""
        \G(?:
            \ ?(?<pct>%|％)
          | (?:\ of\ a)?(?:\ |-)(?<pp>percentage(?:\ |-)points?|pct\.?\ points?)\b
          | \ ?(?<pp>ppts?|pp)\b
          | (?:\ |-)(?<bp>basis(?:\ |-)points?)\b
          | \ ?(?<bp>bps|bp)\b
          | \ ?(?<pct>per\ ?cent|percents?|pct)\b
          | \ (?<pct>percentage)\b(?![\ -](?:points?|pts)\b)
          | (?<pct>pc)\b
          | \ (?<pts>points?|pts)\b
          | (?:\ ?-\ ?|\ )?(?<fold>fold)\b
          | \ (?<times>times)\b(?!\ (?:a|an|per|each|every|in|this|that|since|so|already|before|during|over|out)\b)
          | (?<times>x)(?![\p{L}\p{N}])
          | \ (?<subcur>euro|US|U\.S\.|Australian|Canadian|New\ Zealand|Hong\ Kong|Singapore)(?:\ |-)(?<sub>cents?)\b
          | \ (?<subcur>euro)(?<sub>cents?)\b
          | (?:\ |-)(?<cents>cents?|cts)\b
          | (?<pence>p)(?![\p{L}\p{N}])
          | \ (?<pence>pence|penny)\b
          | \ (?-i:(?<sen>sen))\b
          | \ (?<paise>paise)\b
          | \ ?(?<sym>€|£|¥|₹|₦|₩|₺|₽|₪|₱|₫|₴|₸|₡|₾|₭|元|\$)(?![\p{L}\p{N}])
          | -(?<name>dollar|euro|yen|yuan)\b
          | \ ?(?<iso>(?-i:TRY)|{{CurrencyCodes}})\b
          | \ (?<name>(?:(?:US|U\.S\.|American|Australian|Canadian|Hong\ Kong|Singapore|Singaporean|New\ Zealand|Taiwan|Taiwanese|Pakistani|Indian|Sri\ Lankan|Nepalese|Nepali|Japanese|Chinese|Swiss|Russian|Mexican|Brazilian|South\ African|Turkish|Egyptian|Nigerian|Kenyan|Saudi|Afghan|Iranian|Ukrainian|Indonesian|South\ Korean|Korean|British|Israeli|Thai|Malaysian|Philippine|Colombian|Chilean|Argentine|Argentinian|Uruguayan|Cuban|Dominican|Danish|Norwegian|Swedish|Icelandic|Czech|Hungarian|Polish|Romanian|Bulgarian|Vietnamese|CFA|Finnish|Spanish|Dutch|Netherlands)\ )?
              (?:dollars?|euros?|pounds?(?:\ sterling)?|sterling|yen|yuan|renminbi|rupees?|roubles?|rubles?|francs?|pesos?|reais|real|won|lira|liras|dirhams?|riyals?|rand|naira|shillings?|kronor|krona|kroner|krone|kronur|korunas?|koruny|forints?|zlotys?|lei|leva|dong|ringgit|baht|taka|rupiah|hryvnias?|shekels?|afghanis?|rials?|dinars?|markkaa|markkas?|pesetas?|guilders?|dlrs?|stg|(?-i:bucks)))\b
        )
        """,
        IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex UnitAfterExpression();

    /// <inheritdoc/>
    public override Regex UnitAfter() => UnitAfterExpression();

    /// <inheritdoc/>
    public override int PercentSignAfter(ReadOnlySpan<char> after)
    {
        // The first branch of UnitAfter: an optional space and the sign.
        var space = after is [' ', ..] ? 1 : 0;
        return after.Length > space && after[space] is '%' or '\uFF05' ? space + 1 : 0;
    }

    /// <summary>
    /// A currency sign or code written just before a number: "$", "US$", "US $", "$US", "HK$", "$A", "£", "Y=", "RM", "Rs",
    /// the dollars of a country also in lower case and apart from the sign, as tokenised text writes them ("c $", "hk $",
    /// "u.s $"; not "a $" nor "s $", which are an article and a possessive),
    /// "SFr" (Swiss francs), "Rmb" (yuan), "Dh" (dirhams), "Tk" (taka),
    /// "USD ", and the codes no English word is spelt like in any case ("eur 20 million", "Usd 5"; not "cad" nor "rub"),
    /// with the minus sign of a negative amount before or after it (group <c>minus</c>: "-$41.3bn", "$-41.3bn").
    /// </summary>
    [GeneratedRegex(
        $$"""
        (?<![\p{L}\p{N}$])(?<minus>[-−])?(?<cur>(?i:us|u\.s\.?)\ ?\$|A\$|AU\$|(?i:c)\ ?\$|CA\$|CAN\$|(?i:nz|hk)\ ?\$|S\$|SG\$|NT\$|R\$|Mex\$|\$US|\$A|\$NZ|\$C|\$|£|€|¥|Y=|₹|₨|₦|₩|₺|₽|₪|₱|₫|₴|₸|₡|₾|₭|Rs\.?|RM|Rp|(?-i:SFr|Sfr|Rmb|Dhs?|Tk|TRY|{{CurrencyCodes}})|(?i:usd|eur|gbp|jpy|cny|rmb|inr|aud|hkd|sgd|nzd|chf|myr|krw|brl|zar|sek|nok|dkk|pln|idr|thb|twd))\ ?(?<minus>[-−])?$
        """,
        Options | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex CurrencyBeforeExpression();

    /// <inheritdoc/>
    public override Regex CurrencyBefore() => CurrencyBeforeExpression();

    // The longest currency CurrencyBefore reads that ends with a letter: a code ("USD", "usd") or "SFr", "Rmb", "Dhs".
    private const int LongestLetterCurrency = 3;

    /// <inheritdoc/>
    public override bool MayEndWithCurrency(ReadOnlySpan<char> before)
    {
        // Every reading ends with a sign ("$", "£", "Y="), a full stop ("Rs.") or a word of a few letters ("RM", "usd"),
        // then an optional space and an optional minus sign.
        var end = before.Length;
        if (end > 0 && before[end - 1] is '-' or '\u2212')
        {
            end--;
        }

        if (end > 0 && before[end - 1] == ' ')
        {
            end--;
        }

        if (end == 0)
        {
            return false;
        }

        if (!char.IsLetter(before[end - 1]))
        {
            return before[end - 1] == '.' || char.IsSymbol(before[end - 1]);
        }

        var letters = 0;
        while (end > 0 && char.IsLetter(before[end - 1]) && letters <= LongestLetterCurrency)
        {
            letters++;
            end--;
        }

        // After a dollar sign, "$A", "$US", "$NZ"; of two letters, only "Rs", "RM", "Rp", "Dh" and "Tk", each with a
        // capital first: not "to", "of", "by".
        return (end > 0 && before[end - 1] == '$') || letters == LongestLetterCurrency || (letters == 2 && char.IsUpper(before[end]));
    }

    /// <summary>
    /// A hedge written just before a figure: "nearly", "more than", "at least", "between". "about", "around", "over",
    /// "above", "under" and "below" are prepositions too (group <c>prep</c>); with an article after them (group
    /// <c>article</c>: "fought over a US$10bn contract") the article belongs to a noun after a figure written in digits,
    /// and the word is no hedge on that figure ("over a million" still is).
    /// </summary>
    [GeneratedRegex(
        """
        (?<![\p{L}])(?:(?<q>just\ under|just\ over|nearly|almost|close\ to|some|roughly|approximately|an\ estimated|estimated|more\ than|upwards\ of|in\ excess\ of|at\ least|no\ fewer\ than|no\ less\ than|as\ many\ as|as\ much\ as|up\ to|at\ most|no\ more\ than|less\ than|fewer\ than|between)\ (?:a\ |an\ )?|(?<q>(?<prep>about|around|over|above|under|below))\ (?<article>a\ |an\ )?)$
        """,
        IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex QualifierBeforeExpression();

    /// <inheritdoc/>
    public override Regex QualifierBefore() => QualifierBeforeExpression();

    // The most runs of text between spaces a match of QualifierBefore spans: "no fewer than a".
    private const int QualifierRuns = 4;

    /// <inheritdoc/>
    public override Match QualifierEndingAt(string text, int start, int end)
    {
        // A match holds only letters and spaces: it lies in the last runs, and is searched there alone.
        var from = start + LastRunsStart(text.AsSpan(start, end - start), QualifierRuns);
        return QualifierBeforeExpression().Match(text, from, end - from);
    }

    /// <summary>
    /// A percentage that ends just before a comparative: "24.4% above $496.5bn", "30 per cent more than $400m". The
    /// comparative then sets the percentage against the figure after it; it does not hedge that figure.
    /// </summary>
    [GeneratedRegex(@"(?:%|\bper\s?cent|\bpercentage\s+points?|\bpoints?)\s*$", IgnoreCase, Timeout)]
    private static partial Regex PercentJustBeforeExpression();

    /// <inheritdoc/>
    public override Regex PercentJustBefore() => PercentJustBeforeExpression();

    /// <summary>
    /// A verb or adjective naming a ratio of change: "doubled", "halved", "threefold", and "double", "triple" or "twice"
    /// before what they multiply ("double the earlier rate", "twice as much"), not in "double taxation".
    /// </summary>
    [GeneratedRegex(
        """
        \b(?<word>doubl(?:ed|ing|es)|tripl(?:ed|ing|es)|trebl(?:ed|ing|es)|quadrupl(?:ed|ing|es)|halv(?:ed|ing|es)|twofold|threefold|fourfold|fivefold|tenfold
        |(?:double|triple|treble|quadruple|twice)(?=\ (?:the|that|its|their|his|her|what|as)\b))\b
        """,
        IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex ChangeVerbExpression();

    /// <inheritdoc/>
    public override Regex ChangeVerb() => ChangeVerbExpression();

    // A piece of every word ChangeVerb reads; none has a "k" or an "s", which the expression, read without regard to
    // case, would also take as the Kelvin sign or the long s.
    private static readonly WordSearch ChangeVerbPieces = new(["doubl", "tripl", "trebl", "quadrupl", "halv", "fold", "twice"]);

    /// <inheritdoc/>
    public override bool MayHoldChangeVerb(ReadOnlySpan<char> text) => ChangeVerbPieces.FoundIn(text);

    /// <summary>
    /// A plain year: "2004", not "2004%", "2004.5", "1990s" or "2004-05", nor the digits of "$2004".
    /// </summary>
    [GeneratedRegex(
        """
        (?<![\p{L}\p{N}.,$£€¥₹-])(?:1[89]|20)[0-9]{2}(?![\p{N}%]|[.,][0-9]|-[0-9]|–[0-9]|/[0-9]|s\b|\ ?(?i:per\ ?cent|percent))
        """,
        Options | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex YearCueExpression();

    /// <inheritdoc/>
    public override Regex YearCue() => YearCueExpression();

    // The branches of the calendar cue, in its order, in groups that each start with a few known letters or digits
    // (see CalendarCueParts): month names; day words ("yesterday", "this morning"); relative periods ("last year", "a
    // year ago"); spans counted from a date ("in three years", "on the day"); early, mid and late, centuries and decades
    // in words; plural periods ("the past three years", "the next five days", "days after Christmas"); short forms ("Q3", "H1", "FY2004", "1990s"); decades and weeks
    // with digits; years in words.
    private const string MonthCue = $$"""(?i:(?!(?:Mar|{{EnglishCalendarWords.MonthNamesAlsoWords}})\b)(?:{{EnglishCalendarWords.MonthNames}}|{{EnglishCalendarWords.MonthAbbreviations}}))|{{EnglishCalendarWords.MonthNamesAlsoWordsAsNames}}""";
    private const string DayWordCue = $$"""(?i:{{EnglishCalendarWords.WeekdayNames}}|yesterday|today|tonight|tomorrow|this\ (?:morning|afternoon|evening)|ago|weekend|fortnight|christmas|easter)""";
    private const string RelativePeriodCue = """(?i:(?:last|this|next|past|previous|coming|current|same|that|the|fiscal|financial|calendar|first|second|third|fourth|final|following|recent)\ (?:[\p{L}\p{N}-]+\ )?(?:year|month|week|quarter|decade|century))""";
    private const string PeriodAgoCue = """(?i:(?:a|one|the)\ (?:year|month|week|quarter|decade)\ (?:earlier|ago|before|later|on(?=\ ?[,.;:]|\ from\b))|(?:year|month|quarter)-(?:to|end))""";
    private const string CountedSpanCue = $$"""(?i:(?:in|within)(?=\ (?:(?:almost|nearly|just\ over|just\ under|more\ than|less\ than|over|about|around)\ )?(?:{{EnglishNumberWords.PeriodCount}})\ (?:years?|months?|weeks?|days?|decades?)\b))""";
    private const string DayCue = """(?i:(?<=\b(?:on|ended|ending|during|for|over)\ )the\ day(?!\ (?:before|after|of|when|that|which|in|it|they|he|she|we|its|their|to)\b)|(?:a|one)\ (?:day|week)\ (?:earlier|later))""";
    private const string EraCue = $$"""(?i:mid-(?=(?:1[89]|20)[0-9]{2}\b)|(?:early|mid|late)[\ -]['’][0-9]0s|[0-9]{1,2}(?:st|nd|rd|th)(?:\ {1,2}|-)century|the\ (?:{{EnglishCalendarWords.DecadeWords}}))""";
    private const string PluralPeriodCue = $$"""(?i:(?:years|months|weeks|days)\ (?:earlier|later|(?:before|after)(?=\ (?:the\ )?(?:{{EnglishCalendarWords.MonthAbbreviations}}|May|{{EnglishCalendarWords.WeekdayNames}}|christmas|easter|new\ year|end|start|beginning|middle|close|[0-9])))|(?:past|last|next|coming|previous|first|final|following)\ (?:[\p{L}\p{N}-]+\ )?(?:years|months|weeks|quarters|decades)|(?:past|last|next|coming|previous)\ (?:[\p{L}\p{N}-]+\ )?days(?!\ of\b)|(?:first|second|third|fourth)-quarter)""";
    private const string ShortFormCue = """(?i:q[1-4]|h[12]|fy[0-9]{0,4})""";
    private const string DecadeDigitsCue = """(?i:[12][0-9]{3}s)""";
    private const string DecadeOrWeekCue = """(?i:the\ ['’]?[0-9]0['’]?s|week\ [0-9]{1,2}|the\ two\ thousands)""";
    private const string YearWordsCue = """(?i:(?:eighteen|nineteen)[\ -](?:hundred|oh[\ -]\p{L}+|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\ -](?:one|two|three|four|five|six|seven|eight|nine))?)|(?<=\b(?:of|in)\ )two\ thousand(?:\ and)?\ (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\ -](?:one|two|three|four|five|six|seven|eight|nine))?))""";

    /// <summary>
    /// A calendar word: a month, a weekday, "yesterday", "this morning", "last year", "the past three years", "the next
    /// five days", "three days after Christmas", "Q3", "the 1990s", "nineteen ninety-eight".
    /// </summary>
    [GeneratedRegex(
        @"\b(?:" + MonthCue + "|" + DayWordCue + "|" + RelativePeriodCue + "|" + PeriodAgoCue + "|" + CountedSpanCue + "|" + DayCue + "|" + EraCue
            + "|" + PluralPeriodCue + "|" + ShortFormCue + "|" + DecadeDigitsCue + "|" + DecadeOrWeekCue + "|" + YearWordsCue + @")\b",
        Options | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex CalendarCueExpression();

    /// <inheritdoc/>
    public override Regex CalendarCue() => CalendarCueExpression();

    [GeneratedRegex(@"\b(?:" + MonthCue + @")\b", Options | RegexOptions.IgnorePatternWhitespace, Timeout)]
    private static partial Regex MonthCueExpression();

    [GeneratedRegex(@"\b" + DayWordCue + @"\b", Options | RegexOptions.IgnorePatternWhitespace, Timeout)]
    private static partial Regex DayWordCueExpression();

    [GeneratedRegex(@"\b" + RelativePeriodCue + @"\b", Options | RegexOptions.IgnorePatternWhitespace, Timeout)]
    private static partial Regex RelativePeriodCueExpression();

    [GeneratedRegex(@"\b" + PeriodAgoCue + @"\b", Options | RegexOptions.IgnorePatternWhitespace, Timeout)]
    private static partial Regex PeriodAgoCueExpression();

    [GeneratedRegex(@"\b" + CountedSpanCue + @"\b", Options | RegexOptions.IgnorePatternWhitespace, Timeout)]
    private static partial Regex CountedSpanCueExpression();

    [GeneratedRegex(@"\b" + DayCue + @"\b", Options | RegexOptions.IgnorePatternWhitespace, Timeout)]
    private static partial Regex DayCueExpression();

    [GeneratedRegex(@"\b" + EraCue + @"\b", Options | RegexOptions.IgnorePatternWhitespace, Timeout)]
    private static partial Regex EraCueExpression();

    [GeneratedRegex(@"\b" + PluralPeriodCue + @"\b", Options | RegexOptions.IgnorePatternWhitespace, Timeout)]
    private static partial Regex PluralPeriodCueExpression();

    [GeneratedRegex(@"\b" + ShortFormCue + @"\b", Options | RegexOptions.IgnorePatternWhitespace, Timeout)]
    private static partial Regex ShortFormCueExpression();

    [GeneratedRegex(@"\b" + DecadeDigitsCue + @"\b", Options | RegexOptions.IgnorePatternWhitespace, Timeout)]
    private static partial Regex DecadeDigitsCueExpression();

    [GeneratedRegex(@"\b" + DecadeOrWeekCue + @"\b", Options | RegexOptions.IgnorePatternWhitespace, Timeout)]
    private static partial Regex DecadeOrWeekCueExpression();

    [GeneratedRegex(@"\b" + YearWordsCue + @"\b", Options | RegexOptions.IgnorePatternWhitespace, Timeout)]
    private static partial Regex YearWordsCueExpression();

    /// <inheritdoc/>
    protected override Regex[] CalendarCueParts() =>
    [
        MonthCueExpression(), DayWordCueExpression(), RelativePeriodCueExpression(), PeriodAgoCueExpression(), CountedSpanCueExpression(),
        DayCueExpression(), EraCueExpression(), PluralPeriodCueExpression(), ShortFormCueExpression(), DecadeDigitsCueExpression(),
        DecadeOrWeekCueExpression(), YearWordsCueExpression(),
    ];

    /// <inheritdoc/>
    protected override string[]?[] CalendarCuePartWords() =>
    [
        // "wee" for "week" and "weekend": the parts, read without regard to case, also take the Kelvin sign for a "k",
        // which a search without regard to case does not.
        EnglishCalendarWords.MonthNameAndAbbreviationList,
        ["day", "night", "tomorrow", "morning", "afternoon", "evening", "ago", "wee", "christmas", "easter"],
        ["year", "month", "wee", "quarter", "decade", "century"],
        ["year", "month", "wee", "quarter", "decade"],
        ["year", "month", "wee", "day", "decade"],
        ["day", "wee"],
        ["mid", "early", "late", "century", "ties"],
        ["year", "month", "wee", "day", "quarter", "decade"],
        null,
        null,
        [.. WordSearch.Digits, "thousand"],
        ["eighteen", "nineteen", "thousand"],
    ];

    /// <summary>A date written with digits: "2004-05", "2004/2005", "9/11", "15/3/2005", "15.03.2005", "15-03-2005".</summary>
    [GeneratedRegex(
        """
        \b(?:1[89]|20)[0-9]{2}[/–-](?:(?:1[89]|20)[0-9]{2}|[0-9]{1,2}(?:-[0-9]{1,2})?)\b|(?<![0-9][\ -])\b[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{2,4})?\b|\b[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4}\b|\b[0-9]{1,2}-[0-9]{1,2}-(?:1[89]|20)[0-9]{2}\b
        """,
        Options | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex DigitDateCueExpression();

    /// <inheritdoc/>
    public override Regex DigitDateCue() => DigitDateCueExpression();

    /// <summary>A number word that the number model may read: "two", "forty", "third", "quarters", and "half" before a whole ("half the").</summary>
    [GeneratedRegex(
        $$"""
        \b(?i:{{EnglishNumberWords.CountingWords}}
            |thirds?|quarters?|fifths?|tenths?|half(?=\ (?:{{EnglishNumberWords.HalfWholeOpeners}})\b))\b
        """,
        Options | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex NumberWordCueExpression();

    /// <inheritdoc/>
    public override Regex NumberWordCue() => NumberWordCueExpression();

    /// <summary>
    /// What, before a plain year, makes it more than a year on its own: a range or bound ("from 2013 to 2018",
    /// "between 2001 and 2003", "since 2019", "by 2030"), "mid" or "late", or "fiscal". Such years are read with the
    /// words around them ("the end of 2004" and "the first half of 2004" are read whole before this applies).
    /// </summary>
    [GeneratedRegex(
        """
        (?:\b(?:from|between|since|until|till|through|to|by|before|after|fiscal|financial|FY|end|mid|early|late|every|each)|[-–/])\ ?$
        """,
        IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex YearContextBeforeExpression();

    /// <inheritdoc/>
    public override Regex YearContextBefore() => YearContextBeforeExpression();

    /// <summary>A bound written just before a year: "since 2019", "by 2030".</summary>
    [GeneratedRegex(
        """
        (?<![\p{L}])(?:since|by|until|till|before|after)\ $
        """,
        IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex YearBoundBeforeExpression();

    /// <inheritdoc/>
    public override Regex YearBoundBefore() => YearBoundBeforeExpression();

    /// <summary>
    /// What, after a plain year or a common date, makes it part of a longer date: " to 2018", " and March", "-19",
    /// "/20", "'05". "2005 and 2006" are two years; after "and" or "or" only a calendar name continues the date
    /// ("December and January", "2004 and Q1"), not any capitalised word ("in December and Yukos sold").
    /// </summary>
    [GeneratedRegex(
        $$"""
        ^(?:\ ?[-–/]\ ?(?:\d|early|late|mid)|\ (?:to|until|through)\ (?:(?:1[89]|20)\d{2}|the\b|early|late|mid|(?-i:\p{Lu}))
        |\ (?:and|or)\ (?:the\b|early|late|mid|(?-i:(?:{{EnglishCalendarWords.MonthNames}}
            |(?:{{EnglishCalendarWords.MonthAbbreviations}})\b|{{EnglishCalendarWords.WeekdayNames}}|Christmas|Easter|New\ Year|[QH][1-4]\b|FY)))
        |['’](?!s\b))
        """,
        IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex YearContextAfterExpression();

    /// <inheritdoc/>
    public override Regex YearContextAfter() => YearContextAfterExpression();

    /// <summary>
    /// Words that make a sentence speak of the future, so a date without a year lies ahead; "or face" and "or risk" set a
    /// deadline ("by midday on Monday or face a strike ballot").
    /// </summary>
    [GeneratedRegex(
        """
        \b(?:will|shall|won't|going\ to|(?:takes?|taking|to\ take|would\ take)\ (?:full\ )?effect|comes?\ into\ (?:force|effect)|(?:is|are|was|were)\ due|due\ to\ (?:take|come|start|begin|expire|end|be)|from\ next|scheduled|set\ to|expected\ to|plans?\ to|planned|upcoming|starting|beginning|effective|expires?|deadline|or\ (?:else\ )?(?:face|risk))\b|'ll\b|’ll\b
        """,
        IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex FutureCueExpression();

    /// <inheritdoc/>
    public override Regex FutureCue() => FutureCueExpression();

    // A piece of every match of FutureCue; none has a "k" or an "s", which the expression, read without regard to case,
    // would also take as the Kelvin sign or the long s ("or ri" and "or el" for "or risk" and "or else risk").
    private static readonly WordSearch FutureCuePieces = new(
    [
        "will", "hall", "won't", "going", "effect", "into", "due", "next", "chedul", "et to", "expected", "plan", "upcoming",
        "tarting", "beginning", "expire", "deadline", "face", "or ri", "or el", "'ll", "\u2019ll",
    ]);

    /// <inheritdoc/>
    public override bool MayHoldFutureCue(ReadOnlySpan<char> text) => FutureCuePieces.FoundIn(text);

    /// <summary>Words that make a date relative to when the text was written: "last year", "three days ago".</summary>
    [GeneratedRegex(
        """
        \b(?:yesterday|today|tonight|tomorrow|ago|last|next|this|previous|past|coming|current|recent|earlier|later|following|prior|upcoming|same|now)\b
        """,
        IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex RelativeDateCueExpression();

    /// <inheritdoc/>
    public override Regex RelativeDateCue() => RelativeDateCueExpression();

    /// <summary>Words that make "pounds" after a number a weight: "weighed", "lost weight", "lbs", "kilograms", "heavier".</summary>
    [GeneratedRegex(
        """
        \b(?:weigh(?:s|ed|ing|t|ts|ty)?|overweight|underweight|heavier|lighter|lbs?|ounces?|kilos?|kilograms?|kg|stones?|obese|obesity|diet(?:s|ing)?|slim(?:s|med|ming)?)\b
        """,
        IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex WeightCueExpression();

    /// <inheritdoc/>
    public override Regex WeightCue() => WeightCueExpression();

    /// <summary>A range or span connector between two figures: " and ", " to ", "-", "–".</summary>
    [GeneratedRegex(
        """
        ^(?:\ and\ |\ to\ |\ ?[-–]\ ?)$
        """,
        IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex RangeConnectorExpression();

    /// <inheritdoc/>
    public override Regex RangeConnector() => RangeConnectorExpression();

    /// <summary>What, before the first figure of "2 to 3 per cent", makes the two a change rather than a range: "from ".</summary>
    [GeneratedRegex(
        """
        (?<![\p{L}])from\ $
        """,
        IgnoreCase | RegexOptions.IgnorePatternWhitespace,
        Timeout)]
    private static partial Regex ChangeStartBeforeExpression();

    /// <inheritdoc/>
    public override Regex ChangeStartBefore() => ChangeStartBeforeExpression();

    /// <inheritdoc/>
    public override string? CurrencyFromSign(string sign, string rupee)
    {
        ArgumentNullException.ThrowIfNull(sign);
        var written = sign.Replace(" ", string.Empty, StringComparison.Ordinal);
        return (written.EndsWith('$') ? written.ToUpperInvariant() : written) switch
        {
            "$" or "US$" or "U.S.$" or "U.S$" or "$US" => "USD",
            "A$" or "AU$" or "$A" => "AUD",
            "C$" or "CA$" or "CAN$" or "$C" => "CAD",
            "NZ$" or "$NZ" => "NZD",
            "HK$" => "HKD",
            "S$" or "SG$" => "SGD",
            "NT$" => "TWD",
            "R$" => "BRL",
            "MEX$" => "MXN",
            "£" => "GBP",
            "€" => "EUR",
            "¥" or "Y=" => "JPY",
            "RM" => "MYR",
            "Rp" => "IDR",
            "₹" => "INR",
            "₦" => "NGN",
            "₩" => "KRW",
            "₺" => "TRY",
            "₽" => "RUB",
            "₪" => "ILS",
            "₱" => "PHP",
            "₫" => "VND",
            "₴" => "UAH",
            "₸" => "KZT",
            "₡" => "CRC",
            "₾" => "GEL",
            "₭" => "LAK",
            "元" => "CNY",
            "₨" or "Rs" or "Rs." => rupee,
            "RMB" or "Rmb" => "CNY",
            "SFr" or "Sfr" => "CHF",
            "Dh" or "Dhs" => "AED",
            "Tk" => "BDT",
            var code when code.Length == 3 && code.All(char.IsAsciiLetter) => code.ToUpperInvariant(),
            _ => null,
        };
    }

    /// <inheritdoc/>
    public override string? CurrencyFromName(string name, string rupee)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.ToUpperInvariant().Replace("U.S.", "US", StringComparison.Ordinal);
        var space = words.LastIndexOf(' ');
        var nationality = space < 0 ? string.Empty : words[..space];
        var currency = space < 0 ? words : words[(space + 1)..];
        if (currency == "STERLING" && nationality.EndsWith("POUNDS", StringComparison.Ordinal))
        {
            return "GBP";
        }

        currency = currency.TrimEnd('S') switch
        {
            "DLR" or "BUCK" => "DOLLAR",
            "STG" => "STERLING",
            var other => other,
        };
        return (nationality, currency) switch
        {
            ("AUSTRALIAN", "DOLLAR") => "AUD",
            ("CANADIAN", "DOLLAR") => "CAD",
            ("HONG KONG", "DOLLAR") => "HKD",
            ("SINGAPORE" or "SINGAPOREAN", "DOLLAR") => "SGD",
            ("NEW ZEALAND", "DOLLAR") => "NZD",
            ("TAIWAN" or "TAIWANESE", "DOLLAR") => "TWD",
            (_, "DOLLAR") => "USD",
            (_, "EURO") => "EUR",
            ("EGYPTIAN", "POUND") => "EGP",
            (_, "POUND" or "STERLING") => "GBP",
            (_, "YEN") => "JPY",
            (_, "YUAN" or "RENMINBI") => "CNY",
            ("PAKISTANI", "RUPEE") => "PKR",
            ("INDIAN", "RUPEE") => "INR",
            ("SRI LANKAN", "RUPEE") => "LKR",
            ("NEPALESE" or "NEPALI", "RUPEE") => "NPR",
            ("INDONESIAN", "RUPIAH") or (_, "RUPIAH") => "IDR",
            (_, "RUPEE") => rupee,
            ("SWISS", "FRANC") => "CHF",
            (_, "ROUBLE" or "RUBLE") => "RUB",
            ("MEXICAN", "PESO") => "MXN",
            ("PHILIPPINE", "PESO") => "PHP",
            ("COLOMBIAN", "PESO") => "COP",
            ("CHILEAN", "PESO") => "CLP",
            ("ARGENTINE" or "ARGENTINIAN", "PESO") => "ARS",
            ("URUGUAYAN", "PESO") => "UYU",
            ("CUBAN", "PESO") => "CUP",
            ("DOMINICAN", "PESO") => "DOP",
            ("BRAZILIAN", "REAI" or "REAL") or (_, "REAI") => "BRL",
            ("SOUTH KOREAN" or "KOREAN", "WON") or (_, "WON") => "KRW",
            ("TURKISH", "LIRA") or (_, "LIRA") => "TRY",
            (_, "DIRHAM") => "AED",
            (_, "RIYAL") => "SAR",
            ("SOUTH AFRICAN", "RAND") or (_, "RAND") => "ZAR",
            (_, "NAIRA") => "NGN",
            ("KENYAN", "SHILLING") => "KES",
            (_, "ZLOTY") => "PLN",
            (_, "RINGGIT") => "MYR",
            (_, "BAHT") => "THB",
            (_, "TAKA") => "BDT",
            (_, "HRYVNIA") => "UAH",
            (_, "SHEKEL") => "ILS",
            (_, "AFGHANI") => "AFN",
            ("IRANIAN", "RIAL") => "IRR",
            ("DANISH", "KRONE" or "KRONER") => "DKK",
            ("NORWEGIAN", "KRONE" or "KRONER") => "NOK",
            ("ICELANDIC", "KRONA" or "KRONUR") => "ISK",
            (_, "KRONA" or "KRONOR") => "SEK",
            ("CZECH", "KORUNA" or "KORUNY") or (_, "KORUNA" or "KORUNY") => "CZK",
            (_, "FORINT") => "HUF",
            ("ROMANIAN", "LEI") => "RON",
            ("BULGARIAN", "LEVA") => "BGN",
            ("VIETNAMESE", "DONG") => "VND",
            (_, "MARKKA" or "MARKKAA") => "FIM",
            (_, "PESETA") => "ESP",
            (_, "GUILDER") => "NLG",
            _ => null,
        };
    }

    /// <inheritdoc/>
    public override string RupeeCurrency(string text)
        => MostNamed(text, RupeeCountries) ?? "INR";

    /// <inheritdoc/>
    public override bool NamesSterling(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('£', StringComparison.Ordinal)
            || text.Contains("sterling", StringComparison.OrdinalIgnoreCase)
            || text.Contains(" stg", StringComparison.Ordinal)
            || text.Contains("pence", StringComparison.Ordinal)
            || NamesThePound(text);
    }

    // "the pound" as a currency ("the euro and the pound"), not "the pounds he lost".
    private static bool NamesThePound(string text)
    {
        const string ThePound = "the pound";
        for (var i = text.IndexOf(ThePound, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(ThePound, i + ThePound.Length, StringComparison.OrdinalIgnoreCase))
        {
            var next = i + ThePound.Length;
            if (next == text.Length || !char.IsLetter(text[next]))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public override string? PesoCurrency(string text)
        => MostNamed(text, PesoCountries);

    // The code of the country the text names most often, or null when it names none.
    private static string? MostNamed(string text, (string Country, string Code)[] countries)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(countries);
        string? best = null;
        var bestCount = 0;
        foreach (var (country, code) in countries)
        {
            var count = 0;
            for (var i = text.IndexOf(country, StringComparison.Ordinal); i >= 0; i = text.IndexOf(country, i + country.Length, StringComparison.Ordinal))
            {
                count++;
            }

            if (count > bestCount)
            {
                (best, bestCount) = (code, count);
            }
        }

        return best;
    }

    /// <inheritdoc/>
    public override string? FrancCurrency(string text, int position)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Max(0, position - FrancReachBefore);
        var near = text.AsSpan(start, Math.Min(text.Length, position + FrancReachAfter) - start);
        string? found = null;
        foreach (var (place, country) in FrancPlaces)
        {
            if (Names(near, place))
            {
                if (found is not null && found != country)
                {
                    return null; // Two countries of a franc: which one is meant is not sure.
                }

                found = country;
            }
        }

        return found == "Switzerland" ? "CHF" : null;
    }

    /// <inheritdoc/>
    public override string? SharedNameCurrency(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        var words = name.ToUpperInvariant();
        if (words is "KRONER" or "KRONE")
        {
            // "36bn kroner" after "3.4bn Danish kroner": the currency the text names in full, else the one country named.
            return OnlyNamed(text, ["Danish kroner", "Danish krone"], ["Norwegian kroner", "Norwegian krone"], "DKK", "NOK")
                ?? OnlyNamed(text, KroneDanish, KroneNorwegian, "DKK", "NOK");
        }

        return words is "CFA FRANCS" or "CFA FRANC"
            ? OnlyNamed(text, CfaCentral, CfaWest, "XAF", "XOF")
            : null;
    }

    // The places that say which krone and which CFA franc a text means: Congo is left out, as the Democratic Republic's
    // franc is neither CFA franc.
    private static readonly string[] KroneDanish = ["Denmark", "Danish", "Copenhagen", "Greenland", "Faroe"];
    private static readonly string[] KroneNorwegian = ["Norway", "Norwegian", "Oslo"];
    private static readonly string[] CfaCentral = ["Cameroon", "Gabon", "Chad", "Central African Republic", "Equatorial Guinea"];
    private static readonly string[] CfaWest =
        ["Senegal", "Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Mali", "Niger", "Burkina Faso", "Benin", "Togo", "Guinea-Bissau"];

    // The first code when the text names one of the first places and none of the second, the second code the other way
    // round, and null when it names both or neither.
    private static string? OnlyNamed(string text, string[] first, string[] second, string firstCode, string secondCode)
    {
        var a = first.Any(p => Names(text, p));
        var b = second.Any(p => Names(text, p));
        return a == b ? null : a ? firstCode : secondCode;
    }

    // How far from "francs" a country may be named and still count as near: about the paragraph around it.
    private const int FrancReachBefore = 400;
    private const int FrancReachAfter = 200;

    // The places whose naming says which franc is meant; a franc other than the Swiss one is never guessed, and any of
    // these beside Switzerland makes the franc unsure.
    private static readonly (string Place, string Country)[] FrancPlaces =
    [
        ("Switzerland", "Switzerland"), ("Swiss", "Switzerland"), ("Zurich", "Switzerland"), ("Geneva", "Switzerland"),
        ("Basel", "Switzerland"), ("Bern", "Switzerland"), ("Lausanne", "Switzerland"), ("Liechtenstein", "Liechtenstein"),
        ("France", "France"), ("French", "France"), ("Paris", "France"), ("Belgium", "Belgium"), ("Belgian", "Belgium"),
        ("Brussels", "Belgium"), ("Luxembourg", "Luxembourg"), ("Monaco", "Monaco"), ("CFA", "CFA"), ("Cameroon", "CFA"),
        ("Senegal", "CFA"), ("Ivory Coast", "CFA"), ("Côte d'Ivoire", "CFA"), ("Mali", "CFA"), ("Niger", "CFA"),
        ("Burkina Faso", "CFA"), ("Benin", "CFA"), ("Togo", "CFA"), ("Gabon", "CFA"), ("Chad", "CFA"), ("Congo", "Congo"),
        ("Rwanda", "Rwanda"), ("Burundi", "Burundi"), ("Guinea", "Guinea"), ("Djibouti", "Djibouti"), ("Comoros", "Comoros"),
        ("Madagascar", "Madagascar"), ("Polynesia", "CFP"), ("New Caledonia", "CFP"),
    ];

    // Whether the text names the place as a whole word ("Niger", not "Nigeria").
    private static bool Names(ReadOnlySpan<char> text, string place)
    {
        for (var i = text.IndexOf(place, StringComparison.Ordinal); i >= 0;)
        {
            var end = i + place.Length;
            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            var next = text[end..].IndexOf(place, StringComparison.Ordinal);
            i = next < 0 ? -1 : end + next;
        }

        return false;
    }

    /// <inheritdoc/>
    public override decimal ScaleOf(string scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        if (scale == "MM")
        {
            return 1_000_000m;
        }

        return scale.ToUpperInvariant() switch
        {
            "THOUSAND" or "K" => 1_000m,
            "LAKH" or "LAKHS" => 100_000m,
            "MILLION" or "M" or "MN" or "MLN" => 1_000_000m,
            "CRORE" or "CRORES" => 10_000_000m,
            "LAKH CRORE" or "LAKH CRORES" => 1_000_000_000_000m,
            "BILLION" or "BN" or "BLN" or "B" => 1_000_000_000m,
            "TRILLION" or "TN" or "TRN" or "TLN" => 1_000_000_000_000m,
            _ => 1m,
        };
    }

    /// <inheritdoc/>
    public override decimal PointFractionValue(string words) => EnglishNumberWords.PointFractionValue(words);

    /// <inheritdoc/>
    public override bool IsRateNoun(string word) => EnglishWordClasses.RateNouns.Contains(word);
}
