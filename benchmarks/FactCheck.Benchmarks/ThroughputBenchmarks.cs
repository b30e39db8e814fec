using BenchmarkDotNet.Attributes;
using FactCheck.Benchmarks.Baseline;

namespace FactCheck.Benchmarks;

/// <summary>
/// Warm throughput on one thread: FactCheck's full pipeline (recognition, claims, checks) against the naive
/// baseline (the four Recognizers models over each whole document), on the same fixed subset of articles: for each kind
/// of text apart when the corpus has subfolders (<c>benchmarks/kinds</c>: business, politics, sport, technology,
/// entertainment), so each kind has its own ratio.
/// </summary>
/// <remarks>
/// One invocation reads every article of the subset once. The Recognizers result caches are emptied before
/// each article, inside the measurement and alike for both sides (see <see cref="RecognizerResultCaches"/>; a few
/// microseconds when they hold little), so every article pays for text the models have not seen however many
/// invocations an iteration runs (<see cref="ThroughputBenchmarkConfig"/>); models and checker are built once,
/// outside the measurement.
/// </remarks>
[Config(typeof(ThroughputBenchmarkConfig))]
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private IReadOnlyList<Document> _documents = [];
    private NaiveRecognizers _naive = null!;
    private FactChecker _checker = null!;

    /// <summary>The kind of text read (a subfolder of the corpus: "business", "sport", …), or "all" for a corpus without subfolders.</summary>
    [ParamsSource(nameof(Kinds))]
    public string Kind { get; set; } = BenchmarkCorpus.AllKinds;

    public static IEnumerable<string> Kinds() => BenchmarkCorpus.Kinds();

    [GlobalSetup(Target = nameof(NaiveRecognizers))]
    public void Setup()
    {
        var corpus = BenchmarkCorpus.LoadWithSources();
        var articles = BenchmarkCorpus.SubsetOf(Kind);
        _documents = articles.Select(a => new Document(a.Text, corpus.Published, source: a.Name)).ToList();
        _naive = new NaiveRecognizers();
        _checker = Pipelines.CreateFactChecker();
        _ = RecognizerResultCaches.Count;
        Console.WriteLine($"// corpus: {corpus}; kind {Kind}: {_documents.Count} articles per invocation");
    }

    /// <summary>The checker's code optimised before it is measured (<see cref="WarmUp"/>); the baseline's invocations are long enough that its own warm-up iterations do this.</summary>
    [GlobalSetup(Target = nameof(FactCheckPipeline))]
    public void SetupWarm()
    {
        Setup();
        WarmUp.Run(() => FactCheckPipeline());
    }

    [Benchmark(Baseline = true, Description = "Naive Recognizers (4 models, whole document)")]
    public int NaiveRecognizers()
    {
        var found = 0;
        foreach (var document in _documents)
        {
            RecognizerResultCaches.Clear();
            found += _naive.Recognize(document.Text, document.Published!.Value).Count;
        }

        return found;
    }

    [Benchmark(Description = "FactCheck full pipeline")]
    public int FactCheckPipeline()
    {
        var found = 0;
        foreach (var document in _documents)
        {
            RecognizerResultCaches.Clear();
            var report = _checker.Check(document);
            found += report.Mentions.Count + report.Findings.Count;
        }

        return found;
    }
}
