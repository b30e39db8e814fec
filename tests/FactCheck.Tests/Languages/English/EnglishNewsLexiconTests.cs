using System.Reflection;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Languages.English;
using FactCheck.Recognition;
using Xunit;

namespace FactCheck.Tests.Languages.English;

public class EnglishNewsLexiconTests
{
    private static readonly NewsLexicon Words = LanguagePacks.English.News;

    public static TheoryData<string> Expressions()
    {
        var names = new TheoryData<string>();
        foreach (var method in typeof(NewsLexicon).GetMethods().Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0))
        {
            names.Add(method.Name);
        }

        return names;
    }

    [Fact]
    public void EnglishPack_News_IsTheEnglishLexicon()
        => Assert.IsType<EnglishNewsLexicon>(Words);

    [Theory]
    [MemberData(nameof(Expressions))]
    public void Expression_ReadTwice_SameInstanceWithMatchTimeout(string name)
    {
        var method = typeof(NewsLexicon).GetMethod(name, BindingFlags.Public | BindingFlags.Instance)!;
        var first = (Regex)method.Invoke(Words, null)!;
        var second = (Regex)method.Invoke(Words, null)!;
        Assert.Same(first, second);
        Assert.Equal(TimeSpan.FromMilliseconds(NewsLexicon.MatchTimeout), first.MatchTimeout);
    }

    [Theory]
    [InlineData("The plant is due to open in March.", true)]
    [InlineData("Sales will rise 5%.", true)]
    [InlineData("Revenues slipped 11% in 2004, mainly due to the weakness of the dollar.", false)]
    [InlineData("Profits fell 3% due to higher costs.", false)]
    public void FutureWording_Sentence_TellsTheFutureFromACause(string sentence, bool future)
        => Assert.Equal(future, Words.SpeaksOfFuture(sentence));

    [Theory]
    [InlineData("It'll open in March.", true)]
    [InlineData("Results for the financial year were strong.", true)]
    [InlineData("The Acme mill closed.", false)]
    public void SpeaksOfFuture_WordsAndPhrases_AreReadWordByWord(string sentence, bool future)
        => Assert.Equal(future, Words.SpeaksOfFuture(sentence));

    [Theory]
    [InlineData("The firm plans to cut 300 jobs.", true)]
    [InlineData("Globex wants to buy the mill.", true)]
    [InlineData("Globex wants a new mill.", false)]
    [InlineData("The deadline is in May.", true)]
    [InlineData("Sales rose 5%.", false)]
    public void SpeaksOfPlan_Sentence_TellsAPlan(string sentence, bool plan)
        => Assert.Equal(plan, Words.SpeaksOfPlan(sentence));

    [Theory]
    [InlineData("The firm plans to cut 300 jobs.", true, false)]
    [InlineData("Sales will rise 5%, and Globex aims to double them.", true, false)]
    [InlineData("Sales will rise 5%.", false, true)]
    [InlineData("Profits fell 3% due to higher costs.", false, false)]
    public void PlanOrFuture_Sentence_TellsAPlanBeforeTheFuture(string sentence, bool plan, bool future)
        => Assert.Equal((plan, future), Words.PlanOrFuture(sentence));

    // Each clause after the first, by its first words.
    [Theory]
    [InlineData("In March, profits will fall.", "")]
    [InlineData("Sales rose in May, and prices will rise in June.", "and prices")]
    [InlineData("The levy, which was set in March, will apply in June.", "which was|will apply")]
    [InlineData("The firm said on Friday that it will cut jobs.", "that it")]
    [InlineData("Profits fell 3% but sales rose; margins held firm.", "but sales|margins held")]
    [InlineData("Output rose 2% - the fastest in a year.", "the fastest")]
    [InlineData("The 2004-05 season ended, with sales up 3%.", "")]
    [InlineData("Shares closed down on Monday, after it said a partner was set to leave.", "after it")]
    public void ClauseStarts_Sentence_BreaksAtConjunctionsAndSemicolons(string sentence, string clauses)
    {
        var starts = new List<int>();
        Words.ClauseStarts(sentence, starts);

        var openings = starts.Select(s => string.Join(' ', sentence[s..].Split(' ').Take(2)));
        Assert.Equal(clauses, string.Join('|', openings));
    }

    [Theory]
    [InlineData("sales fell in May", true)]
    [InlineData("the firm said on Friday", true)]
    [InlineData("the levy will apply in June", false)]
    [InlineData("prices are high", false)]
    public void SpeaksOfPast_Clause_FindsAPastVerb(string clause, bool past)
        => Assert.Equal(past, Words.SpeaksOfPast(clause));

    [Theory]
    [InlineData("sales rose 4% year-on-year", true)]
    [InlineData("sales rose 4% in 2004", true)]
    [InlineData("sales rose 4% in 20045", false)]
    [InlineData("sales rose by more than US$5bn", false)]
    [InlineData("sales rose by more than a fifth", true)]
    [InlineData("sales were higher than in May", true)]
    [InlineData("sales rose 4%", false)]
    public void SetsAgainstAnother_Clause_TellsAContrastFromAHedge(string clause, bool contrasted)
        => Assert.Equal(contrasted, Words.SetsAgainstAnother(clause));

    [Theory]
    [InlineData("debt reached 120% of gross domestic product", true)]
    [InlineData("a margin of 8% of pre-tax profits", true)]
    [InlineData("spending of 3% of the annual national budget", true)]
    [InlineData("spending of 3% of the very large annual national budget", false)]
    [InlineData("a stake of 8% of Globex", false)]
    public void NamesShareOfReference_Clause_FindsTheReferenceWithinThreeWords(string clause, bool reference)
        => Assert.Equal(reference, Words.NamesShareOfReference(clause));

    [Theory]
    [InlineData("sales rose 5% compared with 2004", true, false, false)]
    [InlineData("a deficit of 4% of GDP", false, true, false)]
    [InlineData("a tariff of 25%", false, false, true)]
    [InlineData("duties rose to 30% of the annual target, against 20% a year ago", true, true, true)]
    [InlineData("profits rose more than 44%", false, false, false)]
    public void ClauseWording_Clause_TellsWhatEachScannerTells(string clause, bool against, bool share, bool rate)
    {
        Assert.Equal((against, share, rate), Words.ClauseWording(clause));
        Assert.Equal((against, share, rate), (Words.SetsAgainstAnother(clause), Words.NamesShareOfReference(clause), Words.NamesNonNegativeRate(clause)));
    }

    [Theory]
    [InlineData("5%", "pct")]
    [InlineData("5 per cent", "pct")]
    [InlineData("5 percentage points", "pp")]
    [InlineData("25 bps", "bp")]
    [InlineData("5 USD", "iso")]
    [InlineData("5 Australian dollars", "name")]
    [InlineData("5 pounds sterling", "name")]
    [InlineData("50 pence", "pence")]
    public void UnitAfter_UnitAfterNumber_ReadIntoItsGroup(string text, string group)
    {
        var numberEnd = text.Length - text.TrimStart("0123456789".ToCharArray()).Length;
        var match = Words.UnitAfter().Match(text, numberEnd);
        Assert.True(match.Success);
        Assert.True(match.Groups[group].Success);
    }

    [Theory]
    [InlineData("US$", "USD")]
    [InlineData("$", "USD")]
    [InlineData("A$", "AUD")]
    [InlineData("HK$", "HKD")]
    [InlineData("£", "GBP")]
    [InlineData("Y=", "JPY")]
    [InlineData("EUR", "EUR")]
    [InlineData("Rs", "PKR")]
    [InlineData("SFr", "CHF")]
    [InlineData("Rmb", "CNY")]
    [InlineData("Dh", "AED")]
    [InlineData("Tk", "BDT")]
    [InlineData("元", "CNY")]
    public void CurrencyFromSign_SignOrCode_IsoCode(string sign, string code)
        => Assert.Equal(code, Words.CurrencyFromSign(sign, rupee: "PKR"));

    [Theory]
    [InlineData("US$")]
    [InlineData("HK$")]
    [InlineData("£")]
    [InlineData("Rs")]
    public void CurrencyBefore_SignBeforeNumber_Matches(string sign)
        => Assert.Equal(sign, Words.CurrencyBefore().Match("rose to " + sign).Groups["cur"].Value);

    [Theory]
    [InlineData("dollars", "USD")]
    [InlineData("Australian dollars", "AUD")]
    [InlineData("pounds sterling", "GBP")]
    [InlineData("euros", "EUR")]
    [InlineData("Mexican pesos", "MXN")]
    [InlineData("rupees", "NPR")]
    [InlineData("dlrs", "USD")]
    [InlineData("Finnish markka", "FIM")]
    [InlineData("markkaa", "FIM")]
    [InlineData("pesetas", "ESP")]
    [InlineData("Dutch guilders", "NLG")]
    [InlineData("guilder", "NLG")]
    public void CurrencyFromName_NameAfterNumber_IsoCode(string name, string code)
        => Assert.Equal(code, Words.CurrencyFromName(name, rupee: "NPR"));

    [Theory]
    [InlineData("Pakistan's central bank said Pakistan would borrow.", "PKR")]
    [InlineData("The Indian and Sri Lankan boards met in Sri Lanka and again in Sri Lanka.", "LKR")]
    [InlineData("Prices rose.", "INR")]
    public void RupeeCurrency_CountryNamedMost_ItsRupee(string text, string code)
        => Assert.Equal(code, Words.RupeeCurrency(text));

    [Theory]
    [InlineData("Mexico raised rates.", "MXN")]
    [InlineData("Prices rose.", null)]
    public void PesoCurrency_CountryNamedMost_ItsPeso(string text, string? code)
        => Assert.Equal(code, Words.PesoCurrency(text));

    [Theory]
    [InlineData("It cost £5.", true)]
    [InlineData("The euro rose against the pound.", true)]
    [InlineData("He lost 30 pounds and the pounds he lost stayed off.", false)]
    [InlineData("It cost $5.", false)]
    public void NamesSterling_Text_WhetherItWritesMoneyInPounds(string text, bool expected)
        => Assert.Equal(expected, Words.NamesSterling(text));

    [Theory]
    [InlineData("bn", "1000000000")]
    [InlineData("billion", "1000000000")]
    [InlineData("MM", "1000000")]
    [InlineData("m", "1000000")]
    [InlineData("crore", "10000000")]
    [InlineData("lakh", "100000")]
    [InlineData("k", "1000")]
    [InlineData("dozen", "1")]
    public void ScaleOf_ScaleWord_Multiplier(string scale, string multiplier)
        => Assert.Equal(decimal.Parse(multiplier, System.Globalization.CultureInfo.InvariantCulture), Words.ScaleOf(scale));

    [Theory]
    [InlineData("The firm will cut 300 jobs.", true)]
    [InlineData("The firm plans to cut 300 jobs.", true)]
    [InlineData("The firm cut 300 jobs.", false)]
    public void SpeaksOfFutureOrPlan_Sentence_WhetherItIsNoPastEvent(string sentence, bool expected)
        => Assert.Equal(expected, Words.SpeaksOfFutureOrPlan(sentence));

    [Theory]
    [InlineData("half", "0.5")]
    [InlineData("a quarter", "0.25")]
    [InlineData("three quarters", "0.75")]
    public void PointFractionValue_Fraction_Value(string words, string value)
        => Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Words.PointFractionValue(words));

    [Theory]
    [InlineData("rate", true)]
    [InlineData("inflation", true)]
    [InlineData("profit", false)]
    public void IsRateNoun_Word_WhetherItNamesARate(string word, bool expected)
        => Assert.Equal(expected, Words.IsRateNoun(word));

    [Fact]
    public void PastVerbs_EachWordOnce_WithTheCommonChangeVerbs()
    {
        var verbs = EnglishNewsLexicon.PastVerbs.Split('|');
        Assert.Equal(verbs.Length, verbs.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("rose", verbs);
        Assert.Contains("fell", verbs);
        Assert.Contains("announced", verbs);
    }

    [Fact]
    public void ReportNouns_EachWordOnce_WithReportAndSurvey()
    {
        var nouns = EnglishNewsLexicon.ReportNouns.Split('|');
        Assert.Equal(nouns.Length, nouns.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("report", nouns);
        Assert.Contains("survey", nouns);
    }

    [Fact]
    public void CurrencyCodes_EachCodeOnce_ReadBeforeAndAfterNumbers()
    {
        var codes = EnglishNewsLexicon.CurrencyCodes.Split('|');
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Equal(code == "RMB" ? "CNY" : code, Words.CurrencyFromSign(code, rupee: "INR")));
        Assert.Matches(Words.CurrencyBefore(), "GBP ");
        Assert.True(Words.UnitAfter().Match("5 GBP", 1).Groups["iso"].Success);
    }

    [Theory]
    [InlineData("On Monday the Keldor board said sales in March 2004 were 12% above a year ago, three years after the 1990s boom.")]
    [InlineData("Profit in the first quarter of fiscal 2005 rose in Q3 and H1, and FY2004 output fell in the past two years.")]
    [InlineData("The Brackley plant will close within five years, the day after Christmas, or later in the nineties.")]
    [InlineData("Mid-2003 output was half the level of the late '80s; nineteen ninety-eight was worse, week 12 too.")]
    [InlineData("Growth of two-thirds on 9/11 and 15.03.2005, years before the end of the year-end audit, in May.")]
    [InlineData("no cue at all here")]
    [InlineData("")]
    public void CueScan_ReadAsOneAlternation_FindsWhatTheFourCuesFind(string text)
    {
        static int KindOf(int expression, int count) => expression == 0 ? 0 : expression == count - 1 ? 2 : 1;
        Regex[] four = [Words.YearCue(), Words.CalendarCue(), Words.DigitDateCue(), Words.NumberWordCue()];
        var expected = new List<(int Start, int Length, int Expression)>();
        OrderedAlternation.Matches(text, four, expected);
        var scan = Words.CueScan().ToArray();
        var found = new List<(int Start, int Length, int Expression)>();
        OrderedAlternation.Matches(text, scan, found);

        Assert.Equal(
            expected.Select(m => (m.Start, m.Length, KindOf(m.Expression, four.Length))),
            found.Select(m => (m.Start, m.Length, KindOf(m.Expression, scan.Length))));
        var skipping = new List<(int Start, int Length, int Expression)>();
        OrderedAlternation.Matches(text, scan, Words.CueScanWords(), skipping);
        Assert.Equal(found, skipping);
    }

    [Fact]
    public void CueScanWords_OnePerExpression_EveryMatchHoldsOne()
    {
        var scan = Words.CueScan();
        var words = Words.CueScanWords();
        Assert.Equal(scan.Length, words.Length);
        string[] texts =
        [
            "On Monday the Keldor board said sales in March 2004 were 12% above a year ago, three years after the 1990s boom.",
            "The Brackley plant will close within five years, the day after Christmas, or later in the nineties.",
            "Mid-2003 output was half the level of the late '80s; nineteen ninety-eight was worse, week 12 too.",
            "Output fell in the past two years, a month earlier, on the day, in the 19th century, in the two thousands.",
        ];
        foreach (var text in texts)
        {
            for (var k = 0; k < scan.Length; k++)
            {
                if (words[k] is { } needed)
                {
                    // The words are in the match or in what it looks ahead to ("within" of "within five years").
                    Assert.All(scan[k].Matches(text), match => Assert.True(needed.FoundIn(text.AsSpan(match.Index)), match.Value));
                }
            }
        }
    }

    [Theory]
    [InlineData("Output doubled last year.")]
    [InlineData("Prices have TRIPLED since May.")]
    [InlineData("The loss was trebled.")]
    [InlineData("Sales quadrupling in Asia.")]
    [InlineData("The deficit halved.")]
    [InlineData("a tenfold rise")]
    [InlineData("It costs twice what it did.")]
    [InlineData("They want to double the earlier rate.")]
    public void MayHoldChangeVerb_SentenceWithAChangeVerb_True(string text)
    {
        Assert.Matches(Words.ChangeVerb(), text);
        Assert.True(Words.MayHoldChangeVerb(text));
    }

    [Theory]
    [InlineData("Sales rose 5% in March.")]
    [InlineData("")]
    public void MayHoldChangeVerb_SentenceWithout_False(string text)
        => Assert.False(Words.MayHoldChangeVerb(text));
    [Theory]
    [InlineData("The tariff WILL rise in May.")]
    [InlineData("We shall see in June.")]
    [InlineData("Prices won't fall before March.")]
    [InlineData("The rules take effect on 1 April.")]
    [InlineData("The law comes into force in July.")]
    [InlineData("Results are due on Tuesday.")]
    [InlineData("The cut applies from next month.")]
    [InlineData("A vote is scheduled for Friday.")]
    [InlineData("Rates are set to climb in 2026.")]
    [InlineData("Sales are expected to grow.")]
    [InlineData("Brindle plans to hire 200 people.")]
    [InlineData("The upcoming budget in March.")]
    [InlineData("Starting in May, fees double.")]
    [InlineData("Beginning in June, fares rise.")]
    [InlineData("The deal expires in 2027.")]
    [InlineData("The deadline is Monday.")]
    [InlineData("Pay up by Friday or else risk a fine.")]
    [InlineData("Sign by Monday or face a strike.")]
    [InlineData("We\u2019ll know in April.")]
    [InlineData("They'll decide in May.")]
    public void MayHoldFutureCue_SentenceWithFutureWording_True(string text)
    {
        Assert.Matches(Words.FutureCue(), text);
        Assert.True(Words.MayHoldFutureCue(text));
    }

    [Theory]
    [InlineData("Sales rose 5% in March.")]
    [InlineData("Profit fell to $3m last year, the firm said.")]
    [InlineData("")]
    public void MayHoldFutureCue_SentenceWithout_False(string text)
    {
        Assert.DoesNotMatch(Words.FutureCue(), text);
        Assert.False(Words.MayHoldFutureCue(text));
    }
    [Theory]
    [InlineData("cost $")]
    [InlineData("cost US$")]
    [InlineData("cost US $")]
    [InlineData("cost u.s $")]
    [InlineData("cost $US")]
    [InlineData("cost HK$")]
    [InlineData("cost \u00A3")]
    [InlineData("cost \u20AC")]
    [InlineData("cost \u20B9")]
    [InlineData("cost Y=")]
    [InlineData("cost RM")]
    [InlineData("cost Rs")]
    [InlineData("cost Rs.")]
    [InlineData("cost USD ")]
    [InlineData("cost usd ")]
    [InlineData("cost SFr")]
    [InlineData("cost Rmb")]
    [InlineData("cost Dhs")]
    [InlineData("fell to $A")]
    [InlineData("cost $NZ")]
    [InlineData("cost Dh")]
    [InlineData("cost Tk")]
    [InlineData("cost eur ")]
    [InlineData("a loss of -$")]
    [InlineData("a loss of $-")]
    public void MayEndWithCurrency_TextEndingWithACurrency_True(string before)
    {
        Assert.Matches(Words.CurrencyBefore(), before);
        Assert.True(Words.MayEndWithCurrency(before));
    }

    [Theory]
    [InlineData("profit rose ")]
    [InlineData("fell to ")]
    [InlineData("up by ")]
    [InlineData("a ")]
    [InlineData("nearly ")]
    [InlineData("in 2004, ")]
    [InlineData("(")]
    [InlineData("")]
    public void MayEndWithCurrency_TextEndingWithoutOne_False(string before)
    {
        Assert.DoesNotMatch(Words.CurrencyBefore(), before);
        Assert.False(Words.MayEndWithCurrency(before));
    }

    [Theory]
    [InlineData("% of the market", 1)]
    [InlineData(" % of the market", 2)]
    [InlineData("\uFF05", 1)]
    [InlineData(" per cent", 0)]
    [InlineData(" percentage points", 0)]
    [InlineData("", 0)]
    public void PercentSignAfter_TextAfterANumber_LengthOfTheSign(string after, int expected)
    {
        Assert.Equal(expected, Words.PercentSignAfter(after));
        if (expected > 0)
        {
            Assert.Equal(expected, Words.UnitAfter().Match(after).Length);
        }
    }
    [Theory]
    [InlineData("Pre-tax profit rose ", true)]
    [InlineData("Sales climbed by more than ", true)]
    [InlineData("shares were up nearly ", true)]
    [InlineData("the group added another ", true)]
    [InlineData("a cut of about ", true)]
    [InlineData("Output at the plant rose by more  than ", true)]
    [InlineData("profit was ", false)]
    [InlineData("shares in the group were ", false)]
    [InlineData("the setup ", false)]
    [InlineData("(rose ", true)]
    [InlineData("", false)]
    public void EndsWithChangeBeforeFigure_TextBeforeAFigure_AsTheExpression(string before, bool expected)
    {
        Assert.Equal(expected, Words.ChangeBeforeFigure().IsMatch(before));
        Assert.Equal(expected, Words.EndsWithChangeBeforeFigure(before));
    }
    [Theory]
    [InlineData("The company employs no fewer than ", "no fewer than")]
    [InlineData("It fought over a ", "over")]
    [InlineData("Sales were (nearly ", "nearly")]
    [InlineData("It paid in excess of an ", "in excess of")]
    [InlineData("Revenue grew to ", null)]
    [InlineData("", null)]
    public void QualifierEndingAt_TextBeforeAFigure_TheMatchOfTheExpression(string before, string? hedge)
    {
        var text = before + "40 people";
        var expected = Words.QualifierBefore().Match(text, 0, before.Length);
        var match = Words.QualifierEndingAt(text, 0, before.Length);
        Assert.Equal(hedge is not null, match.Success);
        Assert.Equal(expected.Success, match.Success);
        Assert.Equal(expected.Index, match.Index);
        Assert.Equal(expected.Value, match.Value);
        Assert.Equal(hedge ?? string.Empty, match.Groups["q"].Value);
    }
}
