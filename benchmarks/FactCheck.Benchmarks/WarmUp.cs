using System.Diagnostics;

namespace FactCheck.Benchmarks;

/// <summary>
/// Runs a benchmark's work for a few seconds before BenchmarkDotNet's own warm-up. An invocation of the corpus
/// benchmarks takes from a few to a hundred milliseconds, so ten warm-up iterations end before the JIT has optimised
/// FactCheck's code: the runtime waits until no new method has been compiled for a while before it counts calls, then
/// compiles the hot methods again in the background. Without this the figures were those of code still partly
/// unoptimised (the claims stage measured 18.5 ms per invocation instead of 5.5 ms, the recognition stage 65.9 ms
/// instead of 17.6 ms); with it they are those of a checker that has been running a while. The cost of the first
/// documents is measured apart (<see cref="ColdStartBenchmarks"/>).
/// </summary>
internal static class WarmUp
{
    /// <summary>How long the work runs before the measurement: long enough for the background compilation to finish.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="work"/> again and again for <see cref="Duration"/>, emptying the Recognizers result caches before each run.</summary>
    public static void Run(Action work)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Duration)
        {
            RecognizerResultCaches.Clear();
            work();
        }

        RecognizerResultCaches.Clear();
    }
}
