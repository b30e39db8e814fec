using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace FactCheck.Benchmarks;

/// <summary>
/// The job of <see cref="CorpusBenchmarkConfig"/> (one invocation per iteration, 10 warm-up and 8 measured iterations)
/// without its columns per KB of text, which mean nothing for the benchmarks of telemetry alone.
/// </summary>
internal sealed class DiagnosticsBenchmarkConfig : ManualConfig
{
    public DiagnosticsBenchmarkConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(10)
            .WithIterationCount(8)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Corpus"));
        WithBuildTimeout(TimeSpan.FromMinutes(15));
        AddColumn(new InputColumn(), CategoriesColumn.Default);
        HideColumns(Column.Job, Column.InvocationCount, Column.UnrollFactor, Column.LaunchCount, Column.WarmupCount, Column.IterationCount);
    }
}
