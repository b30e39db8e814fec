using System.Diagnostics.Metrics;
using FactCheck.Diagnostics;
using FactCheck.Extensions.DependencyInjection;
using FactCheck.Reports;
using FactCheck.Tests.Cli;
using FactCheck.Tests.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xunit;

namespace FactCheck.Tests.Extensions;

/// <summary>FactCheck in an application's host: configuration, reloaded reference facts, warm-up, logs and metrics.</summary>
public sealed class FactCheckServiceCollectionExtensionsTests
{
    private const string DutyText = "Exports from Pakistan to the US now face a 29% duty.";

    [Fact]
    public async Task AddFactChecker_Configuration_BindsCultureLimitsAndTurnsRulesOff()
    {
        using var directory = new TempDirectory();
        using var host = Host(directory.Path, new()
        {
            ["FactCheck:Culture"] = "en-GB",
            ["FactCheck:MaxDocumentLength"] = "5000",
            ["FactCheck:TimeLimit"] = "00:00:05",
            ["FactCheck:WarmUpAtStart"] = "false",
            ["FactCheck:Rules:weekday:Enabled"] = "false",
            ["FactCheck:Rules:change-arithmetic:PercentTolerance"] = "0.5",
        });
        await host.StartAsync();

        var checker = host.Services.GetRequiredService<FactChecker>();

        Assert.Equal("en-GB", checker.Culture.Name);
        Assert.Equal(5000, checker.MaxDocumentLength);
        Assert.Equal(TimeSpan.FromSeconds(5), checker.TimeLimit);
        Assert.DoesNotContain(checker.Pipeline.Checks, c => c.RuleId == "weekday");
        Assert.Contains(checker.Pipeline.Checks, c => c.RuleId == "change-arithmetic");
        Assert.DoesNotContain(checker.Pipeline.Checks, c => c.RuleId == "reference");
        await host.StopAsync();
    }

    [Theory]
    [InlineData("FactCheck:Culture", "xx-nowhere", "Culture 'xx-nowhere'")]
    [InlineData("FactCheck:MaxDocumentLength", "0", "MaxDocumentLength must be at least 1")]
    [InlineData("FactCheck:TimeLimit", "-00:00:05", "TimeLimit must be positive")]
    public async Task StartAsync_BadValue_StopsTheStartNamingTheKey(string key, string value, string expected)
    {
        using var directory = new TempDirectory();
        using var host = Host(directory.Path, new() { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_UnknownRule_StopsTheStartNamingIt()
    {
        using var directory = new TempDirectory();
        using var host = Host(directory.Path, new() { ["FactCheck:Rules:weekdays:Enabled"] = "false" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("unknown rule(s) 'weekdays'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferenceFacts_FileChanges_TheNextCheckUsesTheNewFacts()
    {
        using var directory = new TempDirectory();
        var facts = Path.Combine(directory.Path, "tariffs.csv");
        await File.WriteAllTextAsync(facts, Tariffs(10));
        using var host = Host(directory.Path, new()
        {
            ["FactCheck:ReferenceFacts:0"] = "tariffs.csv",
            ["FactCheck:WarmUpAtStart"] = "false",
        });
        await host.StartAsync();
        var provider = host.Services.GetRequiredService<FactCheckerProvider>();

        var before = host.Services.GetRequiredService<FactChecker>().CheckText(DutyText, new DateOnly(2025, 5, 1));
        Assert.Contains(before.Findings, f => f.RuleId == "reference" && f.Severity == Severity.Error);

        // Written aside and moved in, as a deployment replaces a file.
        await File.WriteAllTextAsync(facts + ".new", Tariffs(29));
        File.Move(facts + ".new", facts, overwrite: true);
        for (var i = 0; i < 200 && provider.Generation < 2; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(provider.Generation >= 2, "the checker was not rebuilt within 10 s of the change");
        var after = host.Services.GetRequiredService<FactChecker>().CheckText(DutyText, new DateOnly(2025, 5, 1));
        Assert.DoesNotContain(after.Findings, f => f.RuleId == "reference" && f.Severity == Severity.Error);
        await host.StopAsync();
    }

    [Fact]
    public async Task ReferenceFacts_FileBreaks_KeepsTheFactsReadBeforeAndLogsTheError()
    {
        using var directory = new TempDirectory();
        var facts = Path.Combine(directory.Path, "tariffs.csv");
        await File.WriteAllTextAsync(facts, Tariffs(10));
        var logs = new TestLoggerFactory();
        using var host = Host(directory.Path, new()
        {
            ["FactCheck:ReferenceFacts:0"] = "tariffs.csv",
            ["FactCheck:WarmUpAtStart"] = "false",
        }, logs);
        await host.StartAsync();

        // Replaced in one step, as a deployment does: a file written in place may be seen changing twice (emptied, then
        // written), and each change is read and logged.
        await File.WriteAllTextAsync(facts + ".new", "subject,measure,value\nduty,rate,not a number\n");
        File.Move(facts + ".new", facts, overwrite: true);
        for (var i = 0; i < 200 && !logs.Entries.Any(e => e.Message.Contains("the facts read before are kept", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(50);
        }

        var kept = Assert.Single(logs.Entries, e => e.Message.Contains("the facts read before are kept", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Error, kept.Level);
        var report = host.Services.GetRequiredService<FactChecker>().CheckText(DutyText, new DateOnly(2025, 5, 1));
        Assert.Contains(report.Findings, f => f.RuleId == "reference" && f.Severity == Severity.Error);
        await host.StopAsync();
    }

    [Fact]
    public async Task StartAsync_WarmsTheCheckerUpAndItsChecksAreMeteredThroughTheApplicationsFactory()
    {
        using var directory = new TempDirectory();
        var logs = new TestLoggerFactory();
        using var host = Host(directory.Path, new(), logs);
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        long documents = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == FactCheckDiagnostics.DocumentsInstrument)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref documents, value));
        listener.Start();

        await host.StartAsync();
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Information && e.Message.StartsWith("FactCheck warmed up for en-US", StringComparison.Ordinal));
        host.Services.GetRequiredService<FactChecker>().CheckText(DutyText);

        Assert.Equal(1, Interlocked.Read(ref documents));
        await host.StopAsync();
    }

    private static string Tariffs(int rate) =>
        "subject,measure,value,unit,valid_from,valid_to,source,tolerance\n" +
        $"duty on exports from Pakistan to the US,rate,{rate},%,,,US tariff schedule,\n";

    private static IHost Host(string contentRoot, Dictionary<string, string?> settings, ILoggerFactory? logs = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = contentRoot,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddMetrics();
        if (logs is not null)
        {
            builder.Services.AddSingleton(logs);
        }

        builder.Services.AddFactChecker(builder.Configuration.GetSection("FactCheck"));
        return builder.Build();
    }
}
