using System.Reflection;

namespace FactCheck.Tests.Robustness;

/// <summary>The checkers the robustness tests run: every built-in check on, default limits.</summary>
internal static class RobustnessCheckers
{
    private static readonly Lazy<FactChecker> Shared = new(() => Configure(new FactCheckerBuilder()).Build());

    /// <summary>A checker with every built-in check, shared by the tests (it is thread-safe).</summary>
    public static FactChecker Full() => Shared.Value;

    /// <summary>Adds every built-in check to <paramref name="builder"/>, each with its default options.</summary>
    public static FactCheckerBuilder Configure(FactCheckerBuilder builder)
        => (FactCheckerBuilder)AddBuiltInChecks(builder, typeof(FactCheckerBuilder).Assembly);

    /// <summary>
    /// Calls every public <c>AddXxxCheck</c> extension of <paramref name="library"/> whose parameters after the
    /// builder are all optional, so that new built-in checks are fuzzed as soon as they exist. Works on a builder from
    /// another load context too.
    /// </summary>
    public static object AddBuiltInChecks(object builder, Assembly library)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(library);
        var builderType = builder.GetType();
        var adders = library.GetExportedTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true })
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name.StartsWith("Add", StringComparison.Ordinal) && m.Name.EndsWith("Check", StringComparison.Ordinal))
            .Where(m => m.GetParameters() is [var first, .. var rest] && first.ParameterType == builderType && rest.All(p => p.IsOptional))
            .OrderBy(m => m.DeclaringType!.FullName, StringComparer.Ordinal)
            .ThenBy(m => m.Name, StringComparer.Ordinal);
        foreach (var adder in adders)
        {
            var arguments = adder.GetParameters().Select((p, i) => i == 0 ? builder : Type.Missing).ToArray();
            adder.Invoke(null, arguments);
        }

        return builder;
    }
}
