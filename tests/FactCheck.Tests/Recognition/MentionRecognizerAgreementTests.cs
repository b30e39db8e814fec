using FactCheck.Benchmarks.Baseline;
using Xunit;

namespace FactCheck.Tests.Recognition;

/// <summary>
/// FactCheck finds what the naive baseline (the four Recognizers models over the whole text) finds — the same
/// percentages, amounts of money and dates, with the same span and value — apart from what it corrects on purpose.
/// </summary>
public sealed class MentionRecognizerAgreementTests
{
    private static readonly Lazy<NaiveRecognizers> Naive = new(() => new NaiveRecognizers());

    public static TheoryData<string, string> Texts => new()
    {
        {
            "2025-04-05",
            "Exports from Pakistan to the US now face a 29% duty, up from the earlier 10%. The tariffs take full effect on April 9, "
            + "the White House said. Trade between the two countries was worth $7 billion in 2022, and grew 42% from 2013 to 2018."
        },
        {
            "2005-01-15",
            "Quarterly profits at the media group jumped 76% to $1.13bn (£600m) for the three months to December, from $639m a year earlier. "
            + "Sales rose 2% to $11.1bn in the fourth quarter. The firm said on Friday that it expected growth of about 5% this year."
        },
        {
            "2024-11-20",
            "Inflation fell to 2.3 per cent in October from 1.7 per cent in September, the statistics office said on Wednesday. "
            + "The central bank cut its rate by 25 basis points to 4.75% last month, and rates are now 0.5 percentage points lower than in August."
        },
        {
            "2023-03-10",
            "The company raised €3.5bn in January 2023 and another €500 million in February. Its shares, worth $120 each in 2021, "
            + "have lost 35% since then. Revenue for the year to December reached £1.2bn, up 12.5% on 2021."
        },
        {
            "2025-03-14",
            "Net debt at Corvane stood at 4.2 billion euros at the end of December, and the airline plans 140 planes by the end of the decade. "
            + "Talks with the Lisk union resumed at the end of last week, and Millbrook host Dunmore next Sunday. A ruling on the Ferrow case is not due before next Tuesday. "
            + "Pay at Harnell rose at the beginning of the week, and a new fund opens at the start of next month. The plant will close in the middle of March. "
            + "Orders fell at the start of December, and the board will meet at the end of the month. The vote was last Sunday. The count is this Friday."
        },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Recognize_WrittenNewsText_FindsTheBaselineMentions(string published, string text)
    {
        var items = Compare(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        AssertAgreement(items);
    }

    [Fact]
    public void Recognize_SeedArticle_FindsTheBaselineMentions()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_23fa9f6dec8fb977.txt"));

        var items = Compare(text, new DateOnly(2025, 4, 5));

        AssertAgreement(items);
        Assert.Contains(items, i => i.Category == "percentage" && i.Text == "29%" && i.Outcome == AgreementOutcome.Same);
        Assert.Contains(items, i => i.Category == "currency" && i.Text == "$7 billion" && i.Outcome == AgreementOutcome.Same);
        Assert.Contains(items, i => i.Category == "date" && i.Text == "April 9" && i.Outcome == AgreementOutcome.Same);
    }

    [Fact]
    public void Recognize_ScaleWordAfterAmount_IsACorrectionNotAMiss()
    {
        var items = Compare("Profits rose to $1.13bn, from £600m.", new DateOnly(2005, 1, 15));

        Assert.All(
            items.Where(i => i.Category == "currency"),
            i => Assert.Equal((AgreementOutcome.Corrected, "scale word after the number ('bn', 'm', 'tn') kept"), (i.Outcome, i.Reason)));
        Assert.Equal(2, items.Count(i => i.Category == "currency"));
    }

    [Fact]
    public void Recognize_PercentagePoints_IsACorrectionNotAMiss()
    {
        var items = Compare("The duty rose by 19 percentage points to 29%.", new DateOnly(2025, 4, 5));

        Assert.Contains(items, i => i.Text.StartsWith("19", StringComparison.Ordinal) && i.Outcome == AgreementOutcome.Corrected);
        Assert.Contains(items, i => i.Text == "29%" && i.Outcome == AgreementOutcome.Same);
    }

    [Theory]
    [InlineData("The airline ordered eight A380s and four A330s last year.", "a model number ('A380s', 'KC-30s') is not a decade")]
    [InlineData("The budget for 2004/05 rose 3%.", "a fiscal year or season ('2004/05', '2003-04') spans the two calendar years it names")]
    public void Recognize_DeliberateDateDifference_IsACorrectionNotAMiss(string text, string reason)
    {
        var items = Compare(text, new DateOnly(2005, 1, 15));

        Assert.Contains(items, i => i.Category == "date" && i.Outcome == AgreementOutcome.Corrected && i.Reason == reason);
        Assert.DoesNotContain(items, i => i.Outcome == AgreementOutcome.Missed);
    }

    [Fact]
    public void Recognize_HedgeBeforeAYear_IsTheSameDate()
    {
        var items = Compare("A new jet is due around 2020, the maker said.", new DateOnly(2011, 3, 4));

        Assert.Contains(items, i => i.Category == "date" && i.Outcome == AgreementOutcome.Same);
    }

    private static List<AgreementItem> Compare(string text, DateOnly published)
    {
        var checker = new FactCheckerBuilder().Build();
        var mentions = checker.Check(new Document(text, published)).Mentions;
        return MentionAgreement.Compare(text, Naive.Value.Recognize(text, published), mentions).ToList();
    }

    private static void AssertAgreement(List<AgreementItem> items)
    {
        var missed = items.Where(i => i.Outcome == AgreementOutcome.Missed).Select(i => $"{i.Category} '{i.Text}' = {i.Value}").ToList();
        Assert.True(items.Exists(i => i.Outcome == AgreementOutcome.Same), "Nothing was compared.");
        Assert.True(MentionAgreement.Agreement(items) >= 0.99, "Missed: " + string.Join("; ", missed));
    }
}
