using Xunit;

namespace FactCheck.Tests.Robustness;

/// <summary>
/// A fact that runs only in soak mode, when <c>FACTCHECK_SOAK</c> is set (to the number of generated cases);
/// otherwise it is reported as skipped, so the normal run stays fast.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SoakFactAttribute : FactAttribute
{
    public SoakFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(SoakSettings.CasesVariable)))
        {
            Skip = $"Soak mode only: set {SoakSettings.CasesVariable}=N (see README, Robustness).";
        }
    }
}
