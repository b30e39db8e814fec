using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FactCheck.AspNetCore;
using FactCheck.Checks;
using FactCheck.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace FactCheck.Tests.AspNetCore;

/// <summary>
/// <c>POST /check</c> on a real server on the loopback interface: the report in the format asked for, and a clear 4xx
/// (never a 500) for a request that is too large, has a bad date or a content type it does not read.
/// </summary>
public sealed class CheckEndpointTests : IAsyncLifetime
{
    // 10% from $1bn is $1.1bn, not $1.2bn.
    private const string Text = "Acme's sales rose 10% to $1.2bn in May 2024, from $1bn a year earlier.";

    private WebApplication? _app;
    private HttpClient? _client;

    private HttpClient Client => _client!;

    public async Task InitializeAsync()
    {
        (_app, _client) = await StartAsync(new FactCheckerBuilder().Build(), new FactCheckEndpointOptions(maxRequestBytes: 4096));
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Post_PlainTextWithoutAccept_AnswersTheJsonReport()
    {
        using var response = await Client.PostAsync("/check?published=2024-06-03", new StringContent(Text, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2024-06-03", json.RootElement.GetProperty("published").GetString());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "change-arithmetic");
    }

    [Fact]
    public async Task Post_JsonBodyAcceptingHtml_AnswersTheHtmlReportWithTheFindingHighlighted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/check")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { text = Text, published = "2024-06-03" }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<article", html, StringComparison.Ordinal);
        Assert.Contains("f-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AcceptingSarif_AnswersSarif()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/check") { Content = new StringContent(Text, Encoding.UTF8, "text/plain") };
        request.Headers.Accept.ParseAdd("application/sarif+json");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Post_Form_ReadsTheTextAndTheDate()
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Text), "text" },
            { new StringContent("2024-06-03"), "published" },
        };

        using var response = await Client.PostAsync("/check", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2024-06-03", json.RootElement.GetProperty("published").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_BodyOverTheLimit_Is413WithOrWithoutALength(bool sendLength)
    {
        var text = string.Concat(Enumerable.Repeat("Sales rose 5%. ", 400)); // 6,000 bytes, over the 4,096 limit
        HttpContent content = sendLength
            ? new StringContent(text, Encoding.UTF8, "text/plain")
            : new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(text)));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await Client.PostAsync("/check", content);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "4096 bytes");
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("3 June 2024")]
    public async Task Post_BadPublicationDate_Is400NamingIt(string date)
    {
        using var response = await Client.PostAsync("/check?published=" + Uri.EscapeDataString(date), new StringContent(Text, Encoding.UTF8, "text/plain"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, $"'{date}' is not a date");
    }

    [Theory]
    [InlineData("{\"published\": \"2024-06-03\"}", "needs a string property 'text'")]
    [InlineData("{\"text\": ", "not JSON")]
    public async Task Post_BadJson_Is400SayingWhy(string body, string expected)
    {
        using var response = await Client.PostAsync("/check", new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, expected);
    }

    [Fact]
    public async Task Post_WrongContentType_Is415()
    {
        using var response = await Client.PostAsync("/check", new StringContent("<text/>", Encoding.UTF8, "application/xml"));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "text/plain");
    }

    [Fact]
    public async Task Post_AcceptingNoFormatWritten_Is406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/check") { Content = new StringContent(Text, Encoding.UTF8, "text/plain") };
        request.Headers.Accept.ParseAdd("image/png");

        using var response = await Client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.NotAcceptable, "text/html");
    }

    [Fact]
    public async Task Post_CheckOverTheTimeLimit_Is503()
    {
        var checker = new FactCheckerBuilder().ClearChecks().AddCheck(new WaitingCheck()).Build();
        var (app, client) = await StartAsync(checker, new FactCheckEndpointOptions(requestTimeout: TimeSpan.FromMilliseconds(300)));
        await using (app)
        using (client)
        {
            using var response = await client.PostAsync("/check", new StringContent(Text, Encoding.UTF8, "text/plain"));

            await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable, "longer than 0.3 s");
        }
    }

    [Fact]
    public async Task GetPage_OffersATextBoxADateAndPostsToTheEndpoint()
    {
        var html = await Client.GetStringAsync("/");

        Assert.Contains("<textarea id=\"text\" name=\"text\"", html, StringComparison.Ordinal);
        Assert.Contains("type=\"date\"", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/check\"", html, StringComparison.Ordinal);
    }

    internal static async Task<(WebApplication App, HttpClient Client)> StartAsync(FactChecker checker, FactCheckEndpointOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(checker);
        var app = builder.Build();
        app.MapFactCheck(options: options);
        app.MapFactCheckPage();
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(60) };
        return (app, client);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(detail, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private sealed class WaitingCheck : IFactCheckRule
    {
        public string RuleId => "waits";

        public string Description => "Waits until it is stopped.";

        public IEnumerable<Finding> Check(CheckContext context)
        {
            context.CancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            context.CancellationToken.ThrowIfCancellationRequested();
            return [];
        }
    }

    // A body without a length: sent chunked.
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
