using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace FactCheck.Benchmarks;

/// <summary>One measurement per fresh process, five processes; a long build timeout for a busy machine.</summary>
internal sealed class ColdStartConfig : ManualConfig
{
    public ColdStartConfig()
    {
        AddJob(Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(5).WithWarmupCount(0).WithIterationCount(1).WithId("ColdStart"));
        WithBuildTimeout(TimeSpan.FromMinutes(15));
    }
}
