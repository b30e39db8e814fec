using FactCheck.Recognition;
using Xunit;
using static FactCheck.Tests.Recognition.Recognize;

namespace FactCheck.Tests.Recognition;

/// <summary>Fiscal years: the year is named, the months are not guessed.</summary>
public sealed class FiscalYearReaderTests
{
    [Theory]
    [InlineData("The group reported FY2023 revenue of $3 billion.", "FY2023", 2023)]
    [InlineData("The group reported FY 2022 revenue of $3 billion.", "FY 2022", 2022)]
    [InlineData("The group reported FY21 revenue of $3 billion.", "FY21", 2021)]
    public void Read_FiscalYear_NamesTheYearAndLeavesItsMonthsUnresolved(string text, string surface, int year)
    {
        var date = Single(text, MentionKind.Date);

        Assert.Equal((surface, (decimal)year, "FY" + year), (date.Text, date.Value, date.Date!.Timex));
        Assert.Null(date.Date.Start);
        Assert.Equal(FiscalYearReader.Reason, date.Date.UnresolvedReason);
    }

    [Fact]
    public void Read_FiscalYearAcrossTwoYears_IsNotOneFiscalYear()
    {
        Assert.DoesNotContain(Mentions("Profits rose in FY2023/24."), m => m.Date?.Timex == "FY2023");
    }
}
