using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace FactCheck.Benchmarks;

/// <summary>
/// One invocation per iteration (the result caches are emptied before each), few iterations: runs stay short
/// on a shared machine, and ratios are read from the same run. Ten warm-up iterations let the JIT finish
/// optimising both sides first: with two, FactCheck's many small regular expressions were still partly running
/// unoptimised code while measured (its time per article kept falling for about 500 articles).
/// </summary>
internal class CorpusBenchmarkConfig : ManualConfig
{
    public CorpusBenchmarkConfig()
        : this(warmupCount: 10, iterationCount: 8)
    {
    }

    /// <param name="warmupCount">Warm-up iterations.</param>
    /// <param name="iterationCount">Measured iterations.</param>
    /// <param name="invocationCount">Invocations per iteration, or <see langword="null"/> for as many as BenchmarkDotNet's pilot stage chooses.</param>
    protected CorpusBenchmarkConfig(int warmupCount, int iterationCount, int? invocationCount = 1)
    {
        var job = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(warmupCount)
            .WithIterationCount(iterationCount)
            .WithUnrollFactor(1)
            .WithId("Corpus");
        AddJob(invocationCount is int count ? job.WithInvocationCount(count) : job);
        // The machine is shared: building the generated project can take longer than BenchmarkDotNet's default 2 minutes.
        WithBuildTimeout(TimeSpan.FromMinutes(15));
        AddColumn(new ThroughputColumn(), new AllocatedPerKilobyteColumn(), new InputColumn());
        HideColumns(Column.Job, Column.InvocationCount, Column.UnrollFactor, Column.LaunchCount, Column.WarmupCount, Column.IterationCount);
    }
}
