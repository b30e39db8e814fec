using FactCheck.Checks;
using FactCheck.Claims;
using FactCheck.Reports;
using FactCheck.Tests.Checks;
using Xunit;

namespace FactCheck.Tests;

public sealed class FactCheckerBuilderChecksTests
{
    private static readonly string[] DefaultRules =
    [
        RuleIds.ChangeArithmetic, RuleIds.PercentagePoints, RuleIds.Restatement, RuleIds.DateOrder,
        RuleIds.Weekday, RuleIds.PartTotal, RuleIds.Plausibility,
    ];

    private static Scenario Up19Percent()
    {
        var s = new Scenario("Exports now face a 29% duty, up 19% from the earlier 10%.", new DateOnly(2025, 4, 5));
        var to = s.Percent("29%", 29);
        var by = s.Percent("19%", 19);
        var from = s.Percent("10%", 10);
        s.Claim(ClaimKind.FromTo, "Exports now face a 29% duty, up 19% from the earlier 10%", to, [by, from], ChangeDirection.Up, 10m, "duty", Measure.Rate);
        return s;
    }

    [Fact]
    public void Constructor_NewBuilder_HasTheDefaultChecks()
    {
        var builder = new FactCheckerBuilder();

        Assert.Equal(DefaultRules.Length, builder.Checks.Count);
        Assert.Single(Up19Percent().Run(builder), f => f.RuleId == RuleIds.PercentagePoints);
    }

    [Fact]
    public void AddXxxCheck_OnARuleAlreadyAdded_ReconfiguresItInPlace()
    {
        var builder = new FactCheckerBuilder().AddPercentagePointsCheck(o => o.Severity = Severity.Error);

        Assert.Equal(DefaultRules.Length, builder.Checks.Count);
        Assert.Equal(Severity.Error, Assert.Single(Up19Percent().Run(builder)).Severity);
    }

    [Fact]
    public void ClearChecks_ThenAddDefaultChecks_RestoresEveryDefaultOnce()
    {
        var builder = new FactCheckerBuilder().ClearChecks();
        Assert.Empty(builder.Checks);
        Assert.Empty(Up19Percent().Run(builder));

        builder.AddPercentagePointsCheck(o => o.Severity = Severity.Info).AddDefaultChecks().AddDefaultChecks();

        Assert.Equal(DefaultRules.Length, builder.Checks.Count);
        Assert.Equal(Severity.Info, Assert.Single(Up19Percent().Run(builder)).Severity);
    }

    [Fact]
    public void AddCheck_YourOwnRule_RunsBesideTheDefaults()
    {
        var builder = new FactCheckerBuilder().AddCheck(new Throwing());

        Assert.Equal(DefaultRules.Length + 1, builder.Checks.Count);
        var report = builder.Build().CheckText("Nothing to see.", new DateOnly(2025, 4, 5));
        Assert.Equal(RuleIds.CheckFailed, Assert.Single(report.Findings).RuleId);
    }

    [Fact]
    public void AddCheck_YourOwnRuleTwice_RunsTheLaterOneOnly()
    {
        var first = new Throwing();
        var second = new Throwing();

        var builder = new FactCheckerBuilder().AddCheck(first).AddCheck(second);

        Assert.Equal(DefaultRules.Length + 1, builder.Checks.Count);
        Assert.Same(second, builder.Checks[^1]);
    }

    private sealed class Throwing : IFactCheckRule
    {
        public string RuleId => "throwing";

        public string Description => "A rule of the tests.";

        public IEnumerable<Finding> Check(CheckContext context) => throw new InvalidOperationException("boom");
    }
}
