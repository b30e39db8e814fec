using System.Globalization;
using FactCheck.Recognition;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Xunit;

namespace FactCheck.Tests.Recognition;

/// <summary>
/// The common-date reader must give exactly what the Recognizers date-time model gives for the dates the
/// recognition stage keeps, or decline so that the model runs.
/// </summary>
public sealed class CommonDateReaderTests
{
    private static readonly Lazy<DateTimeModel> Model = new(() => new DateTimeRecognizer(Culture.English).GetDateTimeModel());

    // Reference dates around year, month and week boundaries, a leap day, and every weekday.
    private static readonly DateTime[] References =
    [
        new(2005, 1, 15), new(2025, 4, 5), new(2024, 2, 29), new(2024, 12, 31), new(2025, 1, 1),
        new(2023, 6, 30), new(2022, 10, 3), new(2025, 4, 1), new(2025, 3, 1), new(2024, 7, 1), new(2021, 3, 31), new(2020, 11, 18), new(2019, 7, 7), new(2026, 9, 10),
    ];

    /// <summary>Sentences whose dates the reader knows: it must answer, and answer as the model does.</summary>
    public static TheoryData<string> CommonSentences => new()
    {
        "Sales rose 5% in 2004, the company said.",
        "The 2003 figures were revised.",
        "Prices fell in December.",
        "Prices fell in December 2004 after a strong November.",
        "The deal was signed on 2 February.",
        "The deal was signed on February 2.",
        "The deal was signed on February 2, 2004.",
        "The deal was signed on 31 December 2004.",
        "The deal was signed on 3rd March.",
        "He said on Friday that output had fallen.",
        "He said on Monday's call that output had fallen.",
        "Profits rose last year.",
        "Profits will rise this year, it said.",
        "Sales will rise next year.",
        "Sales fell last month.",
        "Sales fell last week.",
        "Sales will rise next month.",
        "Sales rose in the fourth quarter.",
        "Sales rose in the first quarter of 2004.",
        "Third quarter sales rose.",
        "Sales rose 5% from a year earlier.",
        "It made a loss a year ago.",
        "It made a loss two years ago.",
        "It made a loss three months ago.",
        "Investors now expect a cut, the bank recently said.",
        "The annual report is due in May.",
        "Prices fall as markets may slip.",
        "Prices have risen 5% from 2003 levels.",
        "Sales in December 2004 rose after a strong November.",
        "Last year's growth was 6%.",
        "The firm, founded in 1998, listed in 2001 and expanded in 2003.",
        "On Tuesday the shares rose 3%, and on Thursday they fell.",
        "Output rose 2.3% in November, the figures showed.",
    };

    /// <summary>Sentences whose dates take more than the reader knows: it must decline.</summary>
    public static TheoryData<string> SentencesForTheModel => new()
    {
        "Shares rose between 2003 and 2004.",
        "Output rose from 2013 to 2018.",
        "The deal is due by the end of March.",
        "It rose in early 2004.",
        "It fell 3% in the year to March.",
        "Earlier this month, it rose.",
        "The plant will close by 2006.",
        "The talks start at 10:30 on Monday.",
        "It opened at 9am on Friday.",
        "It rose in the first half of 2004.",
        "It has grown since October.",
        "It rose on Monday, 3 January.",
        "The 1990s were good for the firm.",
        "Sales in Q3 2004 rose.",
        "It will rise over the next few months.",
        "Trading was halted on Christmas Eve.",
        "It has fallen 5% in 2004-05.",
        "The bank may 2005 cut rates.",
    };

    [Theory]
    [MemberData(nameof(CommonSentences))]
    public void TryRead_CommonDateForms_AnswersAsTheModelDoes(string sentence)
    {
        foreach (var reference in References)
        {
            var read = new List<ModelResult>();

            var answered = CommonDateReader.TryRead(sentence, reference, read);

            // It may leave rare edge cases to the model (the first day of a quarter), never an ordinary day.
            Assert.True(answered || reference.Day == 1, $"The reader declined '{sentence}' (reference {reference:yyyy-MM-dd}).");
            if (answered)
            {
                Assert.Equal(Describe(Kept(Model.Value.Parse(sentence, reference))), Describe(Kept(read)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(SentencesForTheModel))]
    public void TryRead_LargerExpressions_Declines(string sentence)
    {
        var read = new List<ModelResult>();

        var answered = CommonDateReader.TryRead(sentence, new DateTime(2005, 1, 15), read);

        Assert.False(answered, $"The reader answered '{sentence}' with: {Describe(read)}");
        Assert.Empty(read);
    }

    [Fact]
    public void TryRead_SentenceWithoutTimeWords_AnswersNoDates()
    {
        var read = new List<ModelResult>();

        var answered = CommonDateReader.TryRead("The company cut 1,200 jobs and sold its 25% stake for $3.5bn.", new DateTime(2005, 1, 15), read);

        Assert.True(answered);
        Assert.Empty(read);
    }

    [Fact]
    public void TryRead_SeedArticleSentences_AgreeWithTheModelWheneverAnswered()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_23fa9f6dec8fb977.txt"));
        var reference = new DateTime(2025, 4, 5);
        var answered = 0;
        foreach (var span in FactCheck.Text.SentenceSegmenter.Split(text))
        {
            var sentence = span.Slice(text);
            var read = new List<ModelResult>();
            if (CommonDateReader.TryRead(sentence, reference, read))
            {
                answered++;
                Assert.Equal(Describe(Kept(Model.Value.Parse(sentence, reference))), Describe(Kept(read)));
            }
        }

        Assert.True(answered > 0);
    }

    // What the recognition stage keeps of the model's results: calendar dates (not durations, sets, seasons
    // without a year, "now", or the verbs "may" and "march").
    private static List<ModelResult> Kept(IEnumerable<ModelResult> results)
        => results.Where(r =>
        {
            var type = r.TypeName.Replace("datetimeV2.", string.Empty, StringComparison.Ordinal);
            if (type is not ("date" or "daterange" or "datetime" or "datetimerange") || r.Text is "may" or "march")
            {
                return false;
            }

            var values = (IEnumerable<IDictionary<string, string>>)r.Resolution["values"];
            return values.Any(v => !v["timex"].Contains("REF", StringComparison.Ordinal)
                && (v.ContainsKey("start") || (v.TryGetValue("value", out var value) && value != "not resolved")));
        }).ToList();

    private static string Describe(IEnumerable<ModelResult> results)
        => string.Join(
            "\n",
            results.Select(r => string.Create(
                CultureInfo.InvariantCulture,
                $"{r.TypeName} [{r.Start},{r.End}] '{r.Text}' {string.Join(" | ", ((IEnumerable<IDictionary<string, string>>)r.Resolution["values"]).Select(v => string.Join(",", v.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + p.Value))))}")));
}
