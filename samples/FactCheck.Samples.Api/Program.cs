// FactCheck in a minimal API service: the checker comes from dependency injection, configured in appsettings.json
// (culture, limits, rules, the tariff schedule in tariffs.csv, reloaded when it changes) and warmed up at start-up;
// its logs go to the application's logging, its spans and metrics to OpenTelemetry (here the console).
using FactCheck;
using FactCheck.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddFactChecker(builder.Configuration.GetSection("FactCheck"));
builder.Services.AddOpenTelemetry()
    // The request's span too: FactCheck's spans are its children, and OpenTelemetry samples a child as its parent, so
    // without it the request's unrecorded activity would drop every factcheck.document span but the warm-up's.
    .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource(FactCheckDiagnostics.ActivitySourceName).AddConsoleExporter())
    .WithMetrics(metrics => metrics.AddMeter(FactCheckDiagnostics.MeterName).AddConsoleExporter());

var app = builder.Build();
app.MapFactCheck();        // POST /check: JSON, HTML or SARIF by the Accept header; 4xx for a bad request
app.MapFactCheckPage();    // GET /: paste a text, set its date, read the report

// Your own endpoint: inject the checker (the current one: it is rebuilt when the configuration or tariffs.csv changes).
app.MapPost("/findings", (CheckRequest request, FactChecker checker) =>
    checker.CheckText(request.Text, request.Published).Findings
        .Select(f => new { f.RuleId, Severity = f.Severity.ToString(), f.Message, f.Suggestion }));

app.Run();

/// <summary>The body of <c>POST /findings</c>.</summary>
internal sealed record CheckRequest(string Text, DateOnly? Published);
