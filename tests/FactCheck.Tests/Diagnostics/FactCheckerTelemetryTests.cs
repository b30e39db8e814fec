using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using FactCheck.Checks;
using FactCheck.Diagnostics;
using FactCheck.Reports;
using Microsoft.Extensions.Logging;
using Xunit;

namespace FactCheck.Tests.Diagnostics;

/// <summary>
/// What an application that observes FactCheck sees: spans on the <c>FactCheck</c> activity source, measurements on
/// the <c>FactCheck</c> meter, and log entries for failed checks, time limits and internal errors.
/// </summary>
public sealed class FactCheckerTelemetryTests
{
    // A stated change of 10% between $1bn and $1.2bn (really 20%): a change-arithmetic finding; '16 or 17 March' is a
    // date only the date-time model reads (one call).
    private const string WrongChange = "Acme's sales rose 10% to $1.2bn in May 2024, from $1bn a year earlier. The deal was signed on 16 or 17 March in London.";

    [Fact]
    public void Check_WithActivityListener_GivesOneDocumentSpanWithAChildPerStage()
    {
        var source = "telemetry-spans-" + Guid.NewGuid().ToString("N");
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == FactCheckDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        var report = new FactCheckerBuilder().Build().Check(new Document(WrongChange, new DateOnly(2024, 6, 3), source: source));

        var document = Assert.Single(stopped, a => a.OperationName == FactCheckDiagnostics.DocumentActivityName && (string?)a.GetTagItem("factcheck.document.source") == source);
        Assert.Equal("checked", document.GetTagItem(FactCheckDiagnostics.OutcomeTag));
        Assert.Equal(report.Findings.Count, document.GetTagItem("factcheck.findings"));
        Assert.Equal(report.Claims.Count, document.GetTagItem("factcheck.claims"));
        var stages = stopped.Where(a => a.ParentSpanId == document.SpanId).Select(a => a.OperationName).ToArray();
        Assert.Equal(
            ["factcheck.stage.segment", "factcheck.stage.recognize", "factcheck.stage.claims", "factcheck.stage.checks"],
            stages);
        Assert.All(stopped.Where(a => a.ParentSpanId == document.SpanId), a => Assert.Equal(document.TraceId, a.TraceId));
    }

    [Fact]
    public void Check_WithMeterFactory_CountsTheDocumentItsFindingsByRuleAndSeverityStageTimesAndModelCalls()
    {
        using var meters = new TestMeterFactory();
        using var recorder = new MeasurementRecorder(meters);
        var checker = new FactCheckerBuilder().WithMeterFactory(meters).Build();

        var report = checker.CheckText(WrongChange, new DateOnly(2024, 6, 3));

        var change = Assert.Single(report.Findings, f => f.RuleId == "change-arithmetic");
        var severity = change.Severity.ToString().ToLowerInvariant();
        var document = Assert.Single(recorder.Of(FactCheckDiagnostics.DocumentsInstrument));
        Assert.Equal(1L, document.Value);
        Assert.Equal("checked", document.Tags[FactCheckDiagnostics.OutcomeTag]);
        var findings = recorder.Of(FactCheckDiagnostics.FindingsInstrument);
        Assert.Equal(report.Findings.Count, findings.Sum(m => (long)m.Value));
        Assert.Contains(findings, m => (string?)m.Tags[FactCheckDiagnostics.RuleIdTag] == "change-arithmetic" && (string?)m.Tags[FactCheckDiagnostics.SeverityTag] == severity);
        Assert.Equal(
            ["segment", "recognize", "claims", "checks"],
            recorder.Of(FactCheckDiagnostics.StageDurationInstrument).Select(m => (string)m.Tags[FactCheckDiagnostics.StageTag]!).ToArray());
        Assert.All(recorder.Of(FactCheckDiagnostics.StageDurationInstrument), m => Assert.True((double)m.Value >= 0));
        var duration = Assert.Single(recorder.Of(FactCheckDiagnostics.DocumentDurationInstrument));
        Assert.True((double)duration.Value > 0);
        var dateModel = Assert.Single(recorder.Of(FactCheckDiagnostics.ModelCallsInstrument), m => (string?)m.Tags[FactCheckDiagnostics.ModelTag] == "datetime");
        Assert.Equal(1L, dateModel.Value);
    }

    [Fact]
    public void Check_DocumentTooLarge_IsCountedWithItsOutcomeAndLogged()
    {
        using var meters = new TestMeterFactory();
        using var recorder = new MeasurementRecorder(meters);
        var logs = new TestLoggerFactory();
        var checker = new FactCheckerBuilder().WithMaxDocumentLength(10).WithMeterFactory(meters).WithLoggerFactory(logs).Build();

        checker.Check(new Document(WrongChange, source: "long.txt"));

        Assert.Equal("too_large", Assert.Single(recorder.Of(FactCheckDiagnostics.DocumentsInstrument)).Tags[FactCheckDiagnostics.OutcomeTag]);
        var entry = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("long.txt", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CheckThatThrows_LogsAnErrorNamingTheRuleWithTheException()
    {
        var logs = new TestLoggerFactory();
        var checker = new FactCheckerBuilder().ClearChecks().AddCheck(new ThrowingCheck()).WithLoggerFactory(logs).Build();

        var report = checker.Check(new Document("Prices rose 3%.", source: "story.txt"));

        Assert.Contains(report.Findings, f => f.RuleId == "check-failed");
        var entry = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal("FactCheck.FactChecker", entry.Category);
        Assert.IsType<InvalidOperationException>(entry.Exception);
        Assert.Contains("always-throws", entry.Message, StringComparison.Ordinal);
        Assert.Contains("story.txt", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StoppedByTheTimeLimit_LogsAWarningNamingTheStageAndCountsTheOutcome()
    {
        using var meters = new TestMeterFactory();
        using var recorder = new MeasurementRecorder(meters);
        var logs = new TestLoggerFactory();
        var checker = new FactCheckerBuilder().ClearChecks().AddCheck(new WaitingCheck())
            .WithTimeLimit(TimeSpan.FromSeconds(2)).WithLoggerFactory(logs).WithMeterFactory(meters).Build();
        checker.WarmUp(); // so that the limit is reached in the waiting check, not while the models are built
        logs.Clear();

        var report = checker.CheckText("Prices rose 3%.");

        Assert.Contains(report.Findings, f => f.RuleId == "time-limit");
        var entry = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("during the checks stage", entry.Message, StringComparison.Ordinal);
        Assert.Equal("time_limit", Assert.Single(recorder.Of(FactCheckDiagnostics.DocumentsInstrument)).Tags[FactCheckDiagnostics.OutcomeTag]);
    }

    [Fact]
    public void Check_FactCheckFailsOnASentence_LogsAnErrorWithTheExceptionAndCountsTheOutcome()
    {
        using var meters = new TestMeterFactory();
        using var recorder = new MeasurementRecorder(meters);
        var logs = new TestLoggerFactory();
        var checker = new FactCheckerBuilder().WithLoggerFactory(logs).WithMeterFactory(meters).Build();
        var progress = new CheckProgress { SentenceStarting = _ => throw new InvalidOperationException("Simulated fault.") };

        var report = checker.CheckCore(new Document("Prices rose 3%.", source: "story.txt"), progress, CancellationToken.None);

        Assert.Contains(report.Findings, f => f.RuleId == "internal-error");
        var entry = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.IsType<InvalidOperationException>(entry.Exception);
        Assert.Contains("story.txt", entry.Message, StringComparison.Ordinal);
        Assert.Contains("during the recognize stage", entry.Message, StringComparison.Ordinal);
        Assert.Equal("internal_error", Assert.Single(recorder.Of(FactCheckDiagnostics.DocumentsInstrument)).Tags[FactCheckDiagnostics.OutcomeTag]);
    }

    [Fact]
    public void WarmUp_LogsItsTimeAndCountsNoDocument()
    {
        using var meters = new TestMeterFactory();
        using var recorder = new MeasurementRecorder(meters);
        var logs = new TestLoggerFactory();
        var checker = new FactCheckerBuilder().WithLoggerFactory(logs).WithMeterFactory(meters).Build();

        checker.WarmUp();

        var entry = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.StartsWith("FactCheck warmed up for en-US in ", entry.Message, StringComparison.Ordinal);
        Assert.Empty(recorder.Of(FactCheckDiagnostics.DocumentsInstrument));
        Assert.Empty(recorder.Of(FactCheckDiagnostics.FindingsInstrument));
    }

    [Fact]
    public void Check_WithoutListeners_GivesTheSameReport()
    {
        var watched = new FactCheckerBuilder().WithMeterFactory(new TestMeterFactory()).WithLoggerFactory(new TestLoggerFactory()).Build();
        var plain = new FactCheckerBuilder().Build();

        var a = plain.CheckText(WrongChange, new DateOnly(2024, 6, 3));
        var b = watched.CheckText(WrongChange, new DateOnly(2024, 6, 3));

        Assert.Equal(a.Findings.Select(f => f.ToString()), b.Findings.Select(f => f.ToString()));
    }

    private sealed class ThrowingCheck : IFactCheckRule
    {
        public string RuleId => "always-throws";

        public string Description => "Throws on every document.";

        public IEnumerable<Finding> Check(CheckContext context) => throw new InvalidOperationException("broken");
    }

    private sealed class WaitingCheck : IFactCheckRule
    {
        public string RuleId => "waits";

        public string Description => "Waits until the checker stops it.";

        public IEnumerable<Finding> Check(CheckContext context)
        {
            context.CancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            context.CancellationToken.ThrowIfCancellationRequested();
            return [];
        }
    }
}
