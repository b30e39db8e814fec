using System.Globalization;

namespace FactCheck.Tests.Robustness;

/// <summary>The soak mode's settings, read from the environment.</summary>
internal static class SoakSettings
{
    /// <summary>The variable that turns soak mode on and gives the number of generated cases.</summary>
    public const string CasesVariable = "FACTCHECK_SOAK";

    /// <summary>The number of generated cases asked for (at least 1).</summary>
    public static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 10_000;

    /// <summary>The repository root (the folder holding FactCheck.sln), where soak results are written.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln")))
                {
                    return dir.FullName;
                }
            }

            return Directory.GetCurrentDirectory();
        }
    }

    /// <summary>The folder soak results and failing inputs go to: <c>artifacts/soak</c> under the repository root.</summary>
    public static string OutputDirectory
    {
        get
        {
            var path = Path.Combine(RepositoryRoot, "artifacts", "soak");
            Directory.CreateDirectory(path);
            return path;
        }
    }
}
