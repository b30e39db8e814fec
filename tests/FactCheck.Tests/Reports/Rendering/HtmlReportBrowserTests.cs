using System.Globalization;
using FactCheck.Reports;
using FactCheck.Reports.Rendering;
using PuppeteerSharp;
using Xunit;

namespace FactCheck.Tests.Reports.Rendering;

/// <summary>
/// Opens HTML reports in a real headless Chromium (the system's, never a downloaded one) and checks what a reader
/// sees and can do: highlights, finding links that select their spans, claim details, and no script from the text.
/// </summary>
public sealed class HtmlReportBrowserTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "factcheck-browser-" + Guid.NewGuid().ToString("N"));
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath))
        {
            return;
        }

        Directory.CreateDirectory(_directory);
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            UserDataDir = Path.Combine(_directory, "profile"),
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            _browser.Dispose();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [ChromiumFact]
    public async Task Page_HostileText_ShowsMarkupAsTextAndRunsNoScriptFromIt()
    {
        await using var page = await OpenAsync(HandBuiltReports.Hostile());

        Assert.True(await page.EvaluateExpressionAsync<bool>("typeof window.__pwned === 'undefined'"));
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('article img, article script, .findings script, .findings b').length"));
        var article = await page.EvaluateExpressionAsync<string>("document.querySelector('article.text').textContent");
        Assert.Contains("<script>window.__pwned = 1;</script>", article, StringComparison.Ordinal);
        Assert.Contains("\"><img src=x onerror=\"window.__pwned=2\">", article, StringComparison.Ordinal);
        var heading = await page.EvaluateExpressionAsync<string>("document.querySelector('h2').textContent");
        Assert.Equal("hostile <b>\"name\"</b>|.txt", heading);
    }

    [ChromiumFact]
    public async Task Page_SeedReport_HighlightsEveryMentionByKind()
    {
        var report = HandBuiltReports.Seed();
        await using var page = await OpenAsync(report);

        var highlighted = await page.EvaluateExpressionAsync<string[]>(
            "Array.from(document.querySelectorAll('article .seg.mention')).map(e => e.textContent)");
        foreach (var mention in report.Mentions)
        {
            Assert.Contains(highlighted, h => mention.Text.Contains(h, StringComparison.Ordinal) && h.Length > 0);
        }

        Assert.Equal(3, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('article .seg.m-percentage').length"));
        Assert.Equal("rgb(200, 230, 201)", await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('article .seg.m-money')).backgroundColor"));
        Assert.Equal("amber", await page.EvaluateExpressionAsync<string>("document.querySelector('header.summary').dataset.light"));
    }

    [ChromiumFact]
    public async Task Page_ClickingAFindingLink_SelectsAndHighlightsItsSpan()
    {
        var report = HandBuiltReports.Seed();
        await using var page = await OpenAsync(report);

        // The second finding is about "29% duty, up from the earlier 10%".
        await page.ClickAsync("li.finding:nth-of-type(2) a.span-link");

        var selected = await page.EvaluateExpressionAsync<string>(
            "Array.from(document.querySelectorAll('article .seg.selected')).map(e => e.textContent).join('')");
        Assert.Equal("29% duty, up from the earlier 10%", selected);
        Assert.Equal("29% duty, up from the earlier 10%", await page.EvaluateExpressionAsync<string>("window.getSelection().toString()"));
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.querySelector('li.finding:nth-of-type(2)').classList.contains('current')"));

        // The first finding has two spans; following it moves the highlight to both.
        await page.ClickAsync("li.finding:nth-of-type(1) a.span-link");
        var moved = await page.EvaluateExpressionAsync<string[]>(
            "Array.from(document.querySelectorAll('article .seg.selected')).map(e => e.textContent)");
        Assert.Contains("2022", moved);
        Assert.Contains(moved, s => s.Contains("$7", StringComparison.Ordinal));
        Assert.DoesNotContain(moved, s => s.Contains("29%", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task Page_ClickingAHighlight_ShowsTheClaimsSubjectTimeAndSource()
    {
        await using var page = await OpenAsync(HandBuiltReports.Seed());

        await page.EvaluateExpressionAsync("Array.from(document.querySelectorAll('article .seg.mention')).find(e => e.textContent === '42%').click()");

        var details = await page.EvaluateExpressionAsync<string>(
            "Array.from(document.querySelectorAll('aside.details .card')).filter(c => !c.hidden).map(c => c.innerText).join('\\n')");
        Assert.Contains("terror attacks in Pakistan", details, StringComparison.Ordinal);
        Assert.Contains("In January 2025", details, StringComparison.Ordinal);
        Assert.Contains("Pakistan Institute for Conflict and Security Studies (PICSS)", details, StringComparison.Ordinal);
        Assert.DoesNotContain("duty on exports", details, StringComparison.Ordinal);
    }

    /// <summary>
    /// Renders the seed article through the real pipeline and saves a screenshot. With
    /// <c>FACTCHECK_UPDATE_SCREENSHOT=1</c> it also replaces <c>docs/html-report.png</c>.
    /// </summary>
    [ChromiumFact]
    public async Task Page_SeedArticleThroughThePipeline_RendersAndSavesAScreenshot()
    {
        var culture = CultureInfo.GetCultureInfo("en-US");
        var checker = new FactCheckerBuilder().WithCulture(culture).Build();
        var report = checker.Check(new Document(HandBuiltReports.SeedText, new DateOnly(2025, 4, 5), culture, HandBuiltReports.SeedPath));
        await using var page = await OpenAsync(report);
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 1180 });

        Assert.Equal(report.Mentions.Count, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('aside.details [id*=\"-mention-card-\"]').length"));
        Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('article .seg.mention').length") >= report.Mentions.Count);

        // Open the details of the duty claim, as a reader would, before taking the picture.
        await page.EvaluateExpressionAsync("Array.from(document.querySelectorAll('article .seg.mention')).find(e => e.textContent === '29%').click()");
        var details = await page.EvaluateExpressionAsync<string>(
            "Array.from(document.querySelectorAll('aside.details .card')).filter(c => !c.hidden).map(c => c.innerText).join('\\n')");
        Assert.Contains("29%", details, StringComparison.Ordinal);

        var screenshot = Path.Combine(AppContext.BaseDirectory, "html-report.png");
        await page.ScreenshotAsync(screenshot, new ScreenshotOptions { FullPage = false });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        if (Environment.GetEnvironmentVariable("FACTCHECK_UPDATE_SCREENSHOT") == "1")
        {
            File.Copy(screenshot, Path.Combine(TestPaths.RepositoryRoot, "docs", "html-report.png"), overwrite: true);
        }
    }

    [ChromiumFact]
    public async Task Page_OpenedAtAClaimReviewsUrl_ShowsThatFinding()
    {
        var report = HandBuiltReports.Seed();
        var review = new ClaimReviewRenderer(new ClaimReviewOptions("Desk", baseUrl: new Uri("https://factdesk.example/checks/seed"), minimumSeverity: Severity.Info))
            .RenderToString(report);
        var url = new Uri(System.Text.Json.JsonDocument.Parse(review).RootElement[1].GetProperty("url").GetString()!);

        await using var page = await OpenAsync(report, url.Fragment);

        Assert.Equal("#finding-1-2", url.Fragment);
        var target = await page.EvaluateExpressionAsync<string>("document.querySelector(':target').textContent");
        Assert.Contains(report.Findings[1].RenderMessage(CultureInfo.GetCultureInfo("en-US")), target, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Page_DocumentsCheckedTogether_FindingAcrossSelectsItsPlaceInEitherArticle()
    {
        await using var page = await OpenAsync(new HtmlReportRenderer(CultureInfo.GetCultureInfo("en-US")).RenderToString(CrossDocumentReportRendererTests.Disagreeing()));

        // Both figures are highlighted in their articles as the finding's severity.
        Assert.Equal(
            ["29%", "30%"],
            await page.EvaluateExpressionAsync<string[]>("['d0', 'd1'].map(d => Array.from(document.querySelectorAll('#' + d + ' article .seg.f-warning, #' + d + ' article .seg.f-error')).map(e => e.textContent).join(''))"));

        await page.ClickAsync("#finding-across-1 a.span-link[data-document='d1']");

        Assert.Equal("30%", await page.EvaluateExpressionAsync<string>("Array.from(document.querySelectorAll('#d1 article .seg.selected')).map(e => e.textContent).join('')"));
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#d0 article .seg.selected').length"));
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.getElementById('finding-across-1').classList.contains('current')"));

        await page.ClickAsync("#finding-across-1 a.span-link[data-document='d0']");

        Assert.Equal("29%", await page.EvaluateExpressionAsync<string>("Array.from(document.querySelectorAll('#d0 article .seg.selected')).map(e => e.textContent).join('')"));
    }

    private Task<IPage> OpenAsync(FactCheckReport report, string fragment = "") =>
        OpenAsync(new HtmlReportRenderer(CultureInfo.GetCultureInfo("en-US")).RenderToString(report), fragment);

    private async Task<IPage> OpenAsync(string html, string fragment = "")
    {
        Assert.NotNull(_browser);
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".html");
        await File.WriteAllTextAsync(path, html);
        var page = await _browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e.Message);
        await page.GoToAsync(new Uri(path).AbsoluteUri + fragment, WaitUntilNavigation.Load);
        Assert.Empty(errors);
        return page;
    }
}
