using Xunit.Abstractions;
using Xunit.Sdk;

namespace FactCheck.Tests.Storage;

/// <summary>Finds <see cref="StoreFactAttribute"/> tests, skipping them when the server their class needs is not configured.</summary>
public sealed class StoreFactDiscoverer : IXunitTestCaseDiscoverer
{
    private readonly IMessageSink _diagnostics;

    public StoreFactDiscoverer(IMessageSink diagnostics) => _diagnostics = diagnostics;

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        var requires = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresServerAttribute)).FirstOrDefault();
        if (requires?.GetConstructorArguments().FirstOrDefault() is string variable && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable)))
        {
            return [new XunitSkippedDataRowTestCase(_diagnostics, display, options, testMethod, $"{variable} is not set: no server to run against (.ci/run starts one)")];
        }

        return [new XunitTestCase(_diagnostics, display, options, testMethod)];
    }
}
