// Checks an article through the packed FactCheck package and fails when the expected figures are missing.
using System.Globalization;
using FactCheck;
using FactCheck.Recognition;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Consumer <article.txt> <published yyyy-MM-dd> [expected mention text ...]");
    return 2;
}

var published = DateOnly.ParseExact(args[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
var checker = new FactCheckerBuilder().Build();
var report = checker.Check(new Document(File.ReadAllText(args[0]), published, CultureInfo.GetCultureInfo("en-US"), args[0]));

foreach (var mention in report.Mentions)
{
    Console.WriteLine($"{mention.Kind,-16} {mention.Text,-28} {mention.Value.ToString(CultureInfo.InvariantCulture),16} {mention.Unit}");
}

Console.WriteLine($"{report.Mentions.Count} mentions, {report.Claims.Count} claims, {report.Findings.Count} findings");
var missing = args.Skip(2).Where(expected => !report.Mentions.Any(m => m.Text.Contains(expected, StringComparison.Ordinal))).ToList();
foreach (var expected in missing)
{
    Console.Error.WriteLine($"missing mention: {expected}");
}

return missing.Count == 0 ? 0 : 1;
