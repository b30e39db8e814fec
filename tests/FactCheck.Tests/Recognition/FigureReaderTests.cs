using Xunit;
using FactCheck.Recognition;
using static FactCheck.Tests.Recognition.Recognize;

namespace FactCheck.Tests.Recognition;

/// <summary>
/// The figures of international English news: ranges that share a scale, currency notations, wire and Indian
/// scales, signed amounts and sub-units, each read with its value and unit from the sentence.
/// </summary>
public sealed class FigureReaderTests
{
    [Theory]
    [InlineData("The flats sold from $650,000 to $2.4 million last year.", "$650,000", "650000", "$2.4 million", "2400000")]
    [InlineData("Analysts expect losses of $12 to $15 billion.", "$12", "12000000000", "$15 billion", "15000000000")]
    [InlineData("The count fell from 800 to 1.2 million dollars.", "800", "800", "1.2 million dollars", "1200000")]
    public void Read_RangeWithScaleOnTheHighEnd_SharesItOnlyBetweenNumbersOfASize(string text, string lowText, string low, string highText, string high)
    {
        var figures = Mentions(text).Where(m => m.Kind is MentionKind.Money or MentionKind.Number).ToList();

        Assert.Equal(2, figures.Count);
        Assert.Equal((lowText, Dec(low)), (figures[0].Text, figures[0].Value));
        Assert.Equal((highText, Dec(high)), (figures[1].Text, figures[1].Value));
    }

    [Theory]
    [InlineData("The deficit was 24.4% above $496.5bn.")]
    [InlineData("Profit was 30 per cent more than $496.5bn.")]
    [InlineData("Sales were 2 points below $496.5bn.")]
    public void Read_ComparativeAfterAPercentage_ComparesAndDoesNotHedgeTheFigureAfterIt(string text)
    {
        var money = Single(text, MentionKind.Money);

        Assert.Equal(Qualifier.None, money.Qualifier);
    }

    [Fact]
    public void Read_AboveBeforeASum_StillHedgesIt()
        => Assert.Equal(Qualifier.MoreThan, Single("The deficit was above $496.5bn.", MentionKind.Money).Qualifier);

    [Theory]
    [InlineData("The deal is worth 33-35 billion euros.", MentionKind.Money, "33000000000", "35000000000")]
    [InlineData("Growth will be between 3% and 4% next year.", MentionKind.Percentage, "3", "4")]
    [InlineData("Brokers valued the Halden stores at £40m-£50m.", MentionKind.Money, "40000000", "50000000")]
    [InlineData("Seats at the Corvina show cost $24-$26 each.", MentionKind.Money, "24", "26")]
    public void Read_RangeWithBothEnds_IsOneMentionHoldingBoth(string text, MentionKind kind, string low, string high)
    {
        var range = Single(text, kind);

        Assert.Equal((Dec(low), Dec(high), Qualifier.Between), (range.Low, range.High, range.Qualifier));
    }

    [Theory]
    [InlineData("The miner paid C$12 million for the site.", "C$12 million", "12000000", "CAD")]
    [InlineData("It raised A$500 million in bonds.", "A$500 million", "500000000", "AUD")]
    [InlineData("It raised AU$20 million in bonds.", "AU$20 million", "20000000", "AUD")]
    [InlineData("The shares fell to $A1.20 on Tuesday.", "$A1.20", "1.20", "AUD")]
    [InlineData("Dairy exports reached NZ$3.4 billion.", "NZ$3.4 billion", "3400000000", "NZD")]
    [InlineData("The fund holds US$40 billion in cash.", "US$40 billion", "40000000000", "USD")]
    [InlineData("The fund holds $US2 billion in cash.", "$US2 billion", "2000000000", "USD")]
    [InlineData("The phone costs US $199 with a contract.", "US $199", "199", "USD")]
    [InlineData("The tower sold for HK$1.2 billion.", "HK$1.2 billion", "1200000000", "HKD")]
    [InlineData("The port cost S$300 million.", "S$300 million", "300000000", "SGD")]
    [InlineData("Sales rose to R$5.6 billion in Brazil.", "R$5.6 billion", "5600000000", "BRL")]
    [InlineData("The carmaker earned Y=120 billion.", "Y=120 billion", "120000000000", "JPY")]
    [InlineData("The carmaker earned ¥300 billion.", "¥300 billion", "300000000000", "JPY")]
    [InlineData("The oil firm paid RM2.5 billion for the plant.", "RM2.5 billion", "2500000000", "MYR")]
    [InlineData("The state in India spent Rs 3,400 crore on roads.", "Rs 3,400 crore", "34000000000", "INR")]
    [InlineData("The state in India spent Rs 12 lakh on signs.", "Rs 12 lakh", "1200000", "INR")]
    [InlineData("The ministry spent ₹500 crore.", "₹500 crore", "5000000000", "INR")]
    [InlineData("The Mumbai port handled cargo worth ₹1.5 lakh crore in India.", "₹1.5 lakh crore", "1500000000000", "INR")]
    [InlineData("A dinner costs 1,500€ there.", "1,500€", "1500", "EUR")]
    [InlineData("The Hamburg shipper earned 1,2 billion euros in 2015.", "1,2 billion euros", "1200000000", "EUR")]
    [InlineData("A ticket costs 20 € there.", "20 €", "20", "EUR")]
    [InlineData("They paid 20 usd for it.", "20 usd", "20", "USD")]
    [InlineData("They paid 10 rmb for it.", "10 rmb", "10", "CNY")]
    [InlineData("They paid 15 Eur for it.", "15 Eur", "15", "EUR")]
    [InlineData("The Dutch insurer paid eur 20 million in fees.", "eur 20 million", "20000000", "EUR")]
    [InlineData("The Corvina fund put usd 2 billion into bonds.", "usd 2 billion", "2000000000", "USD")]
    [InlineData("The stock rose 12 sen in Kuala Lumpur.", "12 sen", "0.12", "MYR")]
    [InlineData("The rupee rose 50 paise against the dollar in India.", "50 paise", "0.50", "INR")]
    [InlineData("The shares rose 5 cents.", "5 cents", "0.05", "USD")]
    [InlineData("The group earned 125 mln dlrs in the year.", "125 mln dlrs", "125000000", "USD")]
    [InlineData("The company lost 40 mln stg last year.", "40 mln stg", "40000000", "GBP")]
    [InlineData("The board paid one dlr a share.", "one dlr", "1", "USD")]
    [InlineData("The Kestrel board paid 12 cts a share.", "12 cts", "0.12", "USD")]
    [InlineData("It borrowed 2 bln dlrs abroad.", "2 bln dlrs", "2000000000", "USD")]
    [InlineData("It borrowed 1.5 tln yen abroad.", "1.5 tln yen", "1500000000000", "JPY")]
    [InlineData("He made 50 bucks a day washing cars.", "50 bucks", "50", "USD")]
    [InlineData("The studio paid a million bucks for the script.", "a million bucks", "1000000", "USD")]
    [InlineData("A stamp costs 40 euro cents.", "40 euro cents", "0.40", "EUR")]
    [InlineData("The fare rose 20 eurocents.", "20 eurocents", "0.20", "EUR")]
    [InlineData("The shares rose 30 US cents in Sydney.", "30 US cents", "0.30", "USD")]
    [InlineData("The shares rose 8 Australian cents.", "8 Australian cents", "0.08", "AUD")]
    [InlineData("The Zurich bank paid 2.5 francs a share in Switzerland.", "2.5 francs", "2.5", "CHF")]
    [InlineData("The Swiss group earned 40 million francs last year.", "40 million francs", "40000000", "CHF")]
    [InlineData("The rivals fought over a US$10bn contract for jets.", "US$10bn", "10000000000", "USD")]
    [InlineData("The balance was $-41.3bn in March.", "$-41.3bn", "-41300000000", "USD")]
    [InlineData("The balance was -$41.3bn in April.", "-$41.3bn", "-41300000000", "USD")]
    [InlineData("He paid 195 pounds for the ticket.", "195 pounds", "195", "GBP")]
    [InlineData("The Ontario miner paid c $ 12.5 million for the mine .", "c $ 12.5 million", "12500000", "CAD")]
    [InlineData("Officials in Ottawa approved a C $ 40 million grant.", "C $ 40 million", "40000000", "CAD")]
    [InlineData("The Kowloon tower sold for hk $ 2.1 billion .", "hk $ 2.1 billion", "2100000000", "HKD")]
    [InlineData("Lenders agreed a u.s $ 300 million loan to Corvina .", "u.s $ 300 million", "300000000", "USD")]
    [InlineData("Denver ' s $ 80 million stadium opened .", "$ 80 million", "80000000", "USD")]
    [InlineData("The Tarn Valley rail line cost a $ 4 billion .", "$ 4 billion", "4000000000", "USD")]
    [InlineData("Bus fares in Manila rose to ₱ 45 last week.", "₱ 45", "45", "PHP")]
    [InlineData("A bowl of noodles costs 40,000₫ in Hanoi.", "40,000₫", "40000", "VND")]
    [InlineData("The Kyiv bakery sells bread for 30 ₴ a loaf.", "30 ₴", "30", "UAH")]
    [InlineData("The trip to the coast cost 3 dollars 50 cents.", "3 dollars 50 cents", "3.50", "USD")]
    [InlineData("Shares in Halden Foods closed one penny lower.", "one penny", "0.01", "GBP")]
    [InlineData("The Espoo phone maker paid 420 million Finnish markka for the cable firm.", "420 million Finnish markka", "420000000", "FIM")]
    [InlineData("The Madrid publisher raised 6.65 billion pesetas in the sale.", "6.65 billion pesetas", "6650000000", "ESP")]
    [InlineData("The Utrecht bank sold 250 million Dutch guilders of bonds.", "250 million Dutch guilders", "250000000", "NLG")]
    [InlineData("The Osaka builder made a one-yen bid for the contract.", "one-yen", "1", "JPY")]
    [InlineData("A bowl of noodles in the Chengdu market costs 12元.", "12元", "12", "CNY")]
    [InlineData("The Corvina stall sold each mug for 10 $ 30 cents.", "10 $ 30 cents", "10.30", "USD")]
    [InlineData("At the Corvina fair a ticket cost thirteen dollars forty five.", "thirteen dollars forty five", "13.45", "USD")]
    [InlineData("The Brindle fund paid ten dollars forty workers each.", "ten dollars", "10", "USD")]
    public void Read_CurrencyNotation_IsMoneyInItsCurrency(string text, string surface, string value, string unit)
    {
        var money = Single(text, MentionKind.Money);

        Assert.Equal((surface, Dec(value), unit), (money.Text, money.Value, money.Unit));
    }

    [Fact]
    public void Read_CentsAfterAnAmount_TakeItsDollar()
    {
        var cents = Mentions("The shares, at A$4.10, rose 5 cents.").Single(m => m.Text == "5 cents");

        Assert.Equal((MentionKind.Money, 0.05m, "AUD"), (cents.Kind, cents.Value, cents.Unit));
    }

    [Theory]
    [InlineData("He lost weight, dropping from 195 pounds to 181.")]
    [InlineData("The baby weighed 8 pounds at birth.")]
    [InlineData("The fish, caught off Florida, was 40 pounds; the trip cost $300.")]
    public void Read_PoundsOfWeight_AreNotMoney(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Money && m.Unit == "GBP");
    }

    [Fact]
    public void Read_SignAfterAnAmount_IsNotTheSignOfTheNumberAfterIt()
    {
        var mentions = Mentions("Tickets for the Brindle Fair cost 10 $ 30 minutes before the gates opened.");

        var money = Assert.Single(mentions, m => m.Kind == MentionKind.Money);
        Assert.Equal(("10 $", 10m, "USD"), (money.Text, money.Value, money.Unit));
        Assert.Contains(mentions, m => m.Kind == MentionKind.Number && m.Text == "30");
    }

    [Fact]
    public void Read_SignBeforeEachOfTwoAmounts_OpensEachAmount()
    {
        var money = Mentions("The Halden ledger lists $ 1,200.00 $ 3,450.75 in repairs.").Where(m => m.Kind == MentionKind.Money).ToList();

        Assert.Equal([("$ 1,200.00", 1200m), ("$ 3,450.75", 3450.75m)], money.Select(m => (m.Text, m.Value)));
    }

    [Theory]
    [InlineData("The Corvina report is at https://www.corvina.example/search?q=30%25%2020% for readers.")]
    [InlineData("Brindle lists its rates at www.brindle.example/rates?cut=45% online.")]
    public void Read_DigitsInsideAWebAddress_AreNoFigures(string text)
        => Assert.DoesNotContain(Mentions(text), m => m.Kind is MentionKind.Percentage or MentionKind.Money);

    [Theory]
    [InlineData("Ministers signed a communiqu&#233; on debt relief for 18 countries.", "18")]
    [InlineData("Brindle&#8217;s sales rose 4% last year.", "4%")]
    public void Read_NumberOfACharacterReference_IsNoFigure(string text, string figure)
    {
        var figures = Mentions(text).Where(m => m.Kind is not MentionKind.Date).ToList();

        Assert.Equal([figure], figures.Select(m => m.Text));
    }

    [Theory]
    [InlineData("Farm output in Punjab rose by 12 percentage in the year.", "12 percentage", "12")]
    [InlineData("Turnout reached 100 percents in two villages.", "100 percents", "100")]
    public void Read_PercentageAndPercentsAfterANumber_AreAPercentage(string text, string surface, string value)
    {
        var percentage = Single(text, MentionKind.Percentage);

        Assert.Equal((surface, Dec(value)), (percentage.Text, percentage.Value));
    }

    [Fact]
    public void Read_PercentageBeforePoints_StaysPercentagePoints()
        => Assert.Equal(2m, Single("Rates at Corvina Bank rose 2 percentage points.", MentionKind.PercentagePoints).Value);

    [Fact]
    public void Read_PercentWithoutALeadingZero_IsAPercentage()
    {
        var percentage = Single("The rate was cut by .005 per cent.", MentionKind.Percentage);

        Assert.Equal((".005 per cent", 0.005m), (percentage.Text, percentage.Value));
    }

    [Fact]
    public void Read_YearRange_IsAPeriodNotANumber()
    {
        var mentions = Mentions("The 2011-2015 plan was a success.");

        var date = Assert.Single(mentions);
        Assert.Equal(MentionKind.Date, date.Kind);
        Assert.Equal((new DateOnly(2011, 1, 1), new DateOnly(2015, 12, 31)), (date.Date!.Start, date.Date.End));
    }

    [Theory]
    [InlineData("The town has 2 345 678 residents.", "2 345 678", "2345678")]
    [InlineData("The town has 12 000 residents.", "12 000", "12000")]
    [InlineData("The town has 2\u202F345 residents.", "2\u202F345", "2345")]
    [InlineData("The town has 2\u00A0345\u00A0678 residents.", "2\u00A0345\u00A0678", "2345678")]
    [InlineData("The plot in Pune was sold to 3,40,000 buyers.", "3,40,000", "340000")]
    [InlineData("The city has 4 million and a half residents.", "4 million and a half", "4500000")]
    public void Read_GroupedThousandsAndHalves_AreOneNumber(string text, string surface, string value)
    {
        var number = Single(text, MentionKind.Number);

        Assert.Equal((surface, Dec(value)), (number.Text, number.Value));
    }

    [Fact]
    public void Read_OneSpacedGroupAfterADate_StaysTwoNumbers()
    {
        var numbers = Mentions("The vote on May 15 200 delegates attended.").Where(m => m.Kind == MentionKind.Number).ToList();

        Assert.Equal("200", Assert.Single(numbers).Text);
    }

    [Theory]
    [InlineData("The flat in Pune cost Rs 3,40,000.", "Rs 3,40,000", "340000")]
    [InlineData("The firm in India spent ₹1,20,50,000 on ads.", "₹1,20,50,000", "12050000")]
    [InlineData("Debt reached $4 billion and a half.", "$4 billion and a half", "4500000000")]
    public void Read_IndianGroupingAndHalves_AreMoney(string text, string surface, string value)
    {
        var money = Single(text, MentionKind.Money);

        Assert.Equal((surface, Dec(value)), (money.Text, money.Value));
    }

    [Theory]
    [InlineData("Growth will be 2 to 3 per cent next year.", MentionKind.Percentage, "2 to 3 per cent", "2", "3")]
    [InlineData("Growth will be two to three per cent next year.", MentionKind.Percentage, "two to three per cent", "2", "3")]
    [InlineData("The deal is worth 33 to 35 billion euros.", MentionKind.Money, "33 to 35 billion euros", "33000000000", "35000000000")]
    public void Read_BareLowEndBeforeTo_IsARangeHoldingBothEnds(string text, MentionKind kind, string surface, string low, string high)
    {
        var range = Single(text, kind);

        Assert.Equal((surface, Dec(low), Dec(high), Qualifier.Between), (range.Text, range.Low, range.High, range.Qualifier));
    }

    [Fact]
    public void Read_YearBeforeToAndAnAmount_IsNoRange()
    {
        var mentions = Mentions("Revenues slipped from £3.2bn in 2003 to £2.9bn in 2004.");

        Assert.DoesNotContain(mentions, m => m.Qualifier == Qualifier.Between);
        Assert.Equal([3_200_000_000m, 2_900_000_000m], mentions.Where(m => m.Kind == MentionKind.Money).Select(m => m.Value));
    }

    [Fact]
    public void Read_FromLowToHigh_StaysTwoFiguresOfAChange()
    {
        var percentages = Mentions("Inflation rose from 2 to 3 per cent.").Where(m => m.Kind == MentionKind.Percentage).ToList();

        Assert.Equal([2m, 3m], percentages.Select(p => p.Value));
    }

    [Theory]
    [InlineData("The meal cost fourteen dollars and twenty cents.", "fourteen dollars and twenty cents", "14.20", "USD")]
    [InlineData("The meal cost $14 and 20 cents.", "$14 and 20 cents", "14.20", "USD")]
    [InlineData("The drink cost A$3 and 50 cents.", "A$3 and 50 cents", "3.50", "AUD")]
    public void Read_DollarsAndCents_AreOneAmount(string text, string surface, string value, string unit)
    {
        var money = Single(text, MentionKind.Money);

        Assert.Equal((surface, Dec(value), unit), (money.Text, money.Value, money.Unit));
    }

    [Theory]
    [InlineData("The shares traded between 45 and 50 cents.", "between 45 and 50 cents", "0.45", "0.50", "USD")]
    [InlineData("The shares traded at 45-50 pence.", "45-50 pence", "0.45", "0.50", "GBP")]
    [InlineData("The shares traded at 45 to 50 cents.", "45 to 50 cents", "0.45", "0.50", "USD")]
    public void Read_RangeInCentsOrPence_ReadsBothEndsAsHundredths(string text, string surface, string low, string high, string unit)
    {
        var range = Single(text, MentionKind.Money);

        Assert.Equal((surface, Dec(low), Dec(high), unit), (range.Text, range.Low, range.High, range.Unit));
    }

    [Fact]
    public void Read_ChangeFromABareNumberToCents_IsInCentsAtBothEnds()
    {
        var money = Mentions("The shares rose from 45 to 50 cents.").Where(m => m.Kind == MentionKind.Money).ToList();

        Assert.Equal([0.45m, 0.50m], money.Select(m => m.Value));
    }

    [Fact]
    public void Read_RupeesWrittenRsWithAFullStop_AreOneAmount()
    {
        var money = Single("The company in India earned Rs. 450 crore in the quarter.", MentionKind.Money);

        Assert.Equal(("Rs. 450 crore", 4_500_000_000m, "INR"), (money.Text, money.Value, money.Unit));
    }

    [Theory]
    [InlineData("The stock closed up 1-1/4 at 45-3/8.", "45-3/8", "45.375")]
    [InlineData("The bonds yield 5 1/2 and sell at 98 3/4.", "98 3/4", "98.75")]
    public void Read_WholeNumberWithAFraction_IsOneNumberAndNoDate(string text, string surface, string value)
    {
        var mentions = Mentions(text);

        Assert.DoesNotContain(mentions, m => m.Kind == MentionKind.Date);
        Assert.Contains(mentions, m => m.Text == surface && m.Value == Dec(value));
    }

    [Fact]
    public void Read_PercentageWithAFraction_IsThatPercentage()
        => Assert.Equal(5.5m, Single("The bonds yield 5 1/2% a year.", MentionKind.Percentage).Value);

    [Fact]
    public void Read_PoundsWhenTheSentenceSpeaksOfSlimming_AreAWeight()
        => Assert.DoesNotContain(Mentions("He slimmed down, dropping from 210 pounds to 180 pounds."), m => m.Kind == MentionKind.Money);

    [Theory]
    [InlineData("The company will invest $1.5-billion in the mine.", "$1.5-billion", "1500000000", "USD")]
    [InlineData("The province spent C$200-million on roads.", "C$200-million", "200000000", "CAD")]
    [InlineData("The bank paid SFr 100 million in fines.", "SFr 100 million", "100000000", "CHF")]
    [InlineData("China's exports rose to Rmb 5bn.", "Rmb 5bn", "5000000000", "CNY")]
    [InlineData("The Dubai firm earned Dh 500 million.", "Dh 500 million", "500000000", "AED")]
    [InlineData("The firm made a profit of Tk 50 crore in Bangladesh.", "Tk 50 crore", "500000000", "BDT")]
    public void Read_MoreCurrencyNotations_AmountInItsCurrency(string text, string surface, string value, string unit)
    {
        var money = Single(text, MentionKind.Money);

        Assert.Equal((surface, Dec(value), unit), (money.Text, money.Value, money.Unit));
    }

    [Theory]
    [InlineData("The Fed approved a quarter-point rate cut.", "a quarter-point", "0.25")]
    [InlineData("The Fed raised rates by a half percentage point.", "a half percentage point", "0.5")]
    [InlineData("The bank cut its rate by a quarter percentage point to 1.5%.", "a quarter percentage point", "0.25")]
    public void Read_FractionBeforeItsPoint_IsPercentagePoints(string text, string surface, string value)
    {
        var points = Single(text, MentionKind.PercentagePoints);

        Assert.Equal((surface, Dec(value)), (points.Text, points.Value));
    }

    [Theory]
    [InlineData("Growth was two and a half percent.", MentionKind.Percentage, "2.5")]
    [InlineData("Rates rose one and a half percentage points.", MentionKind.PercentagePoints, "1.5")]
    public void Read_WholeNumberAndAHalf_IsOneFigure(string text, MentionKind kind, string value)
        => Assert.Equal(Dec(value), Single(text, kind).Value);

    [Fact]
    public void Read_CountOfQuarterPointRises_IsAQuarterPointEach()
    {
        var points = Single("The bank has pushed through three quarter-point rate rises since June.", MentionKind.PercentagePoints);

        Assert.Equal(("quarter-point", 0.25m), (points.Text, points.Value));
    }

    [Fact]
    public void Read_QuarterPointOfAGame_IsNoPercentagePoint()
        => Assert.DoesNotContain(Mentions("The team led at the quarter-point of the game."), m => m.Kind == MentionKind.PercentagePoints);

    [Theory]
    [InlineData("In Paris and Geneva, the tickets cost 30 francs.")]
    [InlineData("The stall sold bread for 2 francs.")]
    [InlineData("The central banks of Gabon and Senegal each hold 9bn CFA francs.")]
    [InlineData("The bank holds 9bn CFA francs.")]
    [InlineData("The Swiss firm sold its French unit for 30 million francs.")]
    public void Read_FrancsWithoutOneSwissPlaceNearby_AreNoMoneyOfAGuessedFranc(string text)
        => Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Money);

    [Theory]
    [InlineData("Chad's treasury lost 2bn CFA francs to fraud.", "2bn CFA francs", "2000000000", "XAF")]
    [InlineData("Farmers in Mali were paid 500 CFA francs a kilo.", "500 CFA francs", "500", "XOF")]
    [InlineData("The Copenhagen brewer earned 2.1bn Danish kroner.", "2.1bn Danish kroner", "2100000000", "DKK")]
    [InlineData("The Oslo shipper earned 800m Norwegian kroner.", "800m Norwegian kroner", "800000000", "NOK")]
    [InlineData("The brewer earned 2.1bn Danish kroner. Its sales rose to 30bn kroner.", "30bn kroner", "30000000000", "DKK")]
    [InlineData("The Norwegian shipper's sales rose to 12bn kroner.", "12bn kroner", "12000000000", "NOK")]
    [InlineData("The Prague carmaker earned 5bn Czech koruna.", "5bn Czech koruna", "5000000000", "CZK")]
    [InlineData("The Budapest lender lost 40bn forints.", "40bn forints", "40000000000", "HUF")]
    [InlineData("The fishing fleet earned 3bn Icelandic kronur.", "3bn Icelandic kronur", "3000000000", "ISK")]
    [InlineData("The Hanoi exporter earned 900bn Vietnamese dong.", "900bn Vietnamese dong", "900000000000", "VND")]
    public void Read_CurrenciesSeveralCountriesName_TakeTheOneTheTextMakesPlain(string text, string surface, string value, string currency)
    {
        var money = Mentions(text).Last(m => m.Kind == MentionKind.Money);

        Assert.Equal((surface, Dec(value), currency), (money.Text, money.Value, money.Unit));
    }

    [Theory]
    [InlineData("The Nordic airline, owned by Denmark and Norway, lost 900m kroner.")]
    [InlineData("The airline lost 900m kroner.")]
    [InlineData("The shop took 20,000 dong.")]
    public void Read_KronerOrDongOfNoCountryTheTextMakesPlain_AreNoMoney(string text)
        => Assert.DoesNotContain(Mentions(text), m => m.Kind == MentionKind.Money);

    [Theory]
    [InlineData("The agency spent 300 mil dollars on the roads.")]
    [InlineData("Sales reached 45 mil in the quarter.")]
    public void Read_MilAfterANumber_IsNotReadAsAnyScale(string text)
        => Assert.DoesNotContain(Mentions(text), m => m.Kind is MentionKind.Money or MentionKind.Number);

    [Fact]
    public void Read_BucksAsATeamName_IsNoMoney()
        => Assert.DoesNotContain(Mentions("The Bucks beat the Hawks 110 to 102."), m => m.Kind == MentionKind.Money);

    [Fact]
    public void Read_RangeOfBucks_IsOneRangeInDollars()
    {
        var range = Single("Fans paid 20 to 30 bucks a ticket.", MentionKind.Money);

        Assert.Equal((20m, 30m, "USD"), (range.Low, range.High, range.Unit));
    }

    [Fact]
    public void Read_ChangeBetweenDecimalsOfAScale_GivesBothEndsTheScale()
    {
        var money = Mentions("The grant grew from 0.8 to 1.2 million euros.").Where(m => m.Kind == MentionKind.Money).ToList();

        Assert.Equal([(800_000m, "EUR"), (1_200_000m, "EUR")], money.Select(m => (m.Value, m.Unit)));
    }

    [Theory]
    [InlineData("They argued over a $2m fee.", "$2m")]
    [InlineData("Talks were held about a 5% pay rise.", "5%")]
    public void Read_PrepositionAndArticleBeforeAFigure_DoNotHedgeIt(string text, string surface)
    {
        var figure = Mentions(text).Single(m => m.Text == surface);

        Assert.Equal(Qualifier.None, figure.Qualifier);
    }

    [Theory]
    [InlineData("Revenue rose over $5bn last year.", "over $5bn")]
    [InlineData("Over a million people marched.", "Over a million")]
    public void Read_HedgeBeforeAFigure_StillHedgesIt(string text, string surface)
    {
        var figure = Mentions(text).Single(m => m.Text == surface);

        Assert.Equal(Qualifier.MoreThan, figure.Qualifier);
    }
}
