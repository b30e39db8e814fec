using System.Text.RegularExpressions;

namespace FactCheck.Languages;

/// <summary>
/// The words and signs of news figures and dates that the recognition and claims stages read: units, scales,
/// currencies, hedges, change verbs, tense and modality wording, and the cues that decide which Recognizers models a
/// sentence needs. A language pack holds one (<see cref="LanguagePack.News"/>); the English one is
/// <see cref="English.EnglishNewsLexicon"/>, whose expressions say which forms each member reads.
/// </summary>
/// <remarks>
/// Built once per language and shared: the expressions are compiled once, are thread-safe and run with a match
/// timeout of <see cref="MatchTimeout"/> milliseconds.
/// </remarks>
internal abstract class NewsLexicon
{
    /// <summary>The match timeout of every expression of a language, in milliseconds.</summary>
    public const int MatchTimeout = 1000;

    private Regex[]? _cueScan;
    private WordSearch?[]? _cueScanWords;

    /// <summary>
    /// A number written with digits and an optional scale: "42,000", "3.5", ".005", "1.5 million", "4.3bn", "1MM", the
    /// wire scales "125 mln", "2 bln", "1.5 tln", "300 mil", and the Indian "3,400 crore" and "12 lakh". Thousands may
    /// be grouped the Indian way ("3,40,000"), or with spaces: a narrow or no-break space ("2 345"), or an ordinary
    /// space between at least three groups ("2 345 678") or before "000" ("12 000"; "May 15 200 people" stays two numbers). A scale word may be
    /// followed by "and a half" (group <c>half</c>: "4 million and a half").
    /// </summary>
    public abstract Regex DigitNumber();

    /// <summary>
    /// What may follow a number and give it a unit. Tried at the end of the number. Currency codes are read in any
    /// case ("20 usd") but "TRY" only in capitals; a sign after the number ("1,500€", "20 €"), the sub-units "sen" and
    /// "paise", the wire names "dlrs" and "stg", and "bucks" count too; so do cents of a named currency ("40 euro cents").
    /// </summary>
    public abstract Regex UnitAfter();

    /// <summary>
    /// The length of the percent sign that <see cref="UnitAfter"/> reads first at the start of <paramref name="after"/>
    /// ("%", " %"), found without the expression; 0 when there is none.
    /// </summary>
    public abstract int PercentSignAfter(ReadOnlySpan<char> after);

    /// <summary>
    /// A currency sign or code written just before a number: "$", "US$", "US $", "$US", "HK$", "$A", "£", "Y=", "RM", "Rs",
    /// "USD ", with the minus sign of a negative amount before or after it (group <c>minus</c>: "-$41.3bn", "$-41.3bn").
    /// </summary>
    public abstract Regex CurrencyBefore();

    /// <summary>
    /// Whether the text just before a number may end with a <see cref="CurrencyBefore"/>: a quick look at its last
    /// characters, so most numbers skip the expression.
    /// </summary>
    public abstract bool MayEndWithCurrency(ReadOnlySpan<char> before);

    /// <summary>A hedge written just before a figure: "nearly", "more than", "at least", "between".</summary>
    public abstract Regex QualifierBefore();

    /// <summary>
    /// The <see cref="QualifierBefore"/> that ends at <paramref name="end"/> of <paramref name="text"/>, searched from
    /// <paramref name="start"/> (as <c>Match(text, start, end - start)</c> finds it), or an unsuccessful match.
    /// </summary>
    public abstract Match QualifierEndingAt(string text, int start, int end);

    /// <summary>
    /// A percentage that ends just before a comparative: "24.4% above $496.5bn", "30 per cent more than $400m". The
    /// comparative then sets the percentage against the figure after it; it does not hedge that figure.
    /// </summary>
    public abstract Regex PercentJustBefore();

    /// <summary>
    /// A verb or adjective naming a ratio of change: "doubled", "halved", "threefold", and "double", "triple" or "twice"
    /// before what they multiply ("double the earlier rate", "twice as much"), not in "double taxation".
    /// </summary>
    public abstract Regex ChangeVerb();

    /// <summary>
    /// Whether <paramref name="text"/> may hold a <see cref="ChangeVerb"/>: a quick search for the letters every one of
    /// them has, so most sentences skip the expression.
    /// </summary>
    public abstract bool MayHoldChangeVerb(ReadOnlySpan<char> text);

    // The cheap cues that decide which models run on a sentence are four expressions, read together as one alternation
    // of them in the order below (see MentionRecognizer.ScanCues), the calendar cue as the alternation of its parts
    // (CueScan). Apart, each starts with a few known letters or digits that the engine looks for quickly; as one
    // expression nearly every character could start a match, and every branch was tried at every word.

    /// <summary>A plain year, a cue for the date-time model: "2004", not "2004%", "1990s" or "2004-05".</summary>
    public abstract Regex YearCue();

    /// <summary>
    /// A calendar word, a cue for the date-time model. "May" and "March" count only capitalised (not the verbs); plural
    /// durations ("years", "months") only after a word that pins them to the calendar ("the past three years"),
    /// and "days after" or "weeks before" only before a date ("three days after Christmas"): before anything else
    /// ("just days after the vote") the date-time model reads at most a length of time, which names no date.
    /// </summary>
    public abstract Regex CalendarCue();

    /// <summary>
    /// The branches of <see cref="CalendarCue"/>, in its order, as a few expressions: read together as one alternation
    /// of them they find what it finds, and each starts with a few letters or digits that the engine looks for quickly.
    /// </summary>
    protected abstract Regex[] CalendarCueParts();

    /// <summary>
    /// The expressions of the cue scan, in the order of their alternation: <see cref="YearCue"/>, the parts of
    /// <see cref="CalendarCue"/>, <see cref="DigitDateCue"/> and <see cref="NumberWordCue"/>.
    /// </summary>
    public ReadOnlySpan<Regex> CueScan() => _cueScan ??= [YearCue(), .. CalendarCueParts(), DigitDateCue(), NumberWordCue()];

    /// <summary>
    /// For each expression of <see cref="CueScan"/>, in its order, words one of which every match of it holds (read
    /// without regard to case), or <see langword="null"/> where no such words are given: a text that holds none of them
    /// need not be searched with the expression.
    /// </summary>
    public ReadOnlySpan<WordSearch?> CueScanWords() => _cueScanWords ??=
    [
        null,
        .. CalendarCuePartWords().Select(words => words is null ? null : new WordSearch(words)),
        null,
        null,
    ];

    /// <summary>
    /// For each part of <see cref="CalendarCueParts"/>, in its order, words one of which every match of it holds (read
    /// without regard to case), or <see langword="null"/>: the engine looks for the letters a part starts with, and for
    /// a part that starts with common words ("the past three years") a search for the rarer words it must hold is quicker.
    /// </summary>
    protected abstract string[]?[] CalendarCuePartWords();

    /// <summary>A date written with digits, a cue for the date-time model: "2004-05", "9/11", "15.03.2005", "15-03-2005".</summary>
    public abstract Regex DigitDateCue();

    /// <summary>A number word, a cue for the number model: "two", "a third", "half the".</summary>
    public abstract Regex NumberWordCue();

    /// <summary>
    /// What, before a plain year, makes it more than a year on its own: a range or bound ("from 2013 to 2018",
    /// "between 2001 and 2003", "since 2019", "by 2030"), "mid" or "late", or "fiscal". Such years are read with the
    /// words around them ("the end of 2004" and "the first half of 2004" are read whole before this applies).
    /// </summary>
    public abstract Regex YearContextBefore();

    /// <summary>A bound written just before a year: "since 2019", "by 2030".</summary>
    public abstract Regex YearBoundBefore();

    /// <summary>
    /// What, after a plain year or a common date, makes it part of a longer date: " to 2018", " and March", "-19",
    /// "/20", "'05". "2005 and 2006" are two years; after "and" or "or" only a calendar name continues the date
    /// ("December and January", "2004 and Q1"), not any capitalised word ("in December and Yukos sold").
    /// </summary>
    public abstract Regex YearContextAfter();

    /// <summary>Words that make a sentence speak of the future, so a date without a year lies ahead.</summary>
    public abstract Regex FutureCue();

    /// <summary>
    /// Whether <paramref name="text"/> may hold a <see cref="FutureCue"/>: a quick search for pieces of its words, so most
    /// sentences skip the expression.
    /// </summary>
    public abstract bool MayHoldFutureCue(ReadOnlySpan<char> text);

    /// <summary>Words that make a date relative to when the text was written: "last year", "three days ago".</summary>
    public abstract Regex RelativeDateCue();

    /// <summary>Words that make "pounds" after a number a weight: "weighed", "lost weight", "lbs", "kilograms", "heavier".</summary>
    public abstract Regex WeightCue();

    /// <summary>A range or span connector between two figures: " and ", " to ", "-", "–".</summary>
    public abstract Regex RangeConnector();

    /// <summary>What, before the first figure of "2 to 3 per cent", makes the two a change rather than a range: "from ".</summary>
    public abstract Regex ChangeStartBefore();

    /// <summary>
    /// Maps a currency sign or code written before a number to its ISO 4217 code. <c>$</c> is the US dollar unless
    /// another dollar is made explicit ("A$", "C$", "HK$"); "Rs" and "₨" are resolved by <paramref name="rupee"/>.
    /// </summary>
    public abstract string? CurrencyFromSign(string sign, string rupee);

    /// <summary>Maps a currency name written after a number ("dollars", "Australian dollars", "rupees") to its ISO 4217 code.</summary>
    public abstract string? CurrencyFromName(string name, string rupee);

    /// <summary>The rupee that "Rs", "₨" or "rupees" stand for in <paramref name="text"/>: that of the country it names most often (INR when it names none).</summary>
    public abstract string RupeeCurrency(string text);

    /// <summary>
    /// Whether <paramref name="text"/> writes money in pounds sterling ("£", "sterling", "stg", "pence") or speaks of
    /// "the pound" as a currency; a text in dollars that does neither writes "pounds" of weight.
    /// </summary>
    public abstract bool NamesSterling(string text);

    /// <summary>
    /// The peso that "pesos" without a nationality stands for: that of the country the text names most often, or
    /// <see langword="null"/> when it names none of the peso countries.
    /// </summary>
    public abstract string? PesoCurrency(string text);

    /// <summary>
    /// The franc that "francs" without a nationality stands for at <paramref name="position"/>: the Swiss franc when the
    /// text near it names Switzerland (or a Swiss city) and no other country of a franc; otherwise <see langword="null"/>,
    /// and the number is left without a currency (the francs of France, Belgium and Africa cannot be told apart).
    /// </summary>
    public abstract string? FrancCurrency(string text, int position);

    /// <summary>
    /// The currency that a name shared by several countries stands for in <paramref name="text"/>: "kroner" or "krone"
    /// without a nationality (Danish or Norwegian), "CFA francs" (of Central or West Africa). It is the one the text makes
    /// plain, by naming the currency in full or the countries of one of them only; otherwise <see langword="null"/>, and
    /// the number is left without a currency.
    /// </summary>
    public abstract string? SharedNameCurrency(string name, string text);

    /// <summary>The multiplier of a scale word or abbreviation: "billion"/"bn" → 1e9, "m"/"MM" → 1e6.</summary>
    public abstract decimal ScaleOf(string scale);

    /// <summary>A weekday that opens a date: "Monday, April 9", "Monday the 9th".</summary>
    public abstract Regex WeekdayOpening();

    /// <summary>A weekday just before a date, tried on the few characters before it: "on Monday, April 9".</summary>
    public abstract Regex WeekdayBefore();

    /// <summary>A weekday in brackets just after a date: "April 9 (Monday)".</summary>
    public abstract Regex WeekdayAfter();

    /// <summary>A year written out in a date: four digits from 1800 to 2999.</summary>
    public abstract Regex WrittenYear();

    /// <summary>Whether a text has future or conditional wording: "will", "expects", "forecast", "if", "next". Plans are <see cref="SpeaksOfPlan"/>.</summary>
    public abstract bool SpeaksOfFuture(ReadOnlySpan<char> text);

    /// <summary>Whether a text has planning wording: "plans", "aims", "targets", "proposed", "pledged", "deadline".</summary>
    public abstract bool SpeaksOfPlan(ReadOnlySpan<char> text);

    /// <summary>
    /// Where the clauses of a sentence begin after its first one (offsets into <paramref name="sentence"/>), in text order:
    /// at a semicolon or a spaced dash, at "but" or "while", at ", and" or ", which" (a clause the next comma closes), and
    /// at a word that opens a clause of its own ("said on Friday that it will", "after it said"), at "and" before an auxiliary
    /// ("rose 4% in 2024 and will grow 6%"). A comma alone breaks none:
    /// "In March, profits will fall".
    /// </summary>
    public abstract void ClauseStarts(ReadOnlySpan<char> sentence, List<int> starts);

    /// <summary>The clause (0 for the first) that holds <paramref name="offset"/> of a sentence whose clauses begin at <paramref name="starts"/> (<see cref="ClauseStarts"/>).</summary>
    public static int ClauseIndex(IReadOnlyList<int> starts, int offset)
    {
        var clause = 0;
        while (clause < starts.Count && starts[clause] <= offset)
        {
            clause++;
        }

        return clause;
    }

    /// <summary>The offsets of clause <paramref name="clause"/> (<see cref="ClauseIndex"/>) of a sentence of <paramref name="length"/> characters.</summary>
    public static Range ClauseRange(IReadOnlyList<int> starts, int clause, int length) =>
        new(clause == 0 ? 0 : starts[clause - 1], clause < starts.Count ? starts[clause] : length);

    /// <summary>Whether a text has a verb in the past tense: "was", "fell", "said".</summary>
    public abstract bool SpeaksOfPast(ReadOnlySpan<char> text);

    /// <summary>
    /// Whether a sentence speaks of a plan (<see cref="SpeaksOfPlan"/>) and, when it does not, whether it speaks of the future
    /// (<see cref="SpeaksOfFuture"/>), read in one pass over its words.
    /// </summary>
    public abstract (bool Plan, bool Future) PlanOrFuture(ReadOnlySpan<char> sentence);

    /// <summary>Whether a sentence speaks of the future or of a plan, so the dates and figures in it are not past events.</summary>
    public bool SpeaksOfFutureOrPlan(ReadOnlySpan<char> sentence) => PlanOrFuture(sentence) is (true, _) or (_, true);

    /// <summary>A past-tense verb that governs the date after it, tried on the words before the date: "jumped in", "was signed on".</summary>
    public abstract Regex PastVerbBeforeDate();

    /// <summary>A past-tense verb within the first words after a date that opens its sentence: "In January 2026, attacks jumped".</summary>
    public abstract Regex PastVerbAfterDate();

    /// <summary>The words a sentence may open with before its date: nothing, or "In", "On", "During", "Back in".</summary>
    public abstract Regex SentenceOpening();

    /// <summary>A bound word that opens a date: "by 2015", "until 2007", "since May".</summary>
    public abstract Regex BoundOpening();

    /// <summary>A bound word just before a date, tried on the words before it: "by the end of", "ahead of", "starting".</summary>
    public abstract Regex BoundBefore();

    /// <summary>Wording just before a date from which a measure holds: "takes effect on", "comes into force from", "effective".</summary>
    public abstract Regex EffectBefore();

    /// <summary>Wording that tells of an announcement: "announced", "unveiled", "declared".</summary>
    public abstract Regex AnnouncementWording();

    /// <summary>A period of written years: "from 2018 to 2013", "between March 2018 and 2013".</summary>
    public abstract Regex PeriodFromTo();

    /// <summary>A period of written years joined by a dash: "2018-2013", "2018 – March 2013".</summary>
    public abstract Regex PeriodDash();

    /// <summary>The month written just before a period's first year, anchored at the end and read right to left.</summary>
    public abstract Regex MonthBeforeYear();

    /// <summary>The words between the two dates of a period: "to", "until", a dash.</summary>
    public abstract Regex PeriodJoin();

    /// <summary>The words before the first date of a period: "from", "between the".</summary>
    public abstract Regex PeriodLead();

    /// <summary>A gap in days or weeks between two events: "three days after", "a week before".</summary>
    public abstract Regex DayGap();

    /// <summary>A report named after its year: "a 2019 OECD report", "the 2021 census".</summary>
    public abstract Regex DatedReport();

    /// <summary>A report followed by its date: "a study published in 2019".</summary>
    public abstract Regex ReportDated();

    /// <summary>Wording just before a figure that makes it the size of a change: "rose", "up by", "a", "another".</summary>
    public abstract Regex ChangeBeforeFigure();

    /// <summary>
    /// Whether <paramref name="before"/>, the text just before a figure, ends with <see cref="ChangeBeforeFigure"/>: the
    /// expression asked only of the last few words, which hold every match of it.
    /// </summary>
    public abstract bool EndsWithChangeBeforeFigure(ReadOnlySpan<char> before);

    /// <summary>
    /// Where the last <paramref name="runs"/> runs of text between spaces of <paramref name="text"/> start (0 when it
    /// has fewer). An expression anchored at the end of a text whose matches hold only letters and spaces, and span at
    /// most that many runs, finds the same matches there, with the same word boundary or non-letter before each.
    /// </summary>
    protected static int LastRunsStart(ReadOnlySpan<char> text, int runs)
    {
        var start = text.Length;
        for (var run = 0; run < runs && start > 0; run++)
        {
            while (start > 0 && char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }
        }

        return start;
    }

    /// <summary>Wording just after a figure that makes it the size of a change: "higher", "above", "rise", "on the year".</summary>
    public abstract Regex ChangeAfterFigure();

    /// <summary>A ratio written "N times higher", which some writers use for N + 1 times.</summary>
    public abstract Regex TimesMore();

    /// <summary>Wording that makes points percentage points, not index points: "percentage points", "basis points", "pp", "%".</summary>
    public abstract Regex PercentagePointsWording();

    /// <summary>The words between a part and its whole: "300 of the 1,200", "12 out of 40".</summary>
    public abstract Regex PartOfWhole();

    /// <summary>The words between a part-of-whole pair and the share that follows it: "300 of the 1,200 jobs (25%", ", or about 25%".</summary>
    public abstract Regex ShareAfterWhole();

    /// <summary>The words between a share and the part-of-whole pair in brackets after it: "25% (300 of", "25% of staff (".</summary>
    public abstract Regex ShareBeforePart();

    /// <summary>
    /// Whether a text has wording that sets a claim's figure against another: "compared with", "than", "previous", "forecast",
    /// "in 2019". The "than" of a hedge right before a figure ("more than 44%", "less than $9m") sets it against nothing.
    /// </summary>
    public abstract bool SetsAgainstAnother(ReadOnlySpan<char> text);

    /// <summary>Whether a text names a share of a reference quantity, which may exceed 100%: "of GDP", "of its income", "of the target".</summary>
    public abstract bool NamesShareOfReference(ReadOnlySpan<char> text);

    /// <summary>Whether a text names a rate that cannot be negative: tariffs, duties, taxes, levies, unemployment.</summary>
    public abstract bool NamesNonNegativeRate(ReadOnlySpan<char> text);

    /// <summary>
    /// What <see cref="SetsAgainstAnother"/>, <see cref="NamesShareOfReference"/> and <see cref="NamesNonNegativeRate"/> tell
    /// of a claim's clause, read in one pass over its words.
    /// </summary>
    public abstract (bool SetsAgainstAnother, bool NamesShareOfReference, bool NamesNonNegativeRate) ClauseWording(ReadOnlySpan<char> clause);

    /// <summary>
    /// A penalty that follows a deadline, tried on the words after it: "within 28 days or face fines". Such a deadline
    /// counts from an event the text does not date (buying the car, receiving the letter), not from the publication.
    /// </summary>
    public abstract Regex PenaltyAfterDeadline();

    /// <summary>The value of a fraction written before "a point" or "a percentage point": 0.5 for "half", 0.25 for "a quarter".</summary>
    public abstract decimal PointFractionValue(string words);

    /// <summary>Whether a lower-case word marks a rate measure when it heads a subject ("rate", "inflation"), so "a quarter of a point" near it is a change in points.</summary>
    public abstract bool IsRateNoun(string word);
}
