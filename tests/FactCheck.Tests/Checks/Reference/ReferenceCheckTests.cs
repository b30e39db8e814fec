using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Reference;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Checks.Reference;

public sealed class ReferenceCheckTests
{
    private static readonly DateOnly Published = new(2025, 4, 5);

    private static readonly ReferenceFacts Schedule = ReferenceFacts.ParseCsv(
        new StringReader(
            """
            subject,measure,value,unit,valid_from,valid_to,source,tolerance
            US tariff on Pakistan exports,rate,10,%,,2025-04-08,US tariff schedule,
            US tariff on Pakistan exports,rate,29,%,2025-04-09,,US tariff schedule,
            """),
        "tariffs.csv").GetFactsOrThrow();

    private static IReadOnlyList<Finding> Run(Scenario s, Action<FactCheck.Checks.Reference.ReferenceCheckOptions>? configure = null) =>
        s.Run(new FactCheckerBuilder().ClearChecks().AddReferenceCheck(Schedule, configure));

    private static Scenario Duty(string value, decimal number, DateOnly? effective, Qualifier qualifier = Qualifier.None, decimal? low = null, decimal? high = null)
    {
        var text = $"Exports from Pakistan to the US now face a {value} duty. The increased tariff takes full effect on April 9.";
        var s = new Scenario(text, Published);
        var m = s.Percent(value, number, qualifier: qualifier, low: low, high: high);
        var day = s.Day("April 9", 2025, 4, 9);
        s.Claim(
            ClaimKind.Level,
            $"Exports from Pakistan to the US now face a {value} duty",
            m,
            subject: "duty on exports from Pakistan to the US",
            measure: Measure.Rate,
            effective: effective is null ? null : s.TimeOf(day));
        return s;
    }

    [Fact]
    public void Check_ClaimTheScheduleGives_IsSupportedNamingTheSource()
    {
        var finding = Assert.Single(Run(Duty("29%", 29, new DateOnly(2025, 4, 9))));

        Assert.Equal("reference", finding.RuleId);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.StartsWith("Supported", finding.Message, StringComparison.Ordinal);
        Assert.Contains("US tariff schedule", finding.Message, StringComparison.Ordinal);
        Assert.Contains("tariffs.csv:3", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ClaimTheScheduleContradicts_IsErrorWithTheScheduleValue()
    {
        var finding = Assert.Single(Run(Duty("30%", 30, new DateOnly(2025, 4, 9))));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.StartsWith("Contradicted", finding.Message, StringComparison.Ordinal);
        Assert.Equal("should read 29% (according to US tariff schedule)", finding.Suggestion);
        Assert.Equal(29m, finding.Computation!.Inputs["fact"]);
    }

    [Fact]
    public void Check_WithoutAnEffectiveDate_UsesThePublicationDateAndTheOldRate()
    {
        // On 2025-04-05 the schedule still gives 10%.
        var finding = Assert.Single(Run(Duty("29%", 29, effective: null)));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("should read 10% (according to US tariff schedule)", finding.Suggestion);
    }

    [Fact]
    public void Check_HedgedClaimWithinTolerance_IsSupported()
    {
        var finding = Assert.Single(Run(Duty("nearly 30%", 30, new DateOnly(2025, 4, 9), Qualifier.Nearly, 28m, 30m)));

        Assert.StartsWith("Supported", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FactsForAnotherTime_AreNotFound()
    {
        var facts = new ReferenceFacts([new ReferenceFact("US tariff on Pakistan exports", Measure.Rate, 10m, "%", "US tariff schedule", validTo: new DateOnly(2024, 12, 31))]);
        var s = Duty("29%", 29, new DateOnly(2025, 4, 9));

        var finding = Assert.Single(s.Run(new FactCheckerBuilder().ClearChecks().AddReferenceCheck(facts)));

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.StartsWith("Not found", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ClaimsNoFactNames_AreSilentUnlessAsked()
    {
        var s = new Scenario("Terror attacks in Pakistan jumped by 42%.", Published);
        var m = s.Percent("42%", 42);
        s.Claim(ClaimKind.Change, "Terror attacks in Pakistan jumped by 42%", m, direction: ChangeDirection.Up, subject: "terror attacks in Pakistan", measure: Measure.Growth);

        Assert.Empty(Run(s));
        Assert.StartsWith("Not found", Assert.Single(Run(s, o => o.ReportUnmatched = true)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReportSupportedOff_KeepsOnlyProblems()
    {
        Assert.Empty(Run(Duty("29%", 29, new DateOnly(2025, 4, 9)), o => o.ReportSupported = false));
    }
}
