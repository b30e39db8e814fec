namespace FactCheck.Benchmarks;

/// <summary>How the benchmarks build FactCheck: the full pipeline, as a user would configure it.</summary>
internal static class Pipelines
{
    public static FactChecker CreateFactChecker() => new FactCheckerBuilder().Build();
}
