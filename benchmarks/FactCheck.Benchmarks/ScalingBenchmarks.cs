using BenchmarkDotNet.Attributes;

namespace FactCheck.Benchmarks;

/// <summary>
/// Scaling of the batch API (<see cref="FactChecker.CheckManyAsync(IEnumerable{Document}, int, CancellationToken)"/>):
/// the same documents on one thread (the baseline) and on two.
/// </summary>
/// <remarks>
/// The documents are the fixed subset of the corpus; a subset of fewer than 16 articles is topped up with
/// variants of its articles whose figures differ (see <see cref="DistinctDocuments"/>), so that two threads
/// have work to share. The Recognizers result caches are emptied before each invocation.
/// </remarks>
[Config(typeof(ScalingBenchmarkConfig))]
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private IReadOnlyList<Document> _documents = [];
    private FactChecker _checker = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchmarkCorpus.Load();
        var subset = corpus.Subset;
        var count = Math.Max(16, subset.Count);
        _documents = Enumerable.Range(0, count)
            .Select(j => new Document(DistinctDocuments.Variant(subset[j % subset.Count].Text, j / subset.Count), corpus.Published))
            .ToList();
        _checker = Pipelines.CreateFactChecker();
        _ = RecognizerResultCaches.Count;

        // Build the models and JIT the pipeline outside the measurement.
        _checker.Check(new Document("Warm-up: prices rose 3% in January 2005 to $1.2bn.", corpus.Published));
        Console.WriteLine($"// corpus: {corpus}; {_documents.Count} documents per invocation; {Environment.ProcessorCount} processors");
    }

    [IterationSetup]
    public void EmptyRecognizerCaches() => RecognizerResultCaches.Clear();

    [Benchmark(Baseline = true, Description = "CheckManyAsync, 1 thread")]
    public Task<int> OneThread() => CheckAllAsync(1);

    [Benchmark(Description = "CheckManyAsync, 2 threads")]
    public Task<int> TwoThreads() => CheckAllAsync(2);

    private async Task<int> CheckAllAsync(int threads)
    {
        var found = 0;
        await foreach (var report in _checker.CheckManyAsync(_documents, threads, CancellationToken.None))
        {
            found += report.Mentions.Count;
        }

        return found;
    }
}
