using System.Globalization;
using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Checks.Restatement;

public sealed class RestatementCheckTests
{
    private static readonly DateOnly Published = new(2025, 4, 5);

    private static IReadOnlyList<Finding> Run(Scenario s, Action<FactCheck.Checks.Restatement.RestatementOptions>? configure = null) =>
        s.Run(new FactCheckerBuilder().ClearChecks().AddRestatementCheck(configure));

    [Fact]
    public void Check_SameDutyStatedAs29And30_IsError()
    {
        var s = new Scenario("Exports from Pakistan to the US now face a 29% duty, up from 10%. Pakistani goods now face a 30% tariff in the US.", Published) { Entity = "Acme" };
        var a = s.Percent("29%", 29);
        var prev = s.Percent("10%", 10);
        var b = s.Percent("30%", 30);
        s.Claim(ClaimKind.FromTo, "Exports from Pakistan to the US now face a 29% duty, up from 10%", a, [prev], ChangeDirection.Up, 10m, "us tariff on pakistan", Measure.Rate);
        s.Claim(ClaimKind.Level, "Pakistani goods now face a 30% tariff in the US", b, subject: "us tariff on pakistan", measure: Measure.Rate);

        var finding = Assert.Single(Run(s));

        Assert.Equal("restatement", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(["c1", "c2"], finding.ClaimIds);
        Assert.Equal([s.Find("29%"), s.Find("30%")], finding.Spans);
        Assert.Contains("29%", finding.Message, StringComparison.Ordinal);
        Assert.Contains("30%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameValueRestated_IsSilent()
    {
        var s = new Scenario("Goods face a 29% duty. The 29% tariff starts soon.", Published) { Entity = "Acme" };
        var a = s.Percent("29%", 29);
        var b = s.Percent("29%", 29, occurrence: 1);
        s.Claim(ClaimKind.Level, "Goods face a 29% duty", a, subject: "tariff on goods", measure: Measure.Rate);
        s.Claim(ClaimKind.Level, "The 29% tariff starts soon", b, subject: "tariff on goods", measure: Measure.Rate);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_HedgedRestatementWithinItsInterval_IsSilent()
    {
        var s = new Scenario("Some 40,000 people attended. Police said 41,200 people came.", Published) { Entity = "Acme" };
        var a = s.Number("Some 40,000", 40_000m, low: 36_000m, high: 44_000m, qualifier: Qualifier.Approximately);
        var b = s.Number("41,200", 41_200m);
        s.Claim(ClaimKind.Level, "Some 40,000 people attended", a, subject: "rally attendance", measure: Measure.Count);
        s.Claim(ClaimKind.Level, "Police said 41,200 people came", b, subject: "rally attendance", measure: Measure.Count);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_DifferentTimes_AreSilent()
    {
        var s = new Scenario("In 2023 the rate was 4%. In 2024 the rate was 5%.", Published) { Entity = "Acme" };
        var y1 = s.Year("2023", 2023);
        var a = s.Percent("4%", 4);
        var y2 = s.Year("2024", 2024);
        var b = s.Percent("5%", 5);
        s.Claim(ClaimKind.Level, "In 2023 the rate was 4%", a, subject: "interest rate", measure: Measure.Rate, time: s.TimeOf(y1));
        s.Claim(ClaimKind.Level, "In 2024 the rate was 5%", b, subject: "interest rate", measure: Measure.Rate, time: s.TimeOf(y2));

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_DifferentSubjectsOrMeasures_AreSilent()
    {
        var s = new Scenario("Steel faces a 25% tariff. Aluminium faces a 10% tariff.", Published) { Entity = "Acme" };
        var a = s.Percent("25%", 25);
        var b = s.Percent("10%", 10);
        s.Claim(ClaimKind.Level, "Steel faces a 25% tariff", a, subject: "tariff on steel", measure: Measure.Rate);
        s.Claim(ClaimKind.Level, "Aluminium faces a 10% tariff", b, subject: "tariff on aluminium", measure: Measure.Rate);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_EarlierValueOfAFromToStatedAgain_IsSilent()
    {
        var s = new Scenario("Goods face a 29% duty, up from 10%. The 10% rate had applied since 2019.", Published) { Entity = "Acme" };
        var a = s.Percent("29%", 29);
        var prev = s.Percent("10%", 10);
        var b = s.Percent("10%", 10, occurrence: 1);
        s.Claim(ClaimKind.FromTo, "Goods face a 29% duty, up from 10%", a, [prev], ChangeDirection.Up, 10m, "tariff on goods", Measure.Rate);
        s.Claim(ClaimKind.Level, "The 10% rate had applied since 2019", b, subject: "tariff on goods", measure: Measure.Rate);

        Assert.Empty(Run(s));
    }

    [Theory]
    [InlineData("tonnes", Measure.Amount, "Output was 180,000 tonnes. Exports were 190,000 tonnes.")]
    [InlineData("annual output", Measure.Unknown, "Output was 180,000 tonnes. Exports were 190,000 tonnes.")]
    public void Check_SubjectTooVagueOrMeasureUnknown_IsSilent(string subject, Measure measure, string text)
    {
        var s = new Scenario(text, Published) { Entity = "Acme" };
        var a = s.Number("180,000", 180_000m);
        var b = s.Number("190,000", 190_000m);
        s.Claim(ClaimKind.Level, "Output was 180,000 tonnes", a, subject: subject, measure: measure);
        s.Claim(ClaimKind.Level, "Exports were 190,000 tonnes", b, subject: subject, measure: measure);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_ValuesTooFarApartForOneFigure_AreSilentUnlessTheRatioOptionAllows()
    {
        var s = new Scenario("The jobless rate is 4.7%. The jobless rate is 10.4%.", Published) { Entity = "Acme" };
        var a = s.Percent("4.7%", 4.7m, decimals: 1);
        var b = s.Percent("10.4%", 10.4m, decimals: 1);
        s.Claim(ClaimKind.Level, "The jobless rate is 4.7%", a, subject: "jobless rate", measure: Measure.Rate);
        s.Claim(ClaimKind.Level, "The jobless rate is 10.4%", b, subject: "jobless rate", measure: Measure.Rate);

        Assert.Empty(Run(s));
        Assert.Single(Run(s, o => o.MaximumRatio = 3m));
    }

    [Fact]
    public void Check_FigureSetAgainstAnother_IsSilent()
    {
        var s = new Scenario("The jobless rate is 4.7%. That compares with 4.9% in France.", Published) { Entity = "Acme" };
        var a = s.Percent("4.7%", 4.7m, decimals: 1);
        var b = s.Percent("4.9%", 4.9m, decimals: 1);
        s.Claim(ClaimKind.Level, "The jobless rate is 4.7%", a, subject: "jobless rate", measure: Measure.Rate);
        s.Claim(ClaimKind.Level, "That compares with 4.9% in France", b, subject: "jobless rate", measure: Measure.Rate);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_SameSubjectForDifferentCountries_IsSilent()
    {
        var s = new Scenario("The jobless rate is 4.7%. The jobless rate is 4.9%.", Published) { Entity = "Acme" };
        var a = s.Percent("4.7%", 4.7m, decimals: 1);
        var b = s.Percent("4.9%", 4.9m, decimals: 1);
        var first = s.Claim(ClaimKind.Level, "The jobless rate is 4.7%", a, subject: "jobless rate", measure: Measure.Rate);
        var second = s.Claim(ClaimKind.Level, "The jobless rate is 4.9%", b, subject: "jobless rate", measure: Measure.Rate);
        s.Claims[0] = new FactCheck.Claims.Claim(first.Id, first.Kind, first.Span, first.Text, first.Value, first.Unit, first.Low, first.High, first.Figures, subjectKey: first.SubjectKey, measure: first.Measure, time: first.Time, entities: ["UK"]);
        s.Claims[1] = new FactCheck.Claims.Claim(second.Id, second.Kind, second.Span, second.Text, second.Value, second.Unit, second.Low, second.High, second.Figures, subjectKey: second.SubjectKey, measure: second.Measure, time: second.Time, entities: ["France"]);

        Assert.Empty(Run(s));
    }

    [Fact]
    public void Check_RelativeToleranceOption_AcceptsCloseValues()
    {
        var s = new Scenario("Sales were $100m. Sales were $101m.", Published) { Entity = "Acme" };
        var a = s.Money("$100m", 100_000_000m, "USD");
        var b = s.Money("$101m", 101_000_000m, "USD");
        s.Claim(ClaimKind.Level, "Sales were $100m", a, subject: "annual sales", measure: Measure.Amount);
        s.Claim(ClaimKind.Level, "Sales were $101m", b, subject: "annual sales", measure: Measure.Amount);

        Assert.Single(Run(s));
        Assert.Empty(Run(s, o => o.RelativeTolerance = 0.01m));
    }

    [Fact]
    public void Pairs_SubjectStatedHundredsOfTimes_EachClaimMeetsOnlyTheNearestEarlierStatements()
    {
        const int times = 300;
        var s = Scenario.Repeated("Goods face a 29% duty. ", times, Published, Duty29, "Acme");

        var pairs = FactCheck.Checks.Restatement.RestatementCheck.Pairs(s.Claims).ToList();

        // All pairs would be 300 * 299 / 2 = 44,850: the cost of a long document would grow with its square.
        const int window = 64;
        Assert.Equal(Enumerable.Range(0, times).Sum(j => Math.Min(j, window)), pairs.Count);
        Assert.All(pairs, p => Assert.InRange(s.Claims.IndexOf(p.Later) - s.Claims.IndexOf(p.Earlier), 1, window));
    }

    [Fact]
    public void Check_ConflictAfterManyRestatements_IsStillFound()
    {
        var s = new Scenario(string.Concat(Enumerable.Repeat("Goods face a 29% duty. ", 200)) + "Goods face a 30% duty.", Published) { Entity = "Acme" };
        for (var k = 0; k < 200; k++)
        {
            Duty29(s, k);
        }

        var last = s.Claim(ClaimKind.Level, "Goods face a 30% duty", s.Percent("30%", 30), subject: "tariff on goods", measure: Measure.Rate);

        var finding = Assert.Single(Run(s));

        Assert.Equal(last.Id, finding.ClaimIds[1]);
        Assert.Contains(s.Find("30%"), finding.Spans);
    }

    [Fact]
    public void Check_HugeAndTinyValuesOfOneSubject_AreSilentWithoutFailing()
    {
        // Their ratio is far beyond what a decimal holds: the values are too far apart to be one figure, not an error.
        var s = new Scenario("Goods face a 0.000000001% duty. Goods face a 100000000000000000000% duty.", Published) { Entity = "Acme" };
        var tiny = s.Percent("0.000000001%", 0.000000001m, decimals: 9);
        var huge = s.Percent("100000000000000000000%", 100_000_000_000_000_000_000m);
        s.Claim(ClaimKind.Level, "Goods face a 0.000000001% duty", tiny, subject: "tariff on goods", measure: Measure.Rate);
        s.Claim(ClaimKind.Level, "Goods face a 100000000000000000000% duty", huge, subject: "tariff on goods", measure: Measure.Rate);

        Assert.Empty(Run(s));
    }

    private static IReadOnlyList<Finding> Article(string text) =>
        new FactCheckerBuilder().ClearChecks().AddRestatementCheck().Build()
            .Check(new Document(text, new DateOnly(2005, 3, 10), source: "article.txt")).Findings
            .Where(f => f.RuleId == "restatement").ToList();

    [Fact]
    public void Check_HeadlineFigureDiffersFromTheBody_IsError()
    {
        var findings = Article("Ruritania exports rise 20%\n\nRuritania's exports rose 27.3% in 2004, the trade ministry said on Tuesday.\n\nCar sales drove most of the growth.\n");

        var finding = Assert.Single(findings);
        Assert.Contains("headline", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Ruritania's exports", finding.Message, StringComparison.Ordinal);
        Assert.Contains("27.3%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HeadlineChangeDiffersFromTheChangeBesideTheBodysLevel_IsError()
    {
        var finding = Assert.Single(Article("Quarterly profits at Acme Media jump 67%\n\nQuarterly profits at Acme Media jumped 76% to $1.13bn for the three months to December, from $639m a year earlier.\n"));

        Assert.Contains("headline", finding.Message, StringComparison.Ordinal);
        Assert.Contains("67%", finding.Message, StringComparison.Ordinal);
        Assert.Contains("76%", finding.Message, StringComparison.Ordinal);
        Assert.Equal(76m, finding.Computation!.Inputs["second"]);
    }

    [Fact]
    public void Check_HeadlineChangeAgreesWithTheChangeBesideTheBodysLevel_IsSilent()
    {
        Assert.Empty(Article("Quarterly profits at Acme Media jump 76%\n\nQuarterly profits at Acme Media jumped 76% to $1.13bn for the three months to December, from $639m a year earlier.\n"));
    }

    [Fact]
    public void Check_HeadlineWithTheDigitsOfTheBodysFigureSwapped_IsError()
    {
        var finding = Assert.Single(Article("Profits at drugmaker Acme Pharma fall 39%\n\nProfits at drugmaker Acme Pharma fell 93% in the three months to December, hit by a legal settlement.\n"));

        Assert.Contains("39%", finding.Message, StringComparison.Ordinal);
        Assert.Contains("93%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HeadlineFigureRoundedFromTheBody_IsSilent()
    {
        Assert.Empty(Article("Ruritania exports rise 27%\n\nRuritania's exports rose 27.3% in 2004, the trade ministry said on Tuesday.\n"));
    }

    [Fact]
    public void Check_HeadlineFigureOfAnotherMeasure_IsSilent()
    {
        Assert.Empty(Article("Ruritania imports rise 20%\n\nRuritania's exports rose 27.3% in 2004, the trade ministry said on Tuesday.\n"));
    }

    [Fact]
    public void Check_DeficitForOneYearAgainstForecastForTheNext_IsSilent()
    {
        Assert.Empty(Article("Ruritania's budget deficit was 4.1% of GDP in 2004, the finance ministry said. Ruritania's budget deficit is forecast to be 3.6% of GDP next year."));
    }

    [Fact]
    public void Check_FigureComparedWithAnEarlierEstimate_IsSilent()
    {
        Assert.Empty(Article("Ruritania's economy grew by 2.9% in 2004, the statistics office said. Ruritania's economy grew by 2.6% in 2004 according to the previous estimate."));
    }

    [Fact]
    public void Check_SameQuantityOfTwoEntities_IsSilent()
    {
        Assert.Empty(Article("Acme Motors said its pre-tax profit was $410m in 2004. Zenith Motors said its pre-tax profit was $380m in 2004."));
    }

    [Fact]
    public void Check_SubjectThatOnlyCountsPeople_IsSilent()
    {
        Assert.Empty(Article("Acme Motors employs 5,000 people in Ruritania. Last year the people at its new plant numbered 5,600."));
    }

    [Fact]
    public void Check_SameProfitOfOneEntityStatedTwice_NamesTheEntityAndQuantity()
    {
        var finding = Assert.Single(Article("Acme Motors made a pre-tax profit of $410m in 2004, the carmaker said. Acme Motors made a pre-tax profit of $460m in 2004, its finance chief added."));

        Assert.StartsWith("Acme Motors' pre-tax profit is given as $410m", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Of Ruritania's bondholders, 38.4% reside in Ruritania, 10.3% in Switzerland and 9.1% in the United States.")]
    [InlineData("Life expectancy at birth in Ruritania is 71 years for a manual worker and 79 years for a professional.")]
    [InlineData("Acme Stores has annual sales of $15.6bn, while May's yearly sales are $14.4bn.")]
    [InlineData("Acme Motors' engines come in two sizes, the 147 and the 156, both made in Turin.")]
    public void Check_TwoValuesSideBySideInOneSentence_IsSilent(string text)
    {
        Assert.Empty(Article(text));
    }

    [Fact]
    public void Check_HeadlineFigureCutShortFromTheBody_IsSilent()
    {
        Assert.Empty(Article("Ruritanians abroad send $16bn home\n\nRuritanian workers abroad sent a record $16.6bn home last year, the central bank said.\n"));
    }

    [Fact]
    public void Check_SumSetAgainstAnEarlierRecord_IsNoRestatementOfIt()
    {
        Assert.Empty(Article("Ruritania's trade deficit hit a record $671.7bn in 2004. Ruritania's trade deficit was 35.3% above the previous record of $496.5bn in 2003."));
    }

    [Fact]
    public void Check_FigureOneStepOfItsLastDigitOff_IsError()
    {
        // 0.1% and 0.2% are twice one another, but one step of the last digit apart: one figure written two ways.
        var finding = Assert.Single(Article("Initech Corp said its pre-tax profit fell 0.1% in the fourth quarter of 2004. The software firm blamed weak demand in Ruritania. Initech Corp said its pre-tax profit fell 0.2% in the fourth quarter of 2004."));

        Assert.StartsWith("Initech Corp's pre-tax profit is given as 0.1% and later as 0.2%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HedgedFiguresOneStepApart_AreSilent()
    {
        // "about 1%" and "about 2%" are not one figure mistyped: the hedge says neither is exact, and their ratio is 2.
        Assert.Empty(Article("Initech Corp said its pre-tax profit fell about 1% in the fourth quarter of 2004. The software firm blamed weak demand in Ruritania. Initech Corp said its pre-tax profit fell about 2% in the fourth quarter of 2004."));
    }

    [Fact]
    public void Check_FiguresOneStepApartOfQuantitiesNamedDifferently_AreSilent()
    {
        // Quarterly growth and annual growth: twice one another, and not named alike.
        Assert.Empty(Article("Initech Corp said its sales growth was 0.1% in the fourth quarter of 2004. The software firm blamed weak demand in Ruritania. Initech Corp said its annual sales growth was 0.2% in the fourth quarter of 2004."));
    }

    [Fact]
    public void Check_SameLevelGivenWithTwoChanges_IsErrorOnTheChanges()
    {
        var text = "Acme Motors said its operating profit fell 46% to 1.6bn euros in 2004. The carmaker blamed high steel prices. Acme Motors said its operating profit fell 51% to 1.6bn euros in 2004.";

        var finding = Assert.Single(Article(text));

        Assert.Equal("The change in Acme Motors' operating profit to 1.6bn euros is given as 46% and later as 51% for the same time; both cannot be true.", finding.Message);
        Assert.Equal(["46%", "51%"], finding.Spans.Select(s => text[s.Start..s.End]));
        Assert.Equal(46m, finding.Computation!.Inputs["first"]);
        Assert.Equal(51m, finding.Computation.Inputs["second"]);
    }

    [Theory]
    [InlineData("fell 46.3% to 1.6bn euros in 2004")]
    [InlineData("fell 51% to 1.6bn euros in 2003")]
    [InlineData("rose 51% to 1.6bn euros in 2004")]
    public void Check_SameLevelWithAChangeThatMayHoldToo_IsSilent(string later)
    {
        // The same change shown to more digits, the change of another year, and a rise that is another measure's.
        Assert.Empty(Article($"Acme Motors said its operating profit fell 46% to 1.6bn euros in 2004. The carmaker blamed high steel prices. Acme Motors said its operating profit {later}."));
    }

    [Fact]
    public void Check_SameSumConvertedTwoWaysIntoOneCurrency_IsErrorOnTheConversions()
    {
        var text = "Globex Corp agreed a 3 trillion yen ($29bn) deal with Initech Corp on Friday. The firms will merge their banks. Globex Corp agreed a 3 trillion yen ($32bn) deal with Initech Corp on Friday.";

        var finding = Assert.Single(Article(text));

        Assert.Equal("The conversion of Globex Corp's deal, 3 trillion yen, into USD is given as $29bn and later as $32bn for the same time; both cannot be true.", finding.Message);
        Assert.Equal(["$29bn", "$32bn"], finding.Spans.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void Check_SameSumConvertedIntoTwoCurrencies_IsSilent()
    {
        Assert.Empty(Article("Globex Corp agreed a 3 trillion yen ($29bn) deal with Initech Corp on Friday. The firms will merge their banks. Globex Corp agreed a 3 trillion yen (£16bn) deal with Initech Corp on Friday."));
    }

    private static void Duty29(Scenario s, int k) =>
        s.Claim(ClaimKind.Level, "Goods face a 29% duty", s.Percent("29%", 29, occurrence: k), subject: "tariff on goods", measure: Measure.Rate, clauseOccurrence: k);

    private const string Earnings = "Globex earns more from adverts\n\nGlobex Corp earned $187m in the fourth quarter of 2004, helped by a rise in online advertising.\n\nThe firm plans to hire 500 engineers in Lisbon.\n\n";

    [Fact]
    public void Check_SentenceCopiedWithItsFigureChanged_IsError()
    {
        // "Globex Corp earned $187m" measures earnings (the verb's noun): the copy is found by its words, entity and period.
        var finding = Assert.Single(Article(Earnings + "Globex Corp earned $206m in the fourth quarter of 2004, helped by a rise in online advertising.\n"));

        Assert.Contains("$187m", finding.Message, StringComparison.Ordinal);
        Assert.Contains("$206m", finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("Globex", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ForecastSentenceCopiedWithItsFigureChanged_IsError()
    {
        // "forecast to be" is the verb of the figure itself: one forecast cannot be two values.
        const string sentence = "The IMF warned that Ruritania's deficit would hamper the country's economic growth, which it forecast to be around {0} in the year to March 2005.\n";
        var finding = Assert.Single(Article(string.Format(CultureInfo.InvariantCulture, sentence, "6.5%") + string.Format(CultureInfo.InvariantCulture, sentence, "7.2%")));

        Assert.Contains("7.2%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SentenceCopiedWithItsFigureUnchanged_IsSilent()
        => Assert.Empty(Article(Earnings + "Globex Corp earned $187m in the fourth quarter of 2004, helped by a rise in online advertising.\n"));

    [Fact]
    public void Check_SameWordsForAnotherPeriod_AreSilent()
        => Assert.Empty(Article(Earnings + "Globex Corp earned $206m in the third quarter of 2004, helped by a rise in online advertising.\n"));

    [Fact]
    public void Check_SameWordsForAnotherEntity_AreSilent()
        => Assert.Empty(Article(Earnings + "Initech Corp earned $206m in the fourth quarter of 2004, helped by a rise in online advertising.\n"));

    [Fact]
    public void Check_OtherVerbForTheSameEntityAndPeriod_IsSilent()
        => Assert.Empty(Article(Earnings + "Globex Corp paid $206m in the fourth quarter of 2004 for a rival in Lisbon.\n"));

    [Theory]
    [InlineData("Globex Corp earned $206m in the fourth quarter of 2004.", "Analysts had expected Globex Corp to earn $187m in the fourth quarter of 2004.")]
    [InlineData("Analysts expected a figure closer to $187m from Globex Corp in the fourth quarter of 2004.", "Analysts expected a figure closer to $206m from Globex Corp in the fourth quarter of 2004.")]
    [InlineData("Globex Corp revised its estimate to $187m in the fourth quarter of 2004.", "Globex Corp revised its estimate to $206m in the fourth quarter of 2004.")]
    public void Check_SameWordsSettingTheFigureAgainstAnother_AreSilent(string first, string second)
        => Assert.Empty(Article($"Globex results\n\n{first}\n\nThe firm plans to hire 500 engineers in Lisbon.\n\n{second}\n"));

    // The year earlier is the figure set against; the year's earnings are given twice, and both cannot be true.
    [Fact]
    public void Check_OneYearsEarningsGivenTwiceAgainstOneEarlierYear_IsError()
    {
        var finding = Assert.Single(Article("Globex results\n\nGlobex Corp earned $187m in 2004, compared with $150m in 2003.\n\n"
            + "The firm plans to hire 500 engineers in Lisbon.\n\nGlobex Corp earned $206m in 2004, compared with $150m in 2003.\n"));

        Assert.Contains("$187m", finding.Message, StringComparison.Ordinal);
        Assert.Contains("$206m", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ForecastForNextYearWordedLikeLastYearsFigure_IsSilent()
        => Assert.Empty(Article("Ruritania budget\n\nRuritania's budget deficit was 3.2% of GDP in 2004, the finance ministry said.\n\nThe ministry expects Ruritania's budget deficit to be 3.5% of GDP in 2005.\n"));

    [Fact]
    public void Check_TargetCopiedWithItsFigureChanged_IsError()
    {
        var finding = Assert.Single(Article("Ruritania sets growth goal\n\nThe Ruritanian government has set a 2.5% growth target for 2005.\n\nThe finance minister will present the budget in March.\n\nThe Ruritanian government has set a 2.8% growth target for 2005.\n"));

        Assert.Contains("2.5%", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2.8%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameWordsAndHedgeWithTwoValues_IsError()
    {
        // "more than 10%" and "more than 11%" may both hold, but the same words with the same hedge give one figure.
        Assert.Single(Article("Globex shares slump\n\nShares in Globex Corp tumbled more than 10% on Tuesday after a profit warning.\n\nThe firm plans to hire 500 engineers in Lisbon.\n\nShares in Globex Corp tumbled more than 11% on Tuesday after a profit warning.\n"));
    }

    [Fact]
    public void Check_SameWordsAndHedgeOneStepOfTheLastDigitApart_IsError()
    {
        // "almost 1%" and "almost 2%" in the same words: one figure given two ways, however far apart in ratio.
        var finding = Assert.Single(Article("Crown rallies\n\nThe Ruritanian crown has gained almost 1% in the past three sessions.\n\nThe central bank will meet in March.\n\nThe Ruritanian crown has gained almost 2% in the past three sessions.\n"));

        Assert.Contains("almost 1%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SentenceCopiedWithNoQuantityRead_IsSilent()
    {
        // "Globex Corp lost 12%" does not say what fell (its shares, its sales, its value): the same words for two values
        // may be two measures, so the rule defers.
        Assert.Empty(Article("Globex falls\n\nGlobex Corp lost 12% on Tuesday after a profit warning.\n\nThe firm plans to hire 500 engineers in Lisbon.\n\nGlobex Corp lost 13% on Tuesday after a profit warning.\n"));
    }

    [Fact]
    public void Check_SaleCopiedPastANameSetOffByCommas_IsError()
    {
        var finding = Assert.Single(Article("Globex sells arm\n\nGlobex sold its chemicals arm, Chemco, to state-run group Initech for $9.3bn last year.\n\nThe firm plans to hire 500 engineers in Lisbon.\n\nGlobex sold its chemicals arm, Chemco, to state-run group Initech for $10.2bn last year.\n"));

        Assert.Contains("$9.3bn", finding.Message, StringComparison.Ordinal);
        Assert.Contains("$10.2bn", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameWordsWithTheSecondFigureChanged_IsErrorOnThatFigure()
    {
        var finding = Assert.Single(Article("Globex shares rise\n\nShares in Globex Corp were up 56 pence, or 7.6%, on Tuesday.\n\nThe firm plans to hire 500 engineers in Lisbon.\n\nShares in Globex Corp were up 56 pence, or 8.4%, on Tuesday.\n"));

        Assert.Contains("7.6%", finding.Message, StringComparison.Ordinal);
        Assert.Contains("8.4%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PossessiveForTwoDifferentFirms_IsSilent()
        => Assert.Empty(Article("Carmakers report\n\nAcme Motors reported its results on Tuesday. Its sales fell 12% in 2004.\n\nGlobex Motors reported its results on Wednesday. Its sales fell 13% in 2004.\n"));

    [Fact]
    public void Check_DescriptionResolvedToTwoEntitiesFromTheSentencesAround_IsError()
    {
        // "the retailer" is one retailer however the sentences around the two statements read.
        var findings = Article("Circuit Stores to buy rival\n\nUS retailer Circuit Stores has agreed to buy Zenith Electronics.\n\nShares in the retailer were up 19.6% on Tuesday.\n\nZenith Electronics, based in Virginia, makes televisions.\n\nShares in the retailer were up 21.6% on Tuesday.\n");

        Assert.Single(findings);
    }

    [Fact]
    public void Check_PresentTenseCopyUnderThisYear_IsError()
        => Assert.Single(Article("Ruritania budget\n\nRuritania's budget deficit is thought to be 10.5% of national output, the finance ministry says.\n\nThe government wants to cut spending this year.\n\nRuritania's budget deficit is thought to be 11.5% of national output, the finance ministry says.\n"));
}
