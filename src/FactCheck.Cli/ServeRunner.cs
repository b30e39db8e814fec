using System.Net;
using System.Runtime.InteropServices;
using FactCheck.Reference;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactCheck.Cli;

/// <summary>
/// <c>factcheck serve</c>: a local web page to paste or drop a text, set its publication date and read the HTML report,
/// with <c>POST /check</c> behind it. Listens on the loopback interface unless told otherwise, until stopped.
/// </summary>
internal sealed class ServeRunner(ServeSettings settings, CliEnvironment environment)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var builder = new FactCheckerBuilder().WithCulture(settings.Culture);
        foreach (var path in settings.Facts)
        {
            if (!ReferenceFacts.TryLoad(path, out var facts, out var errors))
            {
                foreach (var error in errors)
                {
                    await environment.Error.WriteLineAsync($"{path}: error: {error}").ConfigureAwait(false);
                }

                return Program.ExitBadInput;
            }

            builder.AddReferenceCheck(facts);
        }

        environment.ConfigureChecker?.Invoke(builder);
        var checker = builder.Build();
        checker.WarmUp();

        var web = WebApplication.CreateSlimBuilder();
        web.Logging.ClearProviders();
        web.WebHost.UseUrls($"http://{UrlHost(settings.Host)}:{settings.Port}");
        web.Services.AddSingleton(checker);
        await using var app = web.Build();
        app.MapFactCheck();
        app.MapFactCheckPage();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        if (!IsLoopback(settings.Host))
        {
            await environment.Error.WriteLineAsync($"factcheck: warning: serving on {settings.Host}, not the loopback interface: anyone who can reach this machine can submit texts").ConfigureAwait(false);
        }

        foreach (var url in app.Urls)
        {
            await environment.Out.WriteLineAsync($"FactCheck is serving {url}/ (Ctrl+C stops it)").ConfigureAwait(false);
        }

        await environment.Out.FlushAsync(cancellationToken).ConfigureAwait(false);

        // A service manager or a script stops the server with SIGTERM, not Ctrl+C: both end it the same way.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stopping.Cancel();
        });
        try
        {
            await Task.Delay(Timeout.Infinite, stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return Program.ExitOk;
    }

    /// <summary>Whether <paramref name="host"/> names the loopback interface.</summary>
    internal static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static string UrlHost(string host) =>
        IPAddress.TryParse(host, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{host}]" : host;
}
