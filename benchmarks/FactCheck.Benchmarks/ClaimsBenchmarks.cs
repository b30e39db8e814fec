using BenchmarkDotNet.Attributes;
using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Benchmarks;

/// <summary>
/// The claims stage on its own, warm, against the recognition stage (the baseline) on the same articles:
/// what grouping mentions into claims and linking subject, time and source costs next to finding the mentions.
/// </summary>
/// <remarks>
/// Sentences and mentions are computed once in the setup; the claims benchmark reads them again on every
/// invocation (it keeps no cache of its own). The Recognizers result caches are emptied before each article
/// the baseline reads, inside the measurement, so it pays for text its models have not seen however many
/// invocations an iteration runs (<see cref="ThroughputBenchmarkConfig"/>, as for the whole pipeline).
/// </remarks>
[Config(typeof(ThroughputBenchmarkConfig))]
[MemoryDiagnoser]
public class ClaimsBenchmarks
{
    private readonly CheckPipeline _pipeline = Pipelines.CreatePipeline();
    private List<(Document Document, IReadOnlyList<TextSpan> Sentences, IReadOnlyList<Mention> Mentions)> _inputs = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchmarkCorpus.Load();
        _inputs = corpus.Subset
            .Select(a => new Document(a.Text, corpus.Published, source: a.Name))
            .Select(d =>
            {
                var language = CheckPipeline.Language(d);
                var sentences = CheckPipeline.Segment(language, d);
                return (d, sentences, _pipeline.Recognize(language, d, sentences, problems: null, CancellationToken.None));
            })
            .ToList();
        Console.WriteLine($"// corpus: {corpus}; {_inputs.Count} articles, {_inputs.Sum(i => i.Mentions.Count)} mentions per invocation");
        WarmUp.Run(() =>
        {
            Recognition();
            Claims();
        });
    }

    [Benchmark(Baseline = true, Description = "Recognition stage (mentions)")]
    public int Recognition()
    {
        var found = 0;
        foreach (var (document, sentences, _) in _inputs)
        {
            RecognizerResultCaches.Clear();
            found += _pipeline.Recognize(CheckPipeline.Language(document), document, sentences, problems: null, CancellationToken.None).Count;
        }

        return found;
    }

    [Benchmark(Description = "Claims stage (claims from the same mentions)")]
    public int Claims()
    {
        var found = 0;
        foreach (var (document, sentences, mentions) in _inputs)
        {
            found += _pipeline.ReadClaims(document, sentences, mentions, problems: null, CancellationToken.None).Count;
        }

        return found;
    }
}
