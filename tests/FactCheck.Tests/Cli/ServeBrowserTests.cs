using FactCheck.Cli;
using FactCheck.Tests.Reports.Rendering;
using PuppeteerSharp;
using Xunit;

namespace FactCheck.Tests.Cli;

/// <summary>
/// <c>factcheck serve</c> in a real headless Chromium (the system's): paste a text, set the date, submit, and read the
/// report with the findings' words highlighted.
/// </summary>
public sealed class ServeBrowserTests : IAsyncLifetime
{
    // 10% from $1bn is $1.1bn, not $1.2bn.
    private const string Text = "Acme's sales rose 10% to $1.2bn in May 2024, from $1bn a year earlier.";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "factcheck-serve-" + Guid.NewGuid().ToString("N"));
    private readonly CancellationTokenSource _stop = new();
    private readonly SynchronizedWriter _output = new();
    private Task<int>? _server;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        var environment = new CliEnvironment(new MemoryStream(), _output, new SynchronizedWriter(), OutIsTerminal: false, ErrorIsTerminal: false);
        _server = Program.RunAsync(["serve", "--port", "0"], environment, _stop.Token);
        if (File.Exists(ChromiumFactAttribute.ExecutablePath))
        {
            Directory.CreateDirectory(_directory);
            _browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                Headless = true,
                ExecutablePath = ChromiumFactAttribute.ExecutablePath,
                UserDataDir = Path.Combine(_directory, "profile"),
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser.Dispose();
        }

        await _stop.CancelAsync();
        if (_server is not null)
        {
            Assert.Equal(0, await _server.WaitAsync(TimeSpan.FromSeconds(30)));
        }

        _stop.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Serve_ByDefault_ListensOnTheLoopbackInterfaceOnly()
    {
        var address = await AddressAsync();

        Assert.Equal("127.0.0.1", address.Host);
    }

    [ChromiumFact]
    public async Task Page_PasteSetDateAndSubmit_ShowsTheFindingsWithTheirWordsHighlighted()
    {
        var address = await AddressAsync();
        await using var page = await _browser!.NewPageAsync();
        await page.GoToAsync(address.ToString(), WaitUntilNavigation.Load);

        // Pasting puts the text in the box at once, as the input event of a paste does.
        await page.EvaluateFunctionAsync("t => { const box = document.getElementById('text'); box.value = t; box.dispatchEvent(new Event('input')); }", Text);
        await page.EvaluateExpressionAsync("document.getElementById('published').value = '2024-06-03'");
        var loaded = new TaskCompletionSource();
        page.FrameNavigated += (_, e) =>
        {
            if (e.Frame != page.MainFrame)
            {
                loaded.TrySetResult();
            }
        };
        await page.ClickAsync("#submit");
        await loaded.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var report = page.MainFrame.ChildFrames.Single();
        await report.WaitForSelectorAsync("li.finding", new WaitForSelectorOptions { Timeout = 60_000 });

        var findings = await report.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('li.finding')).map(e => e.innerText)");
        Assert.Contains(findings, f => f.Contains("change-arithmetic", StringComparison.Ordinal));
        var highlighted = await report.EvaluateExpressionAsync<string>(
            "Array.from(document.querySelectorAll('article .seg.f-error, article .seg.f-warning')).map(e => e.textContent).join('')");
        Assert.Contains("10%", highlighted, StringComparison.Ordinal);
        Assert.Contains("$1.2bn", highlighted, StringComparison.Ordinal);
        var article = await report.EvaluateExpressionAsync<string>("document.querySelector('article.text').textContent");
        Assert.Contains(Text, article, StringComparison.Ordinal);
    }

    private async Task<Uri> AddressAsync()
    {
        for (var i = 0; i < 600; i++)
        {
            var line = _output.ToString().Split('\n').FirstOrDefault(l => l.StartsWith("FactCheck is serving ", StringComparison.Ordinal));
            if (line is not null)
            {
                return new Uri(line["FactCheck is serving ".Length..].Split(' ')[0]);
            }

            if (_server!.IsCompleted)
            {
                Assert.Fail($"factcheck serve ended with exit code {await _server}: {_output}");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("factcheck serve did not say where it listens within 60 s");
    }

    private sealed class SynchronizedWriter : StringWriter
    {
        private readonly Lock _gate = new();

        public override void Write(char value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            lock (_gate)
            {
                base.WriteLine(value);
            }

            return Task.CompletedTask;
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }
    }
}
