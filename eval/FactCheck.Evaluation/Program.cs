// Seeded-error evaluation of the checks: plants one error of each kind in real articles where their text allows it,
// checks every variant with the default checker, and reports per rule the share of planted errors found (a finding of
// that rule touching the planted span) and the false findings (warnings and errors) per clean article. A headline is
// rewritten with a wrong figure (restatement); a correction of the article is checked together with it (cross-document);
// changes are stated in the next sentence, in a later clause of a forecast pair and against a base ("40% above the
// previous record of $19.2bn"), and a stack of tariff rates is given a wrong total (change-arithmetic).
//
// usage: dotnet run --project eval/FactCheck.Evaluation -c Release -- <corpus dir> [published yyyy-MM-dd] [--details file] [--missed dir]
// The corpus directory may also come from FACTCHECK_CORPUS.
using System.Globalization;
using FactCheck;
using FactCheck.Evaluation;
using FactCheck.Reports;

var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
var detailsIndex = Array.IndexOf(args, "--details");
var detailsPath = detailsIndex >= 0 && detailsIndex + 1 < args.Length ? args[detailsIndex + 1] : null;
if (detailsPath is not null)
{
    positional.Remove(detailsPath);
}

// --missed <dir> writes the text of each variant whose planted error was not found, to read the claims behind the miss.
var missedIndex = Array.IndexOf(args, "--missed");
var missedPath = missedIndex >= 0 && missedIndex + 1 < args.Length ? args[missedIndex + 1] : null;
if (missedPath is not null)
{
    positional.Remove(missedPath);
    Directory.CreateDirectory(missedPath);
}

var corpus = positional.Count > 0 ? positional[0] : Environment.GetEnvironmentVariable("FACTCHECK_CORPUS");
if (corpus is null || !Directory.Exists(corpus))
{
    Console.Error.WriteLine("usage: FactCheck.Evaluation <corpus dir> [published yyyy-MM-dd] [--details file] [--missed dir]   (or set FACTCHECK_CORPUS)");
    return 2;
}

var published = positional.Count > 1 ? DateOnly.ParseExact(positional[1], "yyyy-MM-dd", CultureInfo.InvariantCulture) : new DateOnly(2005, 1, 15);
var checker = new FactCheckerBuilder().Build();
var files = Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).ToList();
var rules = new[] { "change-arithmetic", "next-sentence change", "future-tense pair", "percent above base", "stacked tariff", "percentage-points", "restatement", "headline", "correction", "date-order", "weekday", "part-total", "plausibility" };
var seeded = rules.ToDictionary(r => r, _ => 0);
var found = rules.ToDictionary(r => r, _ => 0);
var falseByRule = new Dictionary<string, int>(StringComparer.Ordinal);
var details = new List<string>();
var falseFindings = 0;
var falseTogether = 0;
FactCheckReport? previous = null;

foreach (var file in files)
{
    var name = Path.GetFileName(file);
    var text = File.ReadAllText(file);
    var clean = checker.Check(new Document(text, published, source: name));
    var cleanProblems = clean.Findings.Where(f => f.Severity >= Severity.Warning).ToList();
    falseFindings += cleanProblems.Count;
    foreach (var finding in cleanProblems)
    {
        falseByRule[finding.RuleId] = falseByRule.GetValueOrDefault(finding.RuleId) + 1;
        details.Add($"clean\t{name}\t{finding.RuleId}\t{finding.Severity}\t{finding.Message}");
    }

    // Two different clean articles checked together: any cross-document finding between them is false.
    if (previous is not null)
    {
        foreach (var finding in checker.CompareTogether([previous, clean]).Where(f => f.Finding.Severity >= Severity.Warning))
        {
            falseTogether++;
            details.Add($"clean-together\t{previous.Document.Source} + {name}\t{finding.Finding.RuleId}\t{finding.Finding.Severity}\t{finding.Finding.Message}");
        }
    }

    previous = clean;
    foreach (var error in Seeders.All(name, text, published))
    {
        // A place the clean article already has a finding at cannot tell whether the planted error was seen.
        if (!error.Together && clean.Findings.Any(f => f.Spans.Any(s => s.Overlaps(error.Gold))))
        {
            continue;
        }

        seeded[error.Kind]++;
        var report = checker.Check(new Document(error.Text, published, source: error.Together ? "correction-" + name : name));
        var hit = error.Together
            ? checker.CompareTogether([clean, report]).Any(f => f.Finding.RuleId == error.Rule && f.Finding.Severity >= Severity.Warning
                && f.OtherSpans.Any(s => s.Overlaps(error.Gold)))
            : report.Findings.Any(f => f.RuleId == error.Rule && f.Severity >= Severity.Warning
                && (f.Spans.Count == 0 || f.Spans.Any(s => s.Overlaps(error.Gold) || Near(s, error.Gold))));
        if (hit)
        {
            found[error.Kind]++;
        }

        details.Add($"{(hit ? "found" : "missed")}\t{name}\t{error.Kind}\t{error.Description}");
        if (!hit && missedPath is not null)
        {
            File.WriteAllText(Path.Combine(missedPath, $"{Path.GetFileNameWithoutExtension(name)}.{error.Kind.Replace(' ', '-')}.txt"), error.Text);
        }
    }
}

Console.WriteLine($"Articles: {files.Count}; publication date used: {published:yyyy-MM-dd}");
Console.WriteLine();
Console.WriteLine("| kind (rule) | seeded | found | share found |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var rule in rules)
{
    var share = seeded[rule] == 0 ? "–" : (100.0 * found[rule] / seeded[rule]).ToString("0", CultureInfo.InvariantCulture) + "%";
    Console.WriteLine($"| {rule} | {seeded[rule]} | {found[rule]} | {share} |");
}

var total = seeded.Values.Sum();
Console.WriteLine($"| all | {total} | {found.Values.Sum()} | {(total == 0 ? "–" : (100.0 * found.Values.Sum() / total).ToString("0", CultureInfo.InvariantCulture) + "%")} |");
Console.WriteLine();
Console.WriteLine($"False findings (warnings and errors) on the clean articles: {falseFindings} in {files.Count} articles = {(files.Count == 0 ? 0 : (double)falseFindings / files.Count).ToString("0.000", CultureInfo.InvariantCulture)} per article"
    + (falseByRule.Count == 0 ? "." : " (" + string.Join(", ", falseByRule.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")) + ")."));
Console.WriteLine($"False cross-document findings between different clean articles checked together: {falseTogether} in {Math.Max(0, files.Count - 1)} pairs.");
if (detailsPath is not null)
{
    File.WriteAllLines(detailsPath, details);
}

return 0;

// A finding may point at the figures around an inserted word rather than at the word itself.
static bool Near(FactCheck.Text.TextSpan a, FactCheck.Text.TextSpan b) => Math.Abs(a.Start - b.Start) <= 40 || Math.Abs(a.End - b.End) <= 40;
