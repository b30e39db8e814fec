using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using FactCheck.Diagnostics;
using FactCheck.Reports;

namespace FactCheck.Benchmarks;

/// <summary>
/// What FactCheck's traces and metrics cost: checking documents with nobody listening (the baseline) against the same
/// with an <see cref="ActivityListener"/> and a <see cref="MeterListener"/> subscribed to everything FactCheck reports;
/// and, apart, the telemetry of one document on its own (the spans, timestamps and measurements a checked document
/// makes, without the work they time), with and without listeners.
/// </summary>
/// <remarks>
/// <para>The two groups have their own baseline (<c>Categories</c> column): whole documents, where the Recognizers
/// result caches are emptied before each invocation as in <see cref="ThroughputBenchmarks"/>, and the telemetry
/// alone, repeated <see cref="TelemetryRepeats"/> times per invocation so that one operation is one document's
/// telemetry. The listeners are attached in the setup of the cases that name them (each case runs in its own
/// process), and do as little as a listener can: they accept every span with all its data and add up the measurements.</para>
/// <para>There is no switch that removes the telemetry from the code: with nobody listening, each call first asks
/// whether anyone listens and returns, which is the cost the first telemetry row measures.</para>
/// </remarks>
[Config(typeof(DiagnosticsBenchmarkConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[MemoryDiagnoser]
public class DiagnosticsBenchmarks
{
    /// <summary>How many documents' telemetry one invocation of a telemetry benchmark makes.</summary>
    public const int TelemetryRepeats = 200_000;

    // A change given in the wrong unit (a warning) and a wrong weekday (an error).
    private const string TextWithFindings =
        "Exports from Pakistan to the US now face a 29% duty, up 19% from the earlier 10%. The increased tariff takes full effect on Monday, April 9, 2025.";

    private const string Documents = "Documents";
    private const string Telemetry = "Telemetry of one document";

    private IReadOnlyList<Document> _documents = [];
    private FactChecker _checker = null!;
    private FactCheckReport _report = null!;
    private ActivityListener? _activityListener;
    private MeterListener? _meterListener;
    private double _measured;

    [GlobalSetup(Targets = [nameof(DocumentsUnobserved), nameof(TelemetryUnobserved)])]
    public void Setup()
    {
        var corpus = BenchmarkCorpus.Load();
        _documents = corpus.Subset.Select(a => new Document(a.Text, corpus.Published, source: a.Name)).ToList();
        _checker = Pipelines.CreateFactChecker();
        _ = RecognizerResultCaches.Count;

        // A report with findings (the articles may have none), as the telemetry of a document records one measurement per finding.
        _report = _checker.Check(new Document(TextWithFindings, new DateOnly(2025, 4, 5), source: "findings.txt"));
        Console.WriteLine($"// corpus: {corpus}; {_documents.Count} articles per document invocation; telemetry of a report with {_report.Findings.Count} findings");
    }

    [GlobalSetup(Targets = [nameof(DocumentsObserved), nameof(TelemetryObserved)])]
    public void SetupListening()
    {
        Setup();
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FactCheckDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == FactCheckDiagnostics.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meterListener.SetMeasurementEventCallback<long>((_, value, _, _) => _measured += value);
        _meterListener.SetMeasurementEventCallback<double>((_, value, _, _) => _measured += value);
        _meterListener.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _meterListener?.Dispose();
        _activityListener?.Dispose();
    }

    [IterationSetup(Targets = [nameof(DocumentsUnobserved), nameof(DocumentsObserved)])]
    public void EmptyRecognizerCaches() => RecognizerResultCaches.Clear();

    [Benchmark(Baseline = true, Description = "Check the documents, nobody listening")]
    [BenchmarkCategory(Documents)]
    public int DocumentsUnobserved() => CheckAll();

    [Benchmark(Description = "Check the documents, traces and metrics listened to")]
    [BenchmarkCategory(Documents)]
    public int DocumentsObserved() => CheckAll();

    [Benchmark(Baseline = true, OperationsPerInvoke = TelemetryRepeats, Description = "Telemetry of one document, nobody listening")]
    [BenchmarkCategory(Telemetry)]
    public long TelemetryUnobserved() => TelemetryOfDocuments();

    [Benchmark(OperationsPerInvoke = TelemetryRepeats, Description = "Telemetry of one document, listened to")]
    [BenchmarkCategory(Telemetry)]
    public long TelemetryObserved() => TelemetryOfDocuments();

    private int CheckAll()
    {
        var found = 0;
        foreach (var document in _documents)
        {
            var report = _checker.Check(document);
            found += report.Mentions.Count + report.Findings.Count;
        }

        return found;
    }

    // What FactChecker.CheckCore and the stages do for telemetry, in the same order, around no work.
    private long TelemetryOfDocuments()
    {
        var telemetry = _checker.Telemetry;
        var document = _report.Document;
        long stages = 0;
        for (var i = 0; i < TelemetryRepeats; i++)
        {
            var progress = new CheckProgress { Telemetry = telemetry };
            using var activity = CheckTelemetry.StartDocument(document);
            var started = telemetry.TimesStages ? Stopwatch.GetTimestamp() : 0;
            var modelCallsBefore = ModelCallTally.OnThisThread;
            progress.StartSegmenting();
            progress.StartRecognizing();
            progress.StartClaims(_report.Mentions);
            progress.StartChecks(_report.Claims);
            progress.EndStage();
            telemetry.RecordDocument(_report, CheckTelemetry.Outcomes.Checked, started, modelCallsBefore, activity);
            stages += (int)progress.Stage;
        }

        return stages;
    }
}
