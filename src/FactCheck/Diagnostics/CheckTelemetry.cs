using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using FactCheck.Reports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Diagnostics;

/// <summary>
/// What one checker reports about its work: the spans of the shared activity source, the instruments of its meter
/// and its logger. Immutable and thread-safe. Every call first asks whether anyone listens, so a checker nobody
/// observes pays a few flag reads per document.
/// </summary>
internal sealed partial class CheckTelemetry
{
    /// <summary>The activity source every checker starts its spans on.</summary>
    public static readonly ActivitySource Source = new(FactCheckDiagnostics.ActivitySourceName, LibraryVersion.Value);

    // One meter for the checkers built without a meter factory, so building many checkers does not make many meters.
    private static readonly Lazy<Meter> SharedMeter = new(() => new Meter(FactCheckDiagnostics.MeterName, LibraryVersion.Value));

    // The instruments of each meter, made once: a factory hands the same meter to every checker built with it.
    private static readonly ConditionalWeakTable<Meter, Instruments> InstrumentsByMeter = [];

    private readonly Instruments _instruments;
    private readonly ILogger _logger;

    private CheckTelemetry(Instruments instruments, ILogger logger)
    {
        _instruments = instruments;
        _logger = logger;
    }

    /// <summary>The telemetry of a checker built without a logger or meter factory: the shared meter, no logs.</summary>
    public static CheckTelemetry Default { get; } = new(InstrumentsOf(SharedMeter.Value), NullLogger.Instance);

    /// <summary>The logger of check failures, time limits and internal errors.</summary>
    public ILogger Logger => _logger;

    /// <summary>Whether stage durations are wanted (a histogram or a span listens), so the stages take the time.</summary>
    public bool TimesStages => _instruments.StageDuration.Enabled || Source.HasListeners();

    /// <summary>The telemetry of a checker built with these factories (either may be <see langword="null"/>).</summary>
    public static CheckTelemetry Create(ILoggerFactory? loggerFactory, IMeterFactory? meterFactory)
    {
        if (loggerFactory is null && meterFactory is null)
        {
            return Default;
        }

        var meter = meterFactory is null
            ? SharedMeter.Value
            : meterFactory.Create(new MeterOptions(FactCheckDiagnostics.MeterName) { Version = LibraryVersion.Value });
        ILogger logger = loggerFactory is null ? NullLogger.Instance : loggerFactory.CreateLogger("FactCheck.FactChecker");
        return new CheckTelemetry(InstrumentsOf(meter), logger);
    }

    /// <summary>Starts the span of one document, or returns <see langword="null"/> when nobody listens.</summary>
    public static Activity? StartDocument(Document document)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity(FactCheckDiagnostics.DocumentActivityName, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("factcheck.document.source", document.Source);
            activity.SetTag("factcheck.document.length", document.Text.Length);
            activity.SetTag("factcheck.document.culture", document.Culture?.Name);
            if (document.Published is { } published)
            {
                activity.SetTag("factcheck.document.published", published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return activity;
    }

    /// <summary>Starts the span of a stage, or returns <see langword="null"/> when nobody listens.</summary>
    public static Activity? StartStage(CheckStage stage)
        => Source.HasListeners() ? Source.StartActivity(FactCheckDiagnostics.StageActivityPrefix + StageName(stage), ActivityKind.Internal) : null;

    /// <summary>Records the time one stage took.</summary>
    public void RecordStage(CheckStage stage, long startedTimestamp)
    {
        if (_instruments.StageDuration.Enabled)
        {
            _instruments.StageDuration.Record(
                Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds,
                new KeyValuePair<string, object?>(FactCheckDiagnostics.StageTag, StageName(stage)));
        }
    }

    /// <summary>Records one document done: its outcome, findings, time and model calls, on the meter and its span.</summary>
    public void RecordDocument(FactCheckReport report, string outcome, long startedTimestamp, (long Number, long DateTime) modelCallsBefore, Activity? activity)
    {
        var instruments = _instruments;
        var outcomeTag = new KeyValuePair<string, object?>(FactCheckDiagnostics.OutcomeTag, outcome);
        if (instruments.Documents.Enabled)
        {
            instruments.Documents.Add(1, outcomeTag);
        }

        if (instruments.Findings.Enabled)
        {
            foreach (var finding in report.Findings)
            {
                instruments.Findings.Add(
                    1,
                    new KeyValuePair<string, object?>(FactCheckDiagnostics.RuleIdTag, finding.RuleId),
                    new KeyValuePair<string, object?>(FactCheckDiagnostics.SeverityTag, Reports.Rendering.RenderNames.Of(finding.Severity)));
            }
        }

        if (instruments.DocumentDuration.Enabled && startedTimestamp != 0)
        {
            instruments.DocumentDuration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, outcomeTag);
        }

        if (instruments.ModelCalls.Enabled)
        {
            var (number, dateTime) = ModelCallTally.OnThisThread;
            if (number > modelCallsBefore.Number)
            {
                instruments.ModelCalls.Add(number - modelCallsBefore.Number, new KeyValuePair<string, object?>(FactCheckDiagnostics.ModelTag, "number"));
            }

            if (dateTime > modelCallsBefore.DateTime)
            {
                instruments.ModelCalls.Add(dateTime - modelCallsBefore.DateTime, new KeyValuePair<string, object?>(FactCheckDiagnostics.ModelTag, "datetime"));
            }
        }

        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(FactCheckDiagnostics.OutcomeTag, outcome);
            activity.SetTag("factcheck.mentions", report.Mentions.Count);
            activity.SetTag("factcheck.claims", report.Claims.Count);
            activity.SetTag("factcheck.findings", report.Findings.Count);
            if (!string.Equals(outcome, Outcomes.Checked, StringComparison.Ordinal))
            {
                activity.SetStatus(ActivityStatusCode.Error, outcome);
            }
        }
    }

    /// <summary>The name of a stage in spans and tags.</summary>
    public static string StageName(CheckStage stage) => stage switch
    {
        CheckStage.Segmenting => "segment",
        CheckStage.Recognizing => "recognize",
        CheckStage.ExtractingClaims => "claims",
        _ => "checks",
    };

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "The check {RuleId} ({CheckType}) failed on document {Source}; it is reported as a check-failed finding")]
    public partial void CheckFailed(Exception exception, string ruleId, string checkType, string? source);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Checking document {Source} stopped at the time limit of {TimeLimit} during the {Stage} stage; the report holds what was done")]
    public partial void TimeLimitReached(string? source, TimeSpan timeLimit, string stage);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "FactCheck failed on document {Source} during the {Stage} stage; it is reported as an internal-error finding")]
    public partial void InternalError(Exception exception, string? source, string stage);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Document {Source} has {Length} characters, more than the limit of {MaxDocumentLength}; it was not read")]
    public partial void TooLarge(string? source, int length, int maxDocumentLength);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "FactCheck warmed up for {Culture} in {Milliseconds} ms")]
    public partial void WarmedUp(string culture, long milliseconds);

    private static Instruments InstrumentsOf(Meter meter) => InstrumentsByMeter.GetValue(meter, static m => new Instruments(m));

    /// <summary>The values of <see cref="FactCheckDiagnostics.OutcomeTag"/>.</summary>
    public static class Outcomes
    {
        public const string Checked = "checked";
        public const string TooLarge = "too_large";
        public const string TimeLimit = "time_limit";
        public const string InternalError = "internal_error";
    }

    private sealed class Instruments(Meter meter)
    {
        public Counter<long> Documents { get; } = meter.CreateCounter<long>(FactCheckDiagnostics.DocumentsInstrument, "{document}", "Documents checked.");

        public Counter<long> Findings { get; } = meter.CreateCounter<long>(FactCheckDiagnostics.FindingsInstrument, "{finding}", "Findings reported, by rule and severity.");

        public Histogram<double> DocumentDuration { get; } = meter.CreateHistogram<double>(FactCheckDiagnostics.DocumentDurationInstrument, "s", "Time spent checking one document.");

        public Histogram<double> StageDuration { get; } = meter.CreateHistogram<double>(FactCheckDiagnostics.StageDurationInstrument, "s", "Time spent in one stage of one document.");

        public Counter<long> ModelCalls { get; } = meter.CreateCounter<long>(FactCheckDiagnostics.ModelCallsInstrument, "{call}", "Calls to the recognizer models.");
    }
}
