// The library in a few lines: build a checker once, add trusted facts, check a text, walk the findings.
using System.Globalization;
using FactCheck;
using FactCheck.Reference;

var facts = ReferenceFacts.Load(Path.Combine(AppContext.BaseDirectory, "tariffs.csv")).GetFactsOrThrow();
var checker = new FactCheckerBuilder()              // the default checks are already on a new builder
    .WithCulture(CultureInfo.GetCultureInfo("en-US"))
    .AddReferenceCheck(facts)                       // claims compared with the tariff schedule
    .Build();                                       // immutable and thread-safe: reuse it for every document

const string text = "Exports from Pakistan to the US now face a 29% duty, up 19% from the earlier 10%. " +
                    "The increased tariff takes full effect on April 9.";
var report = checker.Check(new Document(text, published: new DateOnly(2025, 4, 5), source: "example"));

Console.WriteLine($"{report.Mentions.Count} figure(s) and date(s), {report.Claims.Count} claim(s), {report.Findings.Count} finding(s)");
foreach (var finding in report.Findings)                         // most serious first
{
    Console.WriteLine($"{finding.Severity} [{finding.RuleId}] {finding.Message}");
    foreach (var span in finding.Spans)
        Console.WriteLine($"    at {span.Start}..{span.End}: \"{span.Slice(text)}\"");
    if (finding.Computation is { } c)
        Console.WriteLine($"    {c.Formula} with {string.Join(", ", c.Inputs.Select(i => $"{i.Key} = {i.Value}"))}" +
                          (c.Result is { } result ? $" gives {result}" : ""));
    if (finding.Suggestion is { } suggestion)
        Console.WriteLine($"    suggestion: {suggestion}");
}

return report.HighestSeverity is FactCheck.Reports.Severity.Error ? 1 : 0;
