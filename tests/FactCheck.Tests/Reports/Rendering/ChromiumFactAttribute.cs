using Xunit;

namespace FactCheck.Tests.Reports.Rendering;

/// <summary>
/// A test that needs headless Chromium from the system (Debian's <c>chromium</c> package, or the path in
/// <c>FACTCHECK_CHROMIUM</c>). Skipped when it is missing on a developer machine; under CI (<c>CI=true</c>) it
/// always runs, so a missing browser fails the build instead of hiding the test.
/// </summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"Chromium is not installed at {ExecutablePath} (apt-get install chromium, or set FACTCHECK_CHROMIUM).";
        }
    }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("FACTCHECK_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
}
