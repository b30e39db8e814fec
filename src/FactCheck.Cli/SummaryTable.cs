using System.Globalization;
using FactCheck.Reports;
using Spectre.Console;

namespace FactCheck.Cli;

/// <summary>The table printed after checking several documents: one row per document, then the totals.</summary>
internal static class SummaryTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<CheckOutcome> outcomes, TimeSpan total)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("factcheck summary");
        table.AddColumn("Document");
        table.AddColumn("Status");
        table.AddColumn(new TableColumn("Mentions").RightAligned());
        table.AddColumn(new TableColumn("Claims").RightAligned());
        table.AddColumn(new TableColumn("[red]Errors[/]").RightAligned());
        table.AddColumn(new TableColumn("[yellow]Warnings[/]").RightAligned());
        table.AddColumn(new TableColumn("[blue]Info[/]").RightAligned());
        table.AddColumn(new TableColumn("Time").RightAligned());

        int mentions = 0, claims = 0, errors = 0, warnings = 0, infos = 0, documents = 0;
        foreach (var outcome in outcomes)
        {
            if (outcome.Report is not { } report)
            {
                table.AddRow(
                    new Markup(Markup.Escape(outcome.File.DisplayName)),
                    new Markup("[red]skipped:[/] " + Markup.Escape(outcome.Skipped ?? string.Empty)),
                    Spectre.Console.Text.Empty,
                    Spectre.Console.Text.Empty,
                    Spectre.Console.Text.Empty,
                    Spectre.Console.Text.Empty,
                    Spectre.Console.Text.Empty,
                    Spectre.Console.Text.Empty);
                continue;
            }

            documents++;
            var e = report.Findings.Count(f => f.Severity == Severity.Error);
            var w = report.Findings.Count(f => f.Severity == Severity.Warning);
            var i = report.Findings.Count(f => f.Severity == Severity.Info);
            mentions += report.Mentions.Count;
            claims += report.Claims.Count;
            errors += e;
            warnings += w;
            infos += i;
            table.AddRow(
                Markup.Escape(outcome.File.DisplayName),
                "checked",
                Number(report.Mentions.Count),
                Number(report.Claims.Count),
                e > 0 ? $"[red]{Number(e)}[/]" : "0",
                w > 0 ? $"[yellow]{Number(w)}[/]" : "0",
                Number(i),
                Milliseconds(outcome.Elapsed));
        }

        var skipped = outcomes.Count - documents;
        var label = string.Create(CultureInfo.InvariantCulture, $"[bold]{documents} document(s){(skipped > 0 ? $", {skipped} skipped" : string.Empty)}[/]");
        table.AddRow(label, string.Empty, Number(mentions), Number(claims), Number(errors), Number(warnings), Number(infos), Milliseconds(total));
        console.Write(table);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Milliseconds(TimeSpan time) =>
        time.TotalMilliseconds.ToString("#,0", CultureInfo.InvariantCulture) + " ms";
}
