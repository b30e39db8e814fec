using System.Globalization;
using FactCheck.Cli;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Cli;

public class ConfigurationReaderTests
{
    [Fact]
    public void Read_FullConfiguration_ReadsEverySetting()
    {
        using var dir = new TempDirectory();
        var path = dir.Write(".factcheck.json", """
            {
              // Comments and trailing commas are allowed.
              "$schema": "https://example.org/factcheck.schema.json",
              "culture": "en-GB",
              "published": "2025-04-05",
              "rules": {
                "weekday": "off",
                "plausibility": "warning",
                "percentage-points": { "severity": "error", "tolerance": 0.5 },
                "date-order": { "enabled": false },
              },
              "exclude": ["drafts/**"],
              "suppress": [ { "rule": "restatement", "text": "29%", "reason": "two tariffs" } ],
            }
            """);

        var (configuration, problem) = ConfigurationReader.Read(path);

        Assert.Null(problem);
        Assert.Equal(CultureInfo.GetCultureInfo("en-GB"), configuration!.Culture);
        Assert.Equal(new DateOnly(2025, 4, 5), configuration.Published);
        Assert.False(configuration.Rules["weekday"].Enabled);
        Assert.False(configuration.Rules["date-order"].Enabled);
        Assert.True(configuration.Rules["plausibility"].Enabled);
        var options = new FactCheck.Checks.PercentagePoints.PercentagePointsOptions();
        configuration.Rules["percentage-points"].Apply(options);
        Assert.Equal(Severity.Error, options.Severity);
        Assert.Equal(0.5m, options.Tolerance);
        Assert.Equal(["drafts/**"], configuration.Exclude);
        Assert.Equal(new Suppression("restatement", "29%", null), Assert.Single(configuration.Suppressions));
    }

    [Theory]
    [InlineData("{\n  \"rules\": {\n    \"weekday\": \"off\" \"x\"\n  }\n}", 3, "not valid JSON")]
    [InlineData("{\n  \"rules\": {\n    \"week-day\": \"off\"\n  }\n}", 3, "unknown rule 'week-day' (known: change-arithmetic,")]
    [InlineData("{\n  \"rules\": {\n    \"weekday\": \"loud\"\n  }\n}", 3, "'weekday': 'loud' is not a severity")]
    [InlineData("{\n  \"rules\": {\n    \"restatement\": {\n      \"relativeTolerance\": -1\n    }\n  }\n}", 4, "'restatement.relativeTolerance' must be zero or more.")]
    [InlineData("{\n  \"rules\": {\n    \"restatement\": { \"tolerance\": 1 }\n  }\n}", 3, "'restatement' has no setting 'tolerance' (it has enabled, relativeTolerance")]
    [InlineData("{\n  \"culture\": \"xx-NOPE\"\n}", 2, "'culture': 'xx-NOPE' is not a known culture")]
    [InlineData("{\n\n  \"published\": \"5 April\"\n}", 3, "'published': '5 April' is not a date")]
    [InlineData("{\n  \"colour\": 1\n}", 2, "unknown setting 'colour'")]
    [InlineData("{\n  \"suppress\": [ { \"rule\": \"weekday\" } ]\n}", 2, "a suppression needs a 'rule' and the 'text'")]
    public void Read_BadConfiguration_NamesTheLineAndTheProblem(string json, int line, string message)
    {
        using var dir = new TempDirectory();
        var path = dir.Write(".factcheck.json", json);

        var (configuration, problem) = ConfigurationReader.Read(path);

        Assert.Null(configuration);
        Assert.Equal(path, problem!.Path);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_NamesEveryRuleAndEveryOption()
    {
        var schemaPath = Path.Combine(TestPaths.RepositoryRoot, "docs", "factcheck.schema.json");
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(schemaPath));
        var rules = schema.RootElement.GetProperty("properties").GetProperty("rules").GetProperty("properties");

        Assert.Equal(
            ConfiguredRules.All.Select(r => r.RuleId).Order(StringComparer.Ordinal),
            rules.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var rule in ConfiguredRules.All)
        {
            var settings = rules.GetProperty(rule.RuleId).GetProperty("oneOf")[1].GetProperty("properties");
            Assert.Equal(
                rule.Options.Keys.Append("enabled").Order(StringComparer.Ordinal),
                settings.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        }
    }
}
