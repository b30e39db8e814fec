using Xunit;

namespace FactCheck.Tests.Reports.Rendering;

/// <summary>
/// Compares output with a golden file under <c>tests/FactCheck.Tests/Reports/Rendering/Golden</c>. Set
/// <c>FACTCHECK_UPDATE_GOLDEN=1</c> to rewrite the files after a deliberate change, then review the diff.
/// </summary>
internal static class Golden
{
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(TestPaths.ProjectDirectory, "Reports", "Rendering", "Golden", name);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("FACTCHECK_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"The golden file {path} is missing; run with FACTCHECK_UPDATE_GOLDEN=1 and review it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }
}
