using FactCheck.Claims;
using FactCheck.Reference;
using Xunit;

namespace FactCheck.Tests.Reference;

public sealed class ReferenceFactsTests
{
    private const string Header = "subject,measure,value,unit,valid_from,valid_to,source,tolerance";

    private static ReferenceFactsLoadResult Csv(params string[] lines) =>
        ReferenceFacts.ParseCsv(new StringReader(string.Join("\n", lines)), "facts.csv");

    [Fact]
    public void ParseCsv_GoodFile_ReadsEveryFact()
    {
        var result = Csv(
            Header,
            "duty on exports from Pakistan to the US,rate,10,%,,2025-04-08,US tariff schedule,",
            "# the new rate",
            "duty on exports from Pakistan to the US,rate,29,%,2025-04-09,,US tariff schedule,0.5",
            "\"equipment left in Afghanistan, US-made\",amount,7000000000,usd,,,US Defence Department,");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var facts = result.Facts!.Facts;
        Assert.Equal(3, facts.Count);
        Assert.Equal(29m, facts[1].Value);
        Assert.Equal(new DateOnly(2025, 4, 9), facts[1].ValidFrom);
        Assert.Null(facts[1].ValidTo);
        Assert.Equal(0.5m, facts[1].Tolerance);
        Assert.Equal(Measure.Rate, facts[1].Measure);
        Assert.Equal("facts.csv:4", facts[1].Location);
        Assert.Equal("USD", facts[2].Unit);
        Assert.Equal("equipment left in Afghanistan, US-made", facts[2].Subject);
    }

    [Fact]
    public void ParseCsv_ColumnsInAnotherOrderAndWithoutOptionalOnes_AreRead()
    {
        var result = Csv("Source,Unit,Value,Measure,Subject", "Census,,5000000,count,population of Norway");

        Assert.True(result.Succeeded);
        Assert.Equal(string.Empty, result.Facts!.Facts[0].Unit);
        Assert.True(result.Facts.Facts[0].IsTimeless);
    }

    [Fact]
    public void ParseCsv_MissingRequiredColumn_IsReportedOnTheHeaderLine()
    {
        var result = Csv("subject,measure,value,source", "tariff,rate,10,schedule");

        Assert.False(result.Succeeded);
        Assert.Null(result.Facts);
        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("'unit'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseCsv_UnknownColumn_IsReported()
    {
        var result = Csv("subject,measure,value,unit,source,tolerence", "tariff,rate,10,%,schedule,1");

        Assert.Contains(result.Errors, e => e.Line == 1 && e.Message.Contains("tolerence", StringComparison.Ordinal));
    }

    [Fact]
    public void ParseCsv_BadRows_AreEachReportedWithTheirLineAndNothingLoads()
    {
        var result = Csv(
            Header,
            "tariff on steel,rate,25,%,,,schedule,",
            "tariff on cars,rate,twenty,%,,,schedule,",
            "tariff on wine,rate,29%,%,,,schedule,",
            "tariff on rice,rate,10,%,2025-13-01,,schedule,",
            "tariff on tea,rate,10,%,2025-05-01,2025-04-01,schedule,",
            "tariff on jam,speed,10,%,,,schedule,",
            "tariff on oil,rate,10,%,,,,",
            "tariff on gas,rate,10,%,,,schedule,-1",
            "tariff on tin,rate,10,percent-ish,,,schedule,",
            "tariff on salt,rate,10,%,,,schedule");

        Assert.False(result.Succeeded);
        Assert.Null(result.Facts);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10, 11], result.Errors.Select(e => e.Line).ToArray());
        Assert.Contains("twenty", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("put % in the unit column", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", result.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("before valid_from", result.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("measure", result.Errors[4].Message, StringComparison.Ordinal);
        Assert.Contains("source", result.Errors[5].Message, StringComparison.Ordinal);
        Assert.Contains("tolerance", result.Errors[6].Message, StringComparison.Ordinal);
        Assert.Contains("unit", result.Errors[7].Message, StringComparison.Ordinal);
        Assert.Contains("fields", result.Errors[8].Message, StringComparison.Ordinal);
        Assert.All(result.Errors, e => Assert.Equal("facts.csv", e.File));
        Assert.StartsWith("facts.csv:3: ", result.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ParseCsv_DuplicateKeysWithOverlappingDates_AreReported()
    {
        var result = Csv(
            Header,
            "tariff on steel,rate,25,%,2025-01-01,,schedule,",
            "Tariffs on  steel,rate,30,%,2025-06-01,,schedule,",
            "tariff on steel,rate,10,%,,2024-12-31,schedule,");

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseCsv_BadQuoting_IsReported()
    {
        var result = Csv(Header, "tariff on \"steel,rate,25,%,,,schedule,");

        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void ParseCsv_EmptyFile_IsAnError()
    {
        var result = Csv(string.Empty);

        Assert.False(result.Succeeded);
        Assert.Contains("header", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseJson_ArrayOfFacts_IsRead()
    {
        var result = ReferenceFacts.ParseJson(
            """
            [
              { "subject": "duty on exports from Pakistan to the US", "measure": "rate", "value": 29, "unit": "%",
                "validFrom": "2025-04-09", "source": "US tariff schedule" },
              { "subject": "equipment", "measure": "amount", "value": "7000000000", "unit": "USD", "source": "US Defence Department", "tolerance": 0 }
            ]
            """,
            "facts.json");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(2, result.Facts!.Facts.Count);
        Assert.Equal("facts.json:2", result.Facts.Facts[0].Location);
        Assert.Equal("facts.json:4", result.Facts.Facts[1].Location);
    }

    [Fact]
    public void ParseJson_BadObjects_AreReportedWithTheirLines()
    {
        var result = ReferenceFacts.ParseJson(
            """
            { "facts": [
              { "subject": "tariff", "measure": "rate", "value": 29, "unit": "%", "source": "schedule" },
              { "subject": "tariff on cars", "measure": "rate", "value": "x", "unit": "%", "source": "schedule" },
              { "subject": "tariff on tea", "measure": "rate", "unit": "%", "source": "schedule" },
              { "subject": "tariff on jam", "measure": "rate", "value": 1, "unit": "%", "source": "schedule", "colour": "red" },
              42
            ] }
            """,
            "facts.json");

        Assert.False(result.Succeeded);
        Assert.Equal([3, 4, 5, 6], result.Errors.Select(e => e.Line).ToArray());
    }

    [Fact]
    public void ParseJson_SyntaxError_IsReportedWithItsLine()
    {
        var result = ReferenceFacts.ParseJson("[\n  { \"subject\": \"x\" ,,\n]", "facts.json");

        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Load_MissingFile_IsAnErrorNotAnException()
    {
        var result = ReferenceFacts.Load(Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "facts.csv"));

        Assert.False(result.Succeeded);
        Assert.Equal(0, Assert.Single(result.Errors).Line);
        Assert.Throws<InvalidDataException>(() => result.GetFactsOrThrow());
    }

    [Fact]
    public void TryLoad_FilesByExtension_ReadCsvAndJson()
    {
        var dir = Directory.CreateTempSubdirectory("factcheck-facts-");
        try
        {
            var csv = Path.Combine(dir.FullName, "facts.csv");
            File.WriteAllText(csv, Header + "\ntariff on steel,rate,25,%,,,schedule,\n");
            var json = Path.Combine(dir.FullName, "facts.json");
            File.WriteAllText(json, """[{ "subject": "tariff on steel", "measure": "rate", "value": 25, "unit": "%", "source": "schedule" }]""");

            Assert.True(ReferenceFacts.TryLoad(csv, out var fromCsv, out var csvErrors));
            Assert.Empty(csvErrors);
            Assert.True(ReferenceFacts.TryLoad(json, out var fromJson, out _));
            Assert.Equal(fromCsv.Facts[0].Value, fromJson!.Facts[0].Value);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Constructor_OverlappingFactsInCode_Throw()
    {
        var a = new ReferenceFact("tariff on steel", Measure.Rate, 25m, "%", "schedule");
        var b = new ReferenceFact("tariff on steel", Measure.Rate, 30m, "%", "other schedule", validFrom: new DateOnly(2025, 1, 1));

        Assert.Throws<ArgumentException>(() => new ReferenceFacts([a, b]));
    }
}
