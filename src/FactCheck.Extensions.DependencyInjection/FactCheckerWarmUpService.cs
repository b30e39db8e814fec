using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Extensions.DependencyInjection;

/// <summary>
/// Warms the checker up while the application starts, so the first request does not pay for building the recognizer
/// models; the application starts serving once it is done. Also builds the checker, so a bad configuration stops the
/// start.
/// </summary>
internal sealed class FactCheckerWarmUpService(FactCheckerProvider provider, IOptions<FactCheckOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var checker = provider.Current;
        if (options.Value.WarmUpAtStart)
        {
            cancellationToken.ThrowIfCancellationRequested();
            checker.WarmUp();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
