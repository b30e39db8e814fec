using FactCheck.Languages;
using FactCheck.Recognition;
using Xunit;
using static FactCheck.Tests.Recognition.Recognize;

namespace FactCheck.Tests.Recognition;

public class MentionRecognizerTests
{
    [Theory]
    [InlineData("Exports now face a 29% duty.", "29%", "29", 0)]
    [InlineData("Exports now face a 29 per cent duty.", "29 per cent", "29", 0)]
    [InlineData("Exports now face a 29 percent duty.", "29 percent", "29", 0)]
    [InlineData("Inflation was 3.5pc in March.", "3.5pc", "3.5", 1)]
    [InlineData("Growth slowed to 4.25 pct.", "4.25 pct", "4.25", 2)]
    [InlineData("Sales showed a growth rate of -0.1% in January.", "-0.1%", "-0.1", 1)]
    public void Recognize_PercentageForms_ArePercentages(string text, string surface, string value, int decimals)
    {
        var mention = Single(text, MentionKind.Percentage);
        Assert.Equal(surface, mention.Text);
        Assert.Equal(Dec(value), mention.Value);
        Assert.Equal("%", mention.Unit);
        Assert.Equal(decimals, mention.Decimals);
    }

    [Fact]
    public void Recognize_SpacedDashBetweenWordsAndDigits_JoinsNoRange()
    {
        var percentage = Single("Nearly two thirds - 65% - of the people agreed.", MentionKind.Percentage);

        Assert.Equal("65%", percentage.Text);
        Assert.Equal(65m, percentage.Value);
        Assert.Equal(Qualifier.None, percentage.Qualifier);
    }

    [Fact]
    public void Recognize_PesosWithoutACountryNamed_AreNotMoney()
    {
        Assert.DoesNotContain(Mentions("The fund holds 5 billion pesos."), m => m.Kind == MentionKind.Money);
    }

    [Fact]
    public void Recognize_PerCent_DoesNotYieldACurrency()
    {
        var mentions = Mentions("Turnout was 25 per cent.");
        var mention = Assert.Single(mentions);
        Assert.Equal(MentionKind.Percentage, mention.Kind);
        Assert.Equal("25 per cent", mention.Text);
    }

    [Fact]
    public void Recognize_PercentageSpan_PointsAtTheFigure()
    {
        const string text = "Exports now face a 29% duty.";
        var mention = Single(text, MentionKind.Percentage);
        Assert.Equal(text.IndexOf("29%", StringComparison.Ordinal), mention.Span.Start);
        Assert.Equal(mention.Span.Start + 3, mention.Span.End);
    }

    [Theory]
    [InlineData("Support rose 19 percentage points.", "19 percentage points", "19")]
    [InlineData("The gap narrowed by 2.5 percentage-points.", "2.5 percentage-points", "2.5")]
    [InlineData("The bank cut rates by 50 basis points.", "50 basis points", "0.5")]
    [InlineData("The bank cut rates by 25bp.", "25bp", "0.25")]
    [InlineData("The lead grew by 4pp.", "4pp", "4")]
    [InlineData("Rates rose by a quarter percentage point.", "a quarter percentage point", "0.25")]
    [InlineData("Rates rose by a quarter of a percentage point.", "a quarter of a percentage point", "0.25")]
    [InlineData("Support fell by two percentage points.", "two percentage points", "2")]
    public void Recognize_PointForms_ArePercentagePoints(string text, string surface, string value)
    {
        var mention = Single(text, MentionKind.PercentagePoints);
        Assert.Equal(surface, mention.Text);
        Assert.Equal(Dec(value), mention.Value);
        Assert.Equal("pp", mention.Unit);
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Percentage);
    }

    [Fact]
    public void Recognize_PointsAfterAPercentage_ArePercentagePoints()
    {
        var mentions = Mentions("Labour polled 41%, up 3 points on the month.");
        Assert.Contains(mentions, m => m.Kind == MentionKind.PercentagePoints && m.Text == "3 points" && m.Value == 3);
    }

    [Fact]
    public void Recognize_IndexPointsAfterAPercentage_AreAPlainNumber()
    {
        var mentions = Mentions("The Nikkei rose 0.6% to close at 11,740.60 points.");
        Assert.Contains(mentions, m => m.Kind == MentionKind.Number && m.Value == 11740.60m);
        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.PercentagePoints);
    }

    [Fact]
    public void Recognize_PointsWithoutPercentages_AreAPlainNumber()
    {
        var mention = Assert.Single(Mentions("The Dow fell 500 points."));
        Assert.Equal(MentionKind.Number, mention.Kind);
        Assert.Equal(500m, mention.Value);
    }

    [Theory]
    [InlineData("Equipment worth $7 billion remained.", "$7 billion", "7000000000", "USD", 0)]
    [InlineData("The deal was worth $4.3bn.", "$4.3bn", "4300000000", "USD", 1)]
    [InlineData("He paid £1.2m for it.", "£1.2m", "1200000", "GBP", 1)]
    [InlineData("The fund holds €3.5bn.", "€3.5bn", "3500000000", "EUR", 1)]
    [InlineData("India will spend Rs1.2 trillion on roads.", "Rs1.2 trillion", "1200000000000", "INR", 1)]
    [InlineData("The fee is USD 200.", "USD 200", "200", "USD", 0)]
    [InlineData("The fee is 200 USD.", "200 USD", "200", "USD", 0)]
    [InlineData("He raised $1MM from friends.", "$1MM", "1000000", "USD", 0)]
    [InlineData("It cost a hundred dollars.", "a hundred dollars", "100", "USD", 0)]
    [InlineData("It cost 7 billion dollars.", "7 billion dollars", "7000000000", "USD", 0)]
    [InlineData("Sydney spent A$5m.", "A$5m", "5000000", "AUD", 0)]
    [InlineData("Ottawa spent C$2 billion.", "C$2 billion", "2000000000", "CAD", 0)]
    [InlineData("The port cost HK$3bn.", "HK$3bn", "3000000000", "HKD", 0)]
    [InlineData("Aid reached US$2.5 billion.", "US$2.5 billion", "2500000000", "USD", 1)]
    [InlineData("It cost 500 Pakistani rupees.", "500 Pakistani rupees", "500", "PKR", 0)]
    [InlineData("It sold for 40 million euros.", "40 million euros", "40000000", "EUR", 0)]
    [InlineData("The ticket costs 50 cents.", "50 cents", "0.5", "USD", 0)]
    [InlineData("Shares rose to 548p.", "548p", "5.48", "GBP", 0)]
    [InlineData("Sales reached 39.4bn kronor.", "39.4bn kronor", "39400000000", "SEK", 1)]
    [InlineData("The shares closed at 274.5 pence.", "274.5 pence", "2.745", "GBP", 1)]
    [InlineData("The shares rose four pence.", "four pence", "0.04", "GBP", 0)]
    [InlineData("It warned of a five-cent hit to earnings.", "five-cent", "0.05", "USD", 0)]
    [InlineData("Bogota spent 3 billion Colombian pesos.", "3 billion Colombian pesos", "3000000000", "COP", 0)]
    [InlineData("The state set aside 24.2 trillion pesos for the poor of Colombia.", "24.2 trillion pesos", "24200000000000", "COP", 1)]
    public void Recognize_MoneyForms_AreMoneyWithIsoCodes(string text, string surface, string value, string currency, int decimals)
    {
        var mention = Single(text, MentionKind.Money);
        Assert.Equal(surface, mention.Text);
        Assert.Equal(Dec(value), mention.Value);
        Assert.Equal(currency, mention.Unit);
        Assert.Equal(decimals, mention.Decimals);
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Number);
    }

    [Fact]
    public void Recognize_RupeeSign_FollowsTheCountryTheTextIsAbout()
    {
        var mention = Single("Pakistan's budget sets aside Rs1.2 trillion. Pakistan will borrow more.", MentionKind.Money);
        Assert.Equal("PKR", mention.Unit);
    }

    [Theory]
    [InlineData("Some 42,000 troops stayed.", "42000")]
    [InlineData("About 1.5 million people fled.", "1500000")]
    [InlineData("Forty-two soldiers died.", "42")]
    [InlineData("Nearly a quarter of firms cut jobs.", "0.25")]
    [InlineData("Growth in the third quarter had been zero.", "0")]
    [InlineData("More than half of all graduates are women.", "0.5")]
    [InlineData("Nearly half the workforce is idle.", "0.5")]
    [InlineData("The carmaker sold half its lending arm.", "0.5")]
    public void Recognize_Counts_AreNumbers(string text, string value)
    {
        var mention = Single(text, MentionKind.Number);
        Assert.Equal(Dec(value), mention.Value);
        Assert.Equal(string.Empty, mention.Unit);
    }

    [Theory]
    [InlineData("Profits rose in the first half of the year.")]
    [InlineData("The plant stood idle for half of the year.")]
    [InlineData("The striker scored in half of 2004.")]
    [InlineData("He spent half the time abroad.")]
    [InlineData("The other half of the deal was paid in shares.")]
    public void Recognize_HalfOfAPeriodOrPart_IsNoShare(string text)
        => Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Number && m.Value == 0.5m);

    [Theory]
    [InlineData("The G7 met on COVID-19 and F-16 jets.")]
    [InlineData("They met at 5pm on the 3rd floor.")]
    [InlineData("One of the officials said so.")]
    public void Recognize_DigitsInNamesTimesAndOrdinals_AreNotFigures(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind != MentionKind.Date);
    }

    [Fact]
    public void Recognize_DateDigits_AreNotAlsoNumbers()
    {
        var mentions = Mentions("A 2022 US Defence Department report said so on April 9.");
        Assert.All(mentions, m => Assert.Equal(MentionKind.Date, m.Kind));
        Assert.Equal(2, mentions.Count);
    }

    [Theory]
    [InlineData("Exports doubled last decade.", "doubled", "2")]
    [InlineData("Prices tripled.", "tripled", "3")]
    [InlineData("The deficit halved.", "halved", "0.5")]
    [InlineData("Output rose three-fold.", "three-fold", "3")]
    [InlineData("Output rose threefold.", "threefold", "3")]
    [InlineData("Imports were 2.9 times higher.", "2.9 times", "2.9")]
    [InlineData("Shares saw a 3x rise.", "3x", "3")]
    public void Recognize_ChangeRatios_AreMultipliers(string text, string surface, string value)
    {
        var mention = Single(text, MentionKind.Multiplier);
        Assert.Equal(surface, mention.Text);
        Assert.Equal(Dec(value), mention.Value);
        Assert.Equal("x", mention.Unit);
    }

    [Fact]
    public void Recognize_TimesAsFrequency_IsACount()
    {
        var mention = Assert.Single(Mentions("He ran five times a week."));
        Assert.Equal(MentionKind.Number, mention.Kind);
        Assert.Equal(5m, mention.Value);
    }

    [Theory]
    [InlineData("Exports now face a 29% duty.", "28.5", "29.5")]
    [InlineData("Inflation was 3.5pc in March.", "3.45", "3.55")]
    [InlineData("Equipment worth $7 billion remained.", "6500000000", "7500000000")]
    [InlineData("The deal was worth $4.3bn.", "4250000000", "4350000000")]
    public void Recognize_PrecisionShown_SetsTheInterval(string text, string low, string high)
    {
        var mention = Mentions(text).Single(m => m.Kind != MentionKind.Date);
        Assert.Equal(Qualifier.None, mention.Qualifier);
        Assert.Equal(Dec(low), mention.Low);
        Assert.Equal(Dec(high), mention.High);
    }

    [Theory]
    [InlineData("Nearly 3,000 homes burned.", "Nearly 3,000", Qualifier.Nearly, "2850", "3000")]
    [InlineData("Almost 40% voted.", "Almost 40%", Qualifier.Nearly, "38", "40")]
    [InlineData("About 200 people came.", "About 200", Qualifier.Approximately, "190", "210")]
    [InlineData("Around 29% agreed.", "Around 29%", Qualifier.Approximately, "27.55", "30.45")]
    [InlineData("Some 42,000 troops stayed.", "Some 42,000", Qualifier.Approximately, "39900", "44100")]
    [InlineData("Roughly $7 billion was lost.", "Roughly $7 billion", Qualifier.Approximately, "6500000000", "7500000000")]
    [InlineData("More than 40,000 people fled.", "More than 40,000", Qualifier.MoreThan, "40000", "50000")]
    [InlineData("It lasted over 12 years.", "over 12", Qualifier.MoreThan, "12", "13")]
    [InlineData("At least 12 people died.", "At least 12", Qualifier.AtLeast, "12", "13")]
    [InlineData("Prices fell up to 50%.", "up to 50%", Qualifier.AtMost, "40", "50")]
    [InlineData("Less than 1% objected.", "Less than 1%", Qualifier.LessThan, "0", "1")]
    [InlineData("It fell under 5%.", "under 5%", Qualifier.LessThan, "4", "5")]
    public void Recognize_Hedges_WidenTheIntervalAndStayInTheSpan(string text, string surface, Qualifier qualifier, string low, string high)
    {
        var mention = Mentions(text).Single(m => m.Kind != MentionKind.Date);
        Assert.Equal(surface, mention.Text);
        Assert.Equal(qualifier, mention.Qualifier);
        Assert.Equal(Dec(low), mention.Low);
        Assert.Equal(Dec(high), mention.High);
    }

    [Theory]
    [InlineData("Between 20% and 30% agreed.", "Between 20% and 30%", MentionKind.Percentage, "20", "30")]
    [InlineData("Between 20 and 30% agreed.", "Between 20 and 30%", MentionKind.Percentage, "20", "30")]
    [InlineData("Another 5-10% disagreed.", "5-10%", MentionKind.Percentage, "5", "10")]
    [InlineData("It cost between $5 and $7 billion.", "between $5 and $7 billion", MentionKind.Money, "5000000000", "7000000000")]
    [InlineData("Between 300 and 400 people came.", "Between 300 and 400", MentionKind.Number, "300", "400")]
    public void Recognize_Ranges_AreOneMention(string text, string surface, MentionKind kind, string low, string high)
    {
        var mention = Mentions(text).Single(m => m.Kind != MentionKind.Date);
        Assert.Equal(surface, mention.Text);
        Assert.Equal(kind, mention.Kind);
        Assert.Equal(Qualifier.Between, mention.Qualifier);
        Assert.Equal(Dec(low), mention.Low);
        Assert.Equal(Dec(high), mention.High);
    }

    [Fact]
    public void Recognize_FromXToYPercent_KeepsTwoPercentages()
    {
        var mentions = Mentions("The duty rose from 10 to 29%.");
        Assert.Equal(["10", "29%"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(MentionKind.Percentage, m.Kind));
    }

    [Fact]
    public void Recognize_Mentions_AreInTextOrderAndMatchTheirSpans()
    {
        const string text = "In January 2025, attacks jumped by 42%. Exports face a 29% duty, up from 10%, worth $7 billion.";
        var mentions = Mentions(text);
        Assert.Equal(mentions.OrderBy(m => m.Span.Start), mentions);
        Assert.All(mentions, m => Assert.Equal(m.Span.Slice(text), m.Text));
        Assert.All(mentions, m => Assert.InRange(m.Value, m.Low, m.High));
    }

    [Fact]
    public void Recognize_RunOnSentenceOfDatesAndNumberWords_FindsEveryOne()
    {
        // One 12,000-character "sentence": the models read it in bounded pieces, and nothing is lost at the cuts.
        var text = string.Join(" and ", Enumerable.Repeat("from 2013 to 2018 it opened forty-two new stores", 200)) + ".";
        var mentions = Mentions(text);
        Assert.Equal(200, mentions.Count(m => m.Kind == MentionKind.Date && m.Date!.Grain == DateGrain.Range && m.Date.Start == new DateOnly(2013, 1, 1) && m.Date.End == new DateOnly(2018, 12, 31)));
        Assert.Equal(200, mentions.Count(m => m.Kind == MentionKind.Number && m.Value == 42));
    }

    [Fact]
    public void Recognize_SentenceWithoutFigures_FindsNothing()
    {
        Assert.Empty(Mentions("Both leaders emphasized strengthening diplomatic ties."));
    }

    [Fact]
    public void Recognize_Cancelled_Throws()
    {
        var document = new Document("It rose 5%.", Published);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => new MentionRecognizer().Recognize(LanguagePacks.English, document, FactCheck.Text.SentenceSegmenter.Split(document.Text), cancelled.Token));
    }

    [Fact]
    public void Recognize_UnsupportedCulture_IsReportedAndReadAsEnglish()
    {
        var document = new Document("Les exportations ont augmenté de 29%.", Published, System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
        var problems = new List<FactCheck.Reports.Finding>();
        var mentions = new MentionRecognizer().Recognize(LanguagePacks.English, document, FactCheck.Text.SentenceSegmenter.Split(document.Text), problems, CancellationToken.None);
        Assert.Contains(problems, p => p.RuleId == MentionRecognizer.UnsupportedCultureRuleId);
        Assert.Contains(mentions, m => m.Kind == MentionKind.Percentage && m.Value == 29);
    }
}
