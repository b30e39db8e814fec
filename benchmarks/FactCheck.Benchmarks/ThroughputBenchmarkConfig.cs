namespace FactCheck.Benchmarks;

/// <summary>
/// The job of <see cref="CorpusBenchmarkConfig"/> with as many invocations per iteration as BenchmarkDotNet's pilot stage
/// chooses for an iteration of about half a second (one for an invocation that long already), or <c>--invocations N</c>:
/// throughput over a stream of articles. One invocation per iteration (<c>--invocations 1</c>) measures each pass right
/// after the full collection BenchmarkDotNet forces before every iteration, which for a pass of a few milliseconds is
/// largely the cost of starting cold, not of reading the articles (BenchmarkDotNet advises against iterations so short).
/// </summary>
internal sealed class ThroughputBenchmarkConfig : CorpusBenchmarkConfig
{
    public ThroughputBenchmarkConfig()
        : base(warmupCount: 10, iterationCount: 8, invocationCount: BenchmarkCorpus.Invocations)
    {
    }
}
