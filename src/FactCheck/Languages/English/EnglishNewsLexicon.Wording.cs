using System.Text.RegularExpressions;

namespace FactCheck.Languages.English;

/// <summary>The English wording around dates and figures that the recognition stage records for the later stages.</summary>
internal sealed partial class EnglishNewsLexicon : NewsLexicon
{
    private const string Weekdays = EnglishCalendarWords.WeekdayNames;

    // The words that bound a date from one side: "by 2015", "until 2007", "since May".
    private const string BoundWords = "by|until|till|through|before|after|from|since|starting";

    /// <summary>A weekday that opens a date, after its bound if it has one: "Monday, April 9", "Monday the 9th", "until Monday, 15 July".</summary>
    [GeneratedRegex(@"^\s*(?:(?:" + BoundWords + @")\s+)?(?<day>" + Weekdays + @")\b\.?,?\s*(the\s+)?", IgnoreCase, Timeout)]
    private static partial Regex WeekdayOpeningExpression();

    /// <inheritdoc/>
    public override Regex WeekdayOpening() => WeekdayOpeningExpression();

    /// <summary>A weekday just before a date, tried on the few characters before it: "on Monday, April 9".</summary>
    [GeneratedRegex(@"\b(?<day>" + Weekdays + @")\b,?\s*(the\s+)?$", IgnoreCase, Timeout)]
    private static partial Regex WeekdayBeforeExpression();

    /// <inheritdoc/>
    public override Regex WeekdayBefore() => WeekdayBeforeExpression();

    /// <summary>A weekday in brackets just after a date: "April 9 (Monday)".</summary>
    [GeneratedRegex(@"^\s*\(\s*(?<day>" + Weekdays + @")\s*\)", IgnoreCase, Timeout)]
    private static partial Regex WeekdayAfterExpression();

    /// <inheritdoc/>
    public override Regex WeekdayAfter() => WeekdayAfterExpression();

    /// <summary>A year written out in a date: four digits from 1800 to 2999.</summary>
    [GeneratedRegex(@"\b" + WrittenYearGroup + @"\b", Options, Timeout)]
    private static partial Regex WrittenYearExpression();

    /// <inheritdoc/>
    public override Regex WrittenYear() => WrittenYearExpression();

    /// <summary>Past-tense verbs that tell an event from a plan, shared by the wordings before and after a date.</summary>
    internal const string PastVerbs = "was|were|had|said|announced|reported|rose|fell|jumped|grew|dropped|declined|increased|decreased|surged|climbed|slumped|plunged|soared|captured|took|revealed|released|published|signed|launched|closed|opened|posted|recorded|earned|lost|won|paid|sold|bought|acquired|agreed|hit|reached|ended|began|started|happened|occurred|died|killed|imposed|confirmed";

    private const string WrittenYearGroup = @"(1[89][0-9]{2}|2[0-9]{3})";

    internal const string ReportNouns = "report|study|survey|review|analysis|audit|assessment|paper|census|inquiry";

    /// <summary>A past-tense verb that governs the date after it, tried on the words before the date: "jumped in", "was signed on".</summary>
    [GeneratedRegex(@"\b(" + PastVerbs + @")(?:\s+[\w'\u2019-]+){0,3}?\s+(?:in|on|during|at)\s+(?:the\s+)?$", IgnoreCase, Timeout)]
    private static partial Regex PastVerbBeforeDateExpression();

    /// <inheritdoc/>
    public override Regex PastVerbBeforeDate() => PastVerbBeforeDateExpression();

    /// <summary>A past-tense verb within the first words after a date that opens its sentence: "In January 2026, attacks jumped".</summary>
    [GeneratedRegex(@"^,?\s+(?:[\w'\u2019-]+\s+){0,6}?(" + PastVerbs + @")\b", IgnoreCase, Timeout)]
    private static partial Regex PastVerbAfterDateExpression();

    /// <inheritdoc/>
    public override Regex PastVerbAfterDate() => PastVerbAfterDateExpression();

    /// <summary>The words a sentence may open with before its date: nothing, or "In", "On", "During", "Back in".</summary>
    [GeneratedRegex(@"^\W*(?:(?:back\s+)?in|on|during|by\s+the\s+end\s+of)?\s*(?:the\s+)?$", IgnoreCase, Timeout)]
    private static partial Regex SentenceOpeningExpression();

    /// <inheritdoc/>
    public override Regex SentenceOpening() => SentenceOpeningExpression();

    /// <summary>A bound word that opens a date: "by 2015", "until 2007", "since May".</summary>
    [GeneratedRegex(@"^\s*(?<bound>" + BoundWords + @")\b", IgnoreCase, Timeout)]
    private static partial Regex BoundOpeningExpression();

    /// <inheritdoc/>
    public override Regex BoundOpening() => BoundOpeningExpression();

    /// <summary>A bound word just before a date, tried on the words before it: "by the end of", "ahead of", "starting".</summary>
    [GeneratedRegex(@"\b(?<bound>by|until|till|through|before|after|ahead\s+of|in\s+time\s+for|from|starting|since)\s+(the\s+end\s+of\s+|early\s+|late\s+|mid-?)?$", IgnoreCase, Timeout)]
    private static partial Regex BoundBeforeExpression();

    /// <inheritdoc/>
    public override Regex BoundBefore() => BoundBeforeExpression();

    /// <summary>Wording just before a date from which a measure holds: "takes effect on", "comes into force from", "effective".</summary>
    [GeneratedRegex(@"(?:(?:take|takes|took|taking|taken)\s+(?:full\s+)?effect|(?:come|comes|came|coming)\s+into\s+(?:force|effect)|(?:go|goes|went)\s+into\s+effect|effective|kicks?\s+in|enters?\s+into\s+force)\s+(?:from\s+|on\s+|as\s+of\s+)?(?:the\s+)?$", IgnoreCase, Timeout)]
    private static partial Regex EffectBeforeExpression();

    /// <inheritdoc/>
    public override Regex EffectBefore() => EffectBeforeExpression();

    /// <summary>Wording that tells of an announcement: "announced", "unveiled", "declared".</summary>
    [GeneratedRegex(@"\b(announced|unveiled|declared)\b", IgnoreCase, Timeout)]
    private static partial Regex AnnouncementWordingExpression();

    /// <inheritdoc/>
    public override Regex AnnouncementWording() => AnnouncementWordingExpression();

    /// <summary>A period of written years: "from 2018 to 2013", "between March 2018 and 2013".</summary>
    [GeneratedRegex(@"\b(?:from|between)\s+(?:(?<ma>" + EnglishCalendarWords.MonthNameOrAbbreviation + @")\.?\s+)?(?<ya>" + WrittenYearGroup + @")\s+(?:to|until|till|through|thru|and)\s+(?:(?<mb>" + EnglishCalendarWords.MonthNameOrAbbreviation + @")\.?\s+)?(?<yb>" + WrittenYearGroup + @")\b", IgnoreCase, Timeout)]
    private static partial Regex PeriodFromToExpression();

    /// <inheritdoc/>
    public override Regex PeriodFromTo() => PeriodFromToExpression();

    /// <summary>A period of written years joined by a dash: "2018-2013", "2018 – March 2013".</summary>
    [GeneratedRegex(@"(?<![0-9/.-])(?<ya>" + WrittenYearGroup + @")\s*[\u2013\u2014-]\s*(?:(?<mb>" + EnglishCalendarWords.MonthNameOrAbbreviation + @")\.?\s+)?(?<yb>" + WrittenYearGroup + @")(?![0-9/.-])", IgnoreCase, Timeout)]
    private static partial Regex PeriodDashExpression();

    /// <inheritdoc/>
    public override Regex PeriodDash() => PeriodDashExpression();

    /// <summary>The month written just before a period's first year, anchored at the end and read right to left.</summary>
    [GeneratedRegex(@"(?<ma>" + EnglishCalendarWords.MonthNameOrAbbreviation + @")\.?\s+\z", IgnoreCase | RegexOptions.RightToLeft, Timeout)]
    private static partial Regex MonthBeforeYearExpression();

    /// <inheritdoc/>
    public override Regex MonthBeforeYear() => MonthBeforeYearExpression();

    /// <summary>The words between the two dates of a period: "to", "until", a dash.</summary>
    [GeneratedRegex(@"^\s*(?:to|until|till|through|thru|[\u2013\u2014-])\s*$", IgnoreCase, Timeout)]
    private static partial Regex PeriodJoinExpression();

    /// <inheritdoc/>
    public override Regex PeriodJoin() => PeriodJoinExpression();

    /// <summary>The words before the first date of a period: "from", "between the".</summary>
    [GeneratedRegex(@"\b(?:from|between)\s+(?:the\s+)?$", IgnoreCase, Timeout)]
    private static partial Regex PeriodLeadExpression();

    /// <inheritdoc/>
    public override Regex PeriodLead() => PeriodLeadExpression();

    /// <summary>A gap in days or weeks between two events: "three days after", "a week before".</summary>
    [GeneratedRegex(@"\b(?<n>[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\s+(?<unit>days?|weeks?)\s+(?<rel>after|before)\b", IgnoreCase, Timeout)]
    private static partial Regex DayGapExpression();

    /// <inheritdoc/>
    public override Regex DayGap() => DayGapExpression();

    /// <summary>A report named after its year: "a 2019 OECD report", "the 2021 census".</summary>
    [GeneratedRegex(@"\b(?<year>(?:19|20)[0-9]{2})\s+(?:[\p{Lu}][\p{L}.'\u2019-]*\s+){0,5}(?:" + ReportNouns + @")\b", Options, Timeout)]
    private static partial Regex DatedReportExpression();

    /// <inheritdoc/>
    public override Regex DatedReport() => DatedReportExpression();

    /// <summary>A report followed by its date: "a study published in 2019".</summary>
    [GeneratedRegex(@"\b(?:" + ReportNouns + @")\s+(?:published|released|issued|from|dated)\s+(?:in\s+)?(?<year>(?:19|20)[0-9]{2})\b", IgnoreCase, Timeout)]
    private static partial Regex ReportDatedExpression();

    /// <inheritdoc/>
    public override Regex ReportDated() => ReportDatedExpression();

    /// <summary>Wording just before a figure that makes it the size of a change: "rose", "up by", "a", "another".</summary>
    [GeneratedRegex(@"\b(rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|up|down|increased?|increases|increasing|decreased?|decreases|decreasing|jump(ed|s|ing)?|gr[eo]w(n|s|ing)?|drop(ped|s|ping)?|declin(ed|es|ing)|climb(ed|s|ing)?|slipp?(ed|s|ing)?|gain(ed|s|ing)?|surg(ed|es|ing)|slump(ed|s|ing)?|plung(ed|es|ing)|soar(ed|s|ing)?|cut|cuts|raised?|rais(es|ing)|boost(ed|s)?|shr[au]nk|shrinks?|lower|higher|added|lost|slid|slides?|tumbled?|by|of|an?|another|extra|further)\s*(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|just\s+|more\s+than\s+|over\s+)?$", IgnoreCase, Timeout)]
    private static partial Regex ChangeBeforeFigureExpression();

    /// <inheritdoc/>
    public override Regex ChangeBeforeFigure() => ChangeBeforeFigureExpression();

    // The most runs of text between spaces a match of ChangeBeforeFigure spans: its word and a hedge of up to two
    // words ("rose by more than"; "by" and the hedge may also be written together without a space).
    private const int ChangeBeforeFigureRuns = 3;

    /// <inheritdoc/>
    public override bool EndsWithChangeBeforeFigure(ReadOnlySpan<char> before)
        => ChangeBeforeFigureExpression().IsMatch(before[LastRunsStart(before, ChangeBeforeFigureRuns)..]);

    /// <summary>Wording just after a figure that makes it the size of a change: "higher", "above", "rise", "on the year".</summary>
    [GeneratedRegex(@"^\s*(?:(?:year|month|quarter)-on-(?:year|month|quarter)\s+)?(higher|lower|more|less|above|below|up|down|rise|increase|fall|drop|jump|growth|gain|decline|cut|hike|surge|slump|fewer|greater|larger|smaller|bigger|on\s+(?:the\s+)?(?:year|previous|last|a\s+year))\b", IgnoreCase, Timeout)]
    private static partial Regex ChangeAfterFigureExpression();

    /// <inheritdoc/>
    public override Regex ChangeAfterFigure() => ChangeAfterFigureExpression();

    /// <summary>A ratio written "N times higher", which some writers use for N + 1 times.</summary>
    [GeneratedRegex(@"\btimes\s+(higher|more|larger|bigger|greater|above|over)\b", IgnoreCase, Timeout)]
    private static partial Regex TimesMoreExpression();

    /// <inheritdoc/>
    public override Regex TimesMore() => TimesMoreExpression();

    /// <summary>Wording that makes points percentage points, not index points: "percentage points", "basis points", "pp", "%".</summary>
    [GeneratedRegex(@"percentage|basis|\bpp\b|\bppt|%", IgnoreCase, Timeout)]
    private static partial Regex PercentagePointsWordingExpression();

    /// <inheritdoc/>
    public override Regex PercentagePointsWording() => PercentagePointsWordingExpression();

    /// <summary>The words between a part and its whole: "300 of the 1,200", "12 out of 40".</summary>
    [GeneratedRegex(@"^\s+(?:out\s+of|of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|all\s+|a\s+total\s+of\s+)?$", IgnoreCase, Timeout)]
    private static partial Regex PartOfWholeExpression();

    /// <inheritdoc/>
    public override Regex PartOfWhole() => PartOfWholeExpression();

    /// <summary>The words between a part-of-whole pair and the share that follows it: "300 of the 1,200 jobs (25%", ", or about 25%".</summary>
    [GeneratedRegex(@"^[^.;:()\d]{0,40}?(?:\(\s*|,\s*or\s+|\s+or\s+)(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+over\s+|just\s+under\s+)?$", IgnoreCase, Timeout)]
    private static partial Regex ShareAfterWholeExpression();

    /// <inheritdoc/>
    public override Regex ShareAfterWhole() => ShareAfterWholeExpression();

    /// <summary>The words between a share and the part-of-whole pair in brackets after it: "25% (300 of", "25% of staff (".</summary>
    [GeneratedRegex(@"^\s*(?:of\s+\w+\s*)?\(\s*$", IgnoreCase, Timeout)]
    private static partial Regex ShareBeforePartExpression();

    /// <inheritdoc/>
    public override Regex ShareBeforePart() => ShareBeforePartExpression();

    /// <summary>"or face", "or risk", "or be fined" within a few words after a deadline: "register within 28 days or face fines".</summary>
    [GeneratedRegex(@"^[^.;:!?]{0,40}?\bor\s+(?:else\s+)?(?:face|risk|be\s+(?:fined|jailed|banned|evicted|charged|prosecuted))\b", IgnoreCase, Timeout)]
    private static partial Regex PenaltyAfterDeadlineExpression();

    /// <inheritdoc/>
    public override Regex PenaltyAfterDeadline() => PenaltyAfterDeadlineExpression();
}
