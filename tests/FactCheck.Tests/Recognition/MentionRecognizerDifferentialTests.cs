using System.Globalization;
using FactCheck.Benchmarks.Baseline;
using Xunit;

namespace FactCheck.Tests.Recognition;

/// <summary>
/// FactCheck against the Recognizers models side by side, on sentences of international English news written for
/// each form FactCheck reads itself: every percentage, amount and date the models find is found with the same span
/// and value, or read differently on purpose (a reason <see cref="MentionAgreement"/> names). Soak mode
/// (<c>FACTCHECK_DIFFERENTIAL_CORPUS</c> set to a folder of <c>.txt</c> files) runs the same comparison over every
/// file of the folder and lists each disagreement.
/// </summary>
public sealed class MentionRecognizerDifferentialTests
{
    private const string CorpusVariable = "FACTCHECK_DIFFERENTIAL_CORPUS";

    private static readonly Lazy<NaiveRecognizers> Naive = new(() => new NaiveRecognizers());

    private static readonly DateOnly Published = new(2016, 6, 1);

    public static TheoryData<string> Sentences => new()
    {
        "The flats sold from $650,000 to $2.4 million last year.",
        "Analysts expect losses of $12 to $15 billion.",
        "Growth will be between 3% and 4% next year.",
        "The deal is worth 33-35 billion euros.",
        "The miner paid C$12 million for the site and NZ$3.4 billion for the port.",
        "The fund holds US$40 billion, HK$1.2 billion and S$300 million in cash.",
        "The ministry spent ₹500 crore on roads.",
        "A dinner costs 1,500€ and a ticket 20 €.",
        "They paid 20 usd, 10 rmb and 15 EUR for it.",
        "The stock rose 12 sen in Kuala Lumpur, and the shares rose 5 cents in New York.",
        "It borrowed 1.5 tln yen abroad.",
        "The central bank cut by 25 basis points to 4.75%.",
        "The rate was cut by .005 per cent.",
        "The law was signed on Jan. 12, 1996 in Washington.",
        "The meeting was held on 17-05-2016.",
        "Prices fell in the last week of 2013.",
        "The church dates from the 14th century.",
        "He paid 195 pounds for the ticket in London.",
        "The vote was held on 5/17/2016 and counted on 2016-05-18.",
        "Growth will be 2 to 3 per cent next year, the bank said.",
        "Inflation rose from 2 to 3 per cent in the year.",
        "The meal cost fourteen dollars and twenty cents.",
        "The group reported FY2023 revenue of $3 billion.",
        "The flat in Pune cost Rs 3,40,000 and a plot 2 345 678 rupees.",
        "The shares traded between 45 and 50 cents in Sydney.",
        "The company in India earned Rs. 450 crore in the quarter.",
        "Revenue for fiscal 2014/15 rose 8% and sales were strong in September of this year.",
        "The budget for 2004/05 and the 2003-04 season.",
        "The airline ordered eight A380s and the mill dates from the 19th century.",
        "The Ontario miner paid c $ 12.5 million for the mine .",
        "Sales at the Kowloon store reached hk $ 3.2 billion .",
        "Interest costs at Brindle Foods rose in the 2014 third quarter .",
        "The Halden mill was busiest in the 1990 s .",
        "The trip to the coast cost 3 dollars 50 cents.",
        "Farm output in Punjab rose by 12 percentage.",
        "The Espoo phone maker paid 420 million Finnish markka and 6.65 billion pesetas for the two firms.",
        "The Utrecht bank sold 250 million Dutch guilders of bonds.",
        "A bowl of noodles in the Chengdu market costs 12元.",
        "The Halden ledger lists $ 1,200.00 $ 3,450.75 in repairs.",
        "The Brindle mill closed on Dec. 31 , 1994 .",
        "The Halden board met on Tuesday, March 7 to approve the sale.",
        "The Corvina crew will work on the line over the next five days.",
        "The Halden board will meet next week on Tuesday.",
        "At the Corvina fair a ticket cost thirteen dollars forty five.",
        "The Corvina board met on the 9th of March.",
        "Brindle ran the trial from 2009~2011 in two towns.",
        "Halden opened a store in Leeds in mid-November.",
        "The Corvina line reopens the week after next.",
        "The Corvina report is at https://www.corvina.example/search?q=30%25%2020% for readers.",
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Recognize_InternationalNewsForms_AgreesWithTheModels(string sentence)
    {
        var items = Compare(sentence);

        var missed = items.Where(i => i.Outcome == AgreementOutcome.Missed).Select(i => $"{i.Category} '{i.Text}' = {i.Value}").ToList();
        Assert.True(missed.Count == 0, "Missed: " + string.Join("; ", missed));
    }

    [Fact]
    public void Recognize_PoundsOfWeight_IsADeliberateDifference()
    {
        var items = Compare("He lost weight, dropping from 195 pounds to 181.");

        Assert.Contains(items, i => i.Category == "currency" && i.Outcome == AgreementOutcome.Corrected && i.Reason.Contains("weight", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Corvina Air was not flying the same week that the strike began.", "the week of publication")]
    [InlineData("The Brindle fund pays percent of 10 to its members.", "no percentage")]
    [InlineData("A ticket at the Halden fair costs one dollar and two tokens.", "not part of it")]
    [InlineData("The Corvina log shows 5/3/18 @ 17:49:19 as the last entry.", "clock time")]
    public void Recognize_ModelReadingsFactCheckLeavesOnPurpose_AreDeliberateDifferences(string sentence, string reason)
    {
        var items = Compare(sentence);

        Assert.DoesNotContain(items, i => i.Outcome == AgreementOutcome.Missed);
        Assert.Contains(items, i => i.Outcome == AgreementOutcome.Corrected && i.Reason.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_EveryFileOfTheSoakCorpus_AgreesWithTheModels()
    {
        var directory = Environment.GetEnvironmentVariable(CorpusVariable);
        if (string.IsNullOrEmpty(directory))
        {
            return; // Soak mode only.
        }

        var missed = new List<string>();
        var compared = 0;
        foreach (var path in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var items = Compare(File.ReadAllText(path));
            compared += items.Count(i => i.Outcome is AgreementOutcome.Same or AgreementOutcome.Missed);
            missed.AddRange(items.Where(i => i.Outcome == AgreementOutcome.Missed).Select(i => $"{Path.GetFileName(path)} [{i.Span.Start},{i.Span.End}) {i.Category} '{i.Text}' = {i.Value}"));
        }

        Assert.True(missed.Count == 0, string.Create(CultureInfo.InvariantCulture, $"{missed.Count} of {compared} disagreements:\n{string.Join("\n", missed)}"));
    }

    private static List<AgreementItem> Compare(string text)
    {
        var checker = new FactCheckerBuilder().Build();
        var mentions = checker.Check(new Document(text, Published)).Mentions;
        return MentionAgreement.Compare(text, Naive.Value.Recognize(text, Published), mentions).ToList();
    }
}
