using System.Globalization;
using Spectre.Console;

namespace FactCheck.Cli;

/// <summary>The table printed after checking several documents: one row per document, then the totals.</summary>
internal static class SummaryTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<SummaryRow> rows, TimeSpan total)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("factcheck summary");
        table.AddColumn("Document");
        table.AddColumn("Status");
        table.AddColumn(new TableColumn("Mentions").RightAligned());
        table.AddColumn(new TableColumn("Claims").RightAligned());
        table.AddColumn(new TableColumn("[red]Errors[/]").RightAligned());
        table.AddColumn(new TableColumn("[yellow]Warnings[/]").RightAligned());
        table.AddColumn(new TableColumn("[blue]Info[/]").RightAligned());

        int mentions = 0, claims = 0, errors = 0, warnings = 0, infos = 0, documents = 0;
        foreach (var row in rows)
        {
            if (row.Skipped is not null)
            {
                table.AddRow(
                    new Markup(Markup.Escape(row.File.DisplayName)),
                    new Markup("[red]skipped:[/] " + Markup.Escape(row.Skipped)),
                    Spectre.Console.Text.Empty,
                    Spectre.Console.Text.Empty,
                    Spectre.Console.Text.Empty,
                    Spectre.Console.Text.Empty,
                    Spectre.Console.Text.Empty);
                continue;
            }

            documents++;
            mentions += row.Mentions;
            claims += row.Claims;
            errors += row.Errors;
            warnings += row.Warnings;
            infos += row.Infos;
            table.AddRow(
                Markup.Escape(row.File.DisplayName),
                "checked",
                Number(row.Mentions),
                Number(row.Claims),
                row.Errors > 0 ? $"[red]{Number(row.Errors)}[/]" : "0",
                row.Warnings > 0 ? $"[yellow]{Number(row.Warnings)}[/]" : "0",
                Number(row.Infos));
        }

        var skipped = rows.Count - documents;
        var label = string.Create(CultureInfo.InvariantCulture, $"[bold]{documents} document(s){(skipped > 0 ? $", {skipped} skipped" : string.Empty)}[/] in {Milliseconds(total)}");
        table.AddRow(label, string.Empty, Number(mentions), Number(claims), Number(errors), Number(warnings), Number(infos));
        console.Write(table);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Milliseconds(TimeSpan time) =>
        time.TotalMilliseconds.ToString("#,0", CultureInfo.InvariantCulture) + " ms";
}
