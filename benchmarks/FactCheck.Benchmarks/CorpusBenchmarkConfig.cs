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

    protected CorpusBenchmarkConfig(int warmupCount, int iterationCount)
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(warmupCount)
            .WithIterationCount(iterationCount)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Corpus"));
        // The machine is shared: building the generated project can take longer than BenchmarkDotNet's default 2 minutes.
        WithBuildTimeout(TimeSpan.FromMinutes(15));
        AddColumn(new ThroughputColumn(), new AllocatedPerKilobyteColumn(), new InputColumn());
        HideColumns(Column.Job, Column.InvocationCount, Column.UnrollFactor, Column.LaunchCount, Column.WarmupCount, Column.IterationCount);
    }
}
