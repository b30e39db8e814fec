using Xunit;
using Xunit.Sdk;

namespace FactCheck.Tests.Storage;

/// <summary>
/// A test of a claim store: skipped, with the reason, when its class needs a server (<see cref="RequiresServerAttribute"/>)
/// whose connection string is not in the environment, so the test command works on a machine without one.
/// </summary>
[XunitTestCaseDiscoverer("FactCheck.Tests.Storage.StoreFactDiscoverer", "FactCheck.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute
{
}
