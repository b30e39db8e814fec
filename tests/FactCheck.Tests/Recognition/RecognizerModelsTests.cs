using System.Globalization;
using FactCheck.Recognition;
using Xunit;
using static FactCheck.Tests.Recognition.Recognize;

namespace FactCheck.Tests.Recognition;

[Collection(nameof(ModelCallCounting))]
public class RecognizerModelsTests
{
    [Fact]
    public void Calls_CommonAndLongerDateExpressions_NeedNoDateTimeModel()
    {
        const string text = "Profits fell 5% in the last three months of 2004, and sales were weak between October and December. "
            + "Prices have doubled over the past two years and will rise later this year, the firm said on Friday. "
            + "Unemployment is at its lowest level in three years, down from a peak in mid-2003.";
        var before = RecognizerModels.Calls;

        var dates = Mentions(text).Where(m => m.Kind == MentionKind.Date).Select(m => m.Text).ToList();

        Assert.Equal(before.DateTime, RecognizerModels.Calls.DateTime);
        Assert.Equal(
            ["the last three months of 2004", "between October and December", "past two years", "later this year", "Friday", "in three years", "mid-2003"],
            dates);
    }

    // Publication date: Saturday 2025-04-05. Expected readings: "surface start..end", separated by "; ".
    [Theory]
    [InlineData("During the same quarter, the rival earned $187m.", "")]
    [InlineData("Looking ahead to its full year results to March 2026, the airline warned that yields would fall.", "year results to March 2026 2025-04-01..2026-03-31")]
    [InlineData("The group forecast a net loss in its current financial year to March 2025.", "year to March 2025 2024-04-01..2025-03-31")]
    [InlineData("The Daily and Sunday Telegraph newspapers are axing 90 journalists.", "")]
    [InlineData("The Sunday Times and The Sunday Telegraph say they will oppose the bid.", "")]
    [InlineData("On Sunday Shell said it had sold the unit.", "Sunday 2025-03-30..2025-03-30")]
    [InlineData("The sale went ahead in December and Yukos was sold to a little-known company.", "December 2024-12-01..2024-12-31")]
    [InlineData("Sales rose in 2004 and Microsoft gained share.", "2004 2004-01-01..2004-12-31")]
    [InlineData("The dollar hit its highest level against the euro in almost three months after the central bank head spoke.", "in almost three months 2025-01-05..2025-04-04")]
    [InlineData("The paper was bought by the twins - Frederick and David - last year, having been owned by a peer.", "last year 2024-01-01..2024-12-31")]
    [InlineData("The meeting took place in London on Friday and Saturday.", "Friday 2025-04-04..2025-04-04; Saturday 2025-04-05..2025-04-05")]
    [InlineData("Prices fell on Tuesday and Wednesday.", "Tuesday 2025-04-01..2025-04-01; Wednesday 2025-04-02..2025-04-02")]
    [InlineData("Four hurricanes struck in August and September.", "August 2024-08-01..2024-08-31; September 2024-09-01..2024-09-30")]
    [InlineData("The call came just days after the president announced new tariffs.", "")]
    [InlineData("Talks resumed two weeks before the deadline.", "")]
    [InlineData("It will spend about 2 billion euros a year on new models.", "")]
    [InlineData("The union told managers to withdraw the notice by midday on Monday or face a strike ballot.", "Monday 2025-04-07..2025-04-07")]
    [InlineData("Revenue in the three months to the end of January rose 41%.", "the three months to the end of January 2024-11-01..2025-01-31")]
    [InlineData("Exports grew 3.1% in the final quarter, the retailer Norvale said.", "")]
    [InlineData("Net debt stood at 4.2 billion euros at the end of December.", "end of December 2024-12-16..2024-12-31")]
    [InlineData("Brightwing will fly about 140 planes by the end of the decade.", "the decade 2020-01-01..2029-12-31")]
    [InlineData("The bill keeps the agency funded until the end of September.", "end of September 2025-09-16..2025-09-30")]
    [InlineData("Lenders had until the end of January to reply.", "")]
    [InlineData("The vote was the closest since the 1960s.", "since the 1960s 1960-01-01..1969-12-31")]
    [InlineData("Castlebay host Orwin next Sunday.", "next Sunday 2025-04-13..2025-04-13")]
    [InlineData("Talks stalled at the end of last week.", "end of last week 2025-03-27..2025-03-30")]
    [InlineData("Pay rose at the beginning of the week.", "beginning of the week 2025-03-31..2025-04-02")]
    [InlineData("The film took $40m over its opening weekend, the studio said.", "weekend 2025-04-05..2025-04-06")]
    [InlineData("Visitor numbers fell over the holiday weekend in Dorset.", "weekend 2025-04-05..2025-04-06")]
    [InlineData("Revenue rose 4% in the September quarter.", "September quarter 2024-07-01..2024-09-30")]
    [InlineData("Sales in the March quarter were $3bn.", "March quarter 2025-01-01..2025-03-31")]
    [InlineData("The chain will report its June quarter sales in July.", "June quarter 2025-04-01..2025-06-30; July 2025-07-01..2025-07-31")]
    [InlineData("Profit fell in the December quarter of 2023.", "December quarter of 2023 2023-10-01..2023-12-31")]
    [InlineData("She had not lost a set before this fortnight.", "")]
    [InlineData("Ticket prices have risen since last fortnight.", "")]
    public void Calls_NamesHedgesAndPunctuationAroundDates_NeedNoDateTimeModel(string text, string expected)
    {
        var before = RecognizerModels.Calls;

        var dates = Mentions(text).Where(m => m.Kind == MentionKind.Date)
            .Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Text} {m.Date!.Start:yyyy-MM-dd}..{m.Date.End:yyyy-MM-dd}"));

        Assert.Equal(expected, string.Join("; ", dates));
        Assert.Equal(before.DateTime, RecognizerModels.Calls.DateTime);
    }

    [Fact]
    public void Calls_WeekendOfAnEventTheSentenceDates_IsLeftToTheModel()
    {
        var before = RecognizerModels.Calls;

        _ = Mentions("The play took $2m in its first weekend, after opening on 12/6/2019.");

        Assert.Equal(before.DateTime + 1, RecognizerModels.Calls.DateTime);
    }

    [Fact]
    public void Calls_DateOnlyTheModelReads_AreCounted()
    {
        var before = RecognizerModels.Calls;

        var dates = Mentions("The contract was signed on 16 or 17 March in London.").Where(m => m.Kind == MentionKind.Date).ToList();

        Assert.Equal(before.DateTime + 1, RecognizerModels.Calls.DateTime);
        Assert.Contains(dates, d => d.Text == "17 March");
    }
}
