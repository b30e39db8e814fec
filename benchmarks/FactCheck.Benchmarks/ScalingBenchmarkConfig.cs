namespace FactCheck.Benchmarks;

/// <summary>
/// The corpus job with a longer warm-up: with two threads busy checking, the JIT's background compiler gets less of
/// the machine, and the code takes about 30 passes over the development articles to reach its final speed (measured
/// with <c>quick --scaling</c>).
/// </summary>
internal sealed class ScalingBenchmarkConfig : CorpusBenchmarkConfig
{
    public ScalingBenchmarkConfig()
        : base(warmupCount: 30, iterationCount: 12)
    {
    }
}
