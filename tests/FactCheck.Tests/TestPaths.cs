using System.Reflection;

namespace FactCheck.Tests;

/// <summary>Directories of the source tree, as recorded when the tests were built.</summary>
internal static class TestPaths
{
    /// <summary>The directory of the test project's sources (<c>tests/FactCheck.Tests</c>).</summary>
    public static string ProjectDirectory { get; } = typeof(TestPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "TestProjectDirectory").Value!;

    /// <summary>The repository root.</summary>
    public static string RepositoryRoot { get; } = Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));
}
