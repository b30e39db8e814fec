using FactCheck;

var path = args.Length > 0 ? args[0] : Path.Combine("seeds", "000_23fa9f6dec8fb977.txt");
var published = args.Length > 1 ? DateOnly.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : new DateOnly(2025, 4, 5);
var checker = new FactCheckerBuilder().Build();
var report = checker.Check(new Document(File.ReadAllText(path), published, source: path));
Console.WriteLine($"{report.Mentions.Count} mentions, {report.Claims.Count} claims, {report.Findings.Count} findings");
