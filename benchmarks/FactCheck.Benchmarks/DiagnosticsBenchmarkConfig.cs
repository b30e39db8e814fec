using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace FactCheck.Benchmarks;

/// <summary>
/// The job of <see cref="CorpusBenchmarkConfig"/> (one invocation per iteration, 10 warm-up iterations) with 20 measured
/// iterations instead of 8, since the difference looked for is small against the noise of a shared machine, and without
/// its columns per KB of text, which mean nothing for the benchmarks of telemetry alone.
/// </summary>
internal sealed class DiagnosticsBenchmarkConfig : ManualConfig
{
    public DiagnosticsBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(10)
            .WithIterationCount(20)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Corpus"));
        WithBuildTimeout(TimeSpan.FromMinutes(15));
        AddColumn(new InputColumn(), CategoriesColumn.Default);
        HideColumns(Column.Job, Column.InvocationCount, Column.UnrollFactor, Column.LaunchCount, Column.WarmupCount, Column.IterationCount);
    }
}
