// A service from the packed packages: configured from settings, warmed up at start, POST /check answered on loopback.
using System.Net;
using System.Text;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["FactCheck:TimeLimit"] = "00:00:10" });
builder.Services.AddFactChecker(builder.Configuration.GetSection("FactCheck"));
var app = builder.Build();
app.MapFactCheck();
await app.StartAsync();

using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
using var ok = await client.PostAsync("/check?published=2024-06-03", new StringContent("Sales rose 10% to $1.2bn from $1bn a year earlier.", Encoding.UTF8, "text/plain"));
var body = await ok.Content.ReadAsStringAsync();
using var bad = await client.PostAsync("/check?published=June", new StringContent("Sales rose 10%.", Encoding.UTF8, "text/plain"));
await app.StopAsync();

Console.WriteLine($"POST /check: {(int)ok.StatusCode}; with a bad date: {(int)bad.StatusCode}");
return ok.StatusCode == HttpStatusCode.OK && body.Contains("\"ruleId\": \"change-arithmetic\"", StringComparison.Ordinal)
    && bad.StatusCode == HttpStatusCode.BadRequest ? 0 : 1;
