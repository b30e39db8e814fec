using System.Globalization;
using Spectre.Console;

namespace FactCheck.Cli;

/// <summary>
/// The table printed after checking several documents: one row per document, then the totals. Past
/// <see cref="MaxRows"/> documents only the skipped ones and those with findings are listed, up to that many,
/// since a table of a whole tree would take longer to draw than the tree to check.
/// </summary>
internal static class SummaryTable
{
    public const int MaxRows = 200;

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

        var listed = 0;
        foreach (var row in rows)
        {
            var worthListing = rows.Count <= MaxRows || row.Skipped is not null || row.Errors + row.Warnings + row.Infos > 0;
            if (!worthListing || ++listed > MaxRows)
            {
                continue;
            }

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

            table.AddRow(
                Markup.Escape(row.File.DisplayName),
                "checked",
                Number(row.Mentions),
                Number(row.Claims),
                row.Errors > 0 ? $"[red]{Number(row.Errors)}[/]" : "0",
                row.Warnings > 0 ? $"[yellow]{Number(row.Warnings)}[/]" : "0",
                Number(row.Infos));
        }

        if (listed > MaxRows)
        {
            table.AddRow(string.Create(CultureInfo.InvariantCulture, $"… {listed - MaxRows} more with findings or skipped"), string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        }

        var read = rows.Where(r => r.Skipped is null).ToList();
        var documents = read.Count;
        var skipped = rows.Count - documents;
        var label = string.Create(CultureInfo.InvariantCulture, $"[bold]{documents} document(s){(skipped > 0 ? $", {skipped} skipped" : string.Empty)}[/] in {Milliseconds(total)}");
        table.AddRow(
            label,
            string.Empty,
            Number(read.Sum(r => r.Mentions)),
            Number(read.Sum(r => r.Claims)),
            Number(read.Sum(r => r.Errors)),
            Number(read.Sum(r => r.Warnings)),
            Number(read.Sum(r => r.Infos)));
        console.Write(table);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Milliseconds(TimeSpan time) =>
        time.TotalMilliseconds.ToString("#,0", CultureInfo.InvariantCulture) + " ms";
}
