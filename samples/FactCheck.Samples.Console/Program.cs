// Checks one article and prints what FactCheck found: the text report (findings, then claims, then
// mentions) and a table of every figure and date with the interval it stands for.
//
//   dotnet run --project samples/FactCheck.Samples.Console -- seeds/000_23fa9f6dec8fb977.txt 2025-04-05
using System.Globalization;
using FactCheck;
using FactCheck.Reports.Rendering;
using Spectre.Console;

var path = args.Length > 0 ? args[0] : Path.Combine("seeds", "000_23fa9f6dec8fb977.txt");
var published = new DateOnly(2025, 4, 5);
if (args.Length > 1 && !DateOnly.TryParseExact(args[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out published))
{
    Console.Error.WriteLine($"'{args[1]}' is not a date: write it as yyyy-MM-dd, for example 2025-04-05.");
    return 2;
}

if (!File.Exists(path))
{
    Console.Error.WriteLine($"{path}: no such file. Run from the repository root, or pass the path of an article.");
    return 2;
}

var culture = CultureInfo.GetCultureInfo("en-US");
var checker = new FactCheckerBuilder().WithCulture(culture).Build();   // build once, reuse for every document
var report = checker.Check(new Document(File.ReadAllText(path), published, culture, source: path));

// The library's own text renderer: findings first, then claims, then mentions.
new TextReportRenderer(culture, useColor: !Console.IsOutputRedirected).Render(report, Console.Out);
Console.WriteLine();

var table = new Table().Border(TableBorder.Rounded).Title($"Every figure and date in {Markup.Escape(path)}");
table.AddColumn("#");
table.AddColumn("Kind");
table.AddColumn("Text");
table.AddColumn(new TableColumn("Value").RightAligned());
table.AddColumn("Unit");
table.AddColumn(new TableColumn("Stands for").RightAligned());
table.AddColumn("Resolved date");
for (var i = 0; i < report.Mentions.Count; i++)
{
    var m = report.Mentions[i];
    var date = m.Date is { } d
        ? d.IsResolved ? $"{d.Start:yyyy-MM-dd} to {d.End:yyyy-MM-dd} ({d.Grain})" : $"unresolved: {d.UnresolvedReason}"
        : string.Empty;
    table.AddRow(
        i.ToString(culture),
        m.Kind.ToString(),
        Markup.Escape(m.Text),
        m.Date is null ? m.Value.ToString("#,0.##########", culture) : string.Empty,
        Markup.Escape(m.Unit),
        m.Date is null ? $"{m.Low.ToString("#,0.##########", culture)} to {m.High.ToString("#,0.##########", culture)}" : string.Empty,
        Markup.Escape(date));
}

if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = 160;   // a pipe or a file has no width of its own: keep each row on one line
}

AnsiConsole.Write(table);
return 0;
