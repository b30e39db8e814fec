using System.Reflection;
using System.Runtime.Loader;

namespace FactCheck.Tests.Robustness;

/// <summary>
/// A fresh copy of FactCheck and Microsoft.Recognizers.Text in their own load context: their static state (shared
/// models, lazy initialisation, result caches) starts cold, as in a process that has just started, whatever other
/// tests ran before.
/// </summary>
internal sealed class IsolatedFactCheck : AssemblyLoadContext
{
    private readonly string _directory = AppContext.BaseDirectory;

    public IsolatedFactCheck()
        : base("isolated-factcheck", isCollectible: true)
    {
        Library = LoadFromAssemblyName(new AssemblyName("FactCheck"));
    }

    /// <summary>The isolated FactCheck assembly.</summary>
    public Assembly Library { get; }

    /// <summary>A builder from the isolated assembly, with every built-in check added (as <see cref="RobustnessCheckers"/> does).</summary>
    public dynamic NewBuilder()
    {
        var builderType = Library.GetType("FactCheck.FactCheckerBuilder", throwOnError: true)!;
        var builder = Activator.CreateInstance(builderType)!;
        return RobustnessCheckers.AddBuiltInChecks(builder, Library);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name ?? string.Empty;
        if (name == "FactCheck" || name.StartsWith("Microsoft.Recognizers", StringComparison.Ordinal))
        {
            var path = Path.Combine(_directory, name + ".dll");
            if (File.Exists(path))
            {
                return LoadFromAssemblyPath(path);
            }
        }

        return null; // Everything else (the runtime) is shared.
    }
}
