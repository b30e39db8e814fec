using BenchmarkDotNet.Attributes;
using FactCheck.Benchmarks.Baseline;

namespace FactCheck.Benchmarks;

/// <summary>
/// Cold start: the time from building the checker (or the baseline's four models) to the first finished
/// document, in a fresh process each time (one measurement per launch, no warm-up).
/// </summary>
/// <remarks>
/// This is the cost a command-line run or a serverless function pays once; the warm cost per document is
/// measured apart, by <see cref="ThroughputBenchmarks"/>. The <c>cold-start</c> command of this program measures
/// the same thing without BenchmarkDotNet, split into building and first document.
/// </remarks>
[Config(typeof(ColdStartConfig))]
[MemoryDiagnoser]
public class ColdStartBenchmarks
{
    private Document _first = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchmarkCorpus.Load();
        _first = new Document(corpus.Articles[0].Text, corpus.Published, source: corpus.Articles[0].Name);
    }

    [Benchmark(Baseline = true, Description = "Naive Recognizers: build 4 models + first document")]
    public int NaiveRecognizers() => new NaiveRecognizers().Recognize(_first.Text, _first.Published!.Value).Count;

    [Benchmark(Description = "FactCheck: build checker + first document")]
    public int FactCheckPipeline() => Pipelines.CreateFactChecker().Check(_first).Mentions.Count;
}
