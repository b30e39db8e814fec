namespace FactCheck.Benchmarks;

/// <summary>How the benchmarks build FactCheck: the full pipeline, as a user would configure it.</summary>
internal static class Pipelines
{
    public static FactChecker CreateFactChecker() => new FactCheckerBuilder().Build();

    /// <summary>The stages of that checker, for the benchmarks that time one stage: the same composition, not a copy.</summary>
    public static CheckPipeline CreatePipeline() => CreateFactChecker().Pipeline;
}
