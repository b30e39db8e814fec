using System.Diagnostics;
using System.Globalization;
using FactCheck.Cli;
using Microsoft.Data.Sqlite;
using Xunit;

namespace FactCheck.Tests.Cli;

public sealed class IndexRunnerTests : IDisposable
{
    private const int Articles = 400;

    private readonly TempDirectory _directory = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task Index_ThenCheckAgainst_ReportsTheConflictNamingTheStoredDocument()
    {
        var story = _directory.Write("wire/acme.txt", "---\npublished: 2005-01-10\n---\nAcme Motors' pre-tax profits rose to £5.2bn in 2004, the company said.\n");
        var correction = _directory.Write("paper/acme.txt", "---\npublished: 2005-01-12\n---\nAcme Motors' pre-tax profits rose to £4.4bn in 2004, the firm said.\n");
        var store = Path.Combine(_directory.Path, "claims.db");

        var index = await CliRun.RunAsync(["index", story, "--store", store]);
        var check = await CliRun.RunAsync(["check", correction, "--against", store, "--format", "json"]);

        Assert.True(index.ExitCode == 0, index.ToString());
        Assert.Contains("1 added, 0 replaced, 0 unchanged", index.Error, StringComparison.Ordinal);
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("gives £5.2bn, according to company, for the same time", check.Output, StringComparison.Ordinal);
        Assert.Contains("(published 2005-01-10)", check.Output, StringComparison.Ordinal);
        Assert.Contains("\"otherDocument\": \"" + story.Replace("\\", "\\\\", StringComparison.Ordinal) + "\"", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_Twice_SecondRunChangesNothing()
    {
        var story = _directory.Write("acme.txt", "---\npublished: 2005-01-10\n---\nAcme Motors' pre-tax profits rose to £5.2bn in 2004.\n");
        var store = Path.Combine(_directory.Path, "claims.db");

        await CliRun.RunAsync(["index", story, "--store", store]);
        var again = await CliRun.RunAsync(["index", story, "--store", store]);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 added, 0 replaced, 1 unchanged", again.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index")]
    [InlineData("check")]
    public async Task StoreThatCannotBeOpened_OneLineAndExitCode2(string command)
    {
        var story = _directory.Write("acme.txt", "Acme Motors' pre-tax profits rose to £5.2bn in 2004.\n");
        var store = _directory.Write("notes.db", "a text file, not a database: a store cannot be made of it, whatever its name says");
        string[] args = command == "index" ? ["index", story, "--store", store] : ["check", story, "--against", store];

        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("factcheck: error: the claim store " + store + " cannot be used:", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_KilledHalfWayAndRunAgain_GivesTheStoreOfOneRun()
    {
        var articles = Path.Combine(_directory.Path, "articles");
        // Enough documents that the run is still indexing when it is killed, on a quick machine too.
        for (var i = 0; i < Articles; i++)
        {
            _directory.Write(
                $"articles/{i:D3}.txt",
                string.Create(CultureInfo.InvariantCulture, $"---\npublished: 2005-01-{1 + (i % 28):D2}\n---\nCompany {i} Holdings said its pre-tax profits rose to £{i + 1}.2bn in 2004, up from £{i + 1}.0bn in 2003. It employs {1000 + i} people in Wales, and its shares rose {i % 9 + 1}% on Monday.\n"));
        }

        var resumed = Path.Combine(_directory.Path, "resumed.db");
        var whole = Path.Combine(_directory.Path, "whole.db");
        // A document of its own first: while the models warm up, a busy machine may cut its recognition short (see
        // PostgreSqlClaimStoreTests), and the comparison is about the store, not about that.
        var warm = _directory.Write("warm.txt", "The company said its sales rose 5% in 2004 to $3.1bn, up from $2.9bn a year earlier.\n");
        using (var process = StartTool("index", warm, articles, "--store", resumed, "--parallel", "1"))
        {
            while (Documents(resumed) < 6 && !process.HasExited)
            {
                await Task.Delay(20);
            }

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var killedAt = Documents(resumed);
        Assert.InRange(killedAt, 2, Articles);
        Assert.Equal(0, (await CliRun.RunAsync(["index", articles, "--store", resumed])).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync(["index", articles, "--store", whole])).ExitCode);

        Assert.Equal(Rows(whole), Rows(resumed).Where(r => !r.Contains(warm, StringComparison.Ordinal)));
        Assert.Equal(Articles + 1, Documents(resumed));
    }

    internal static Process StartTool(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(typeof(IndexRunner).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static long Documents(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            return long.Parse(Query(path, "SELECT count(*) FROM documents")[0], CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private static List<string> Rows(string path) =>
        Query(path, "SELECT d.id || ' ' || d.content_hash || ' ' || c.claim_id || ' ' || c.record FROM documents d JOIN claims c ON c.document_id = d.id ORDER BY d.id, c.claim_id");

    private static List<string> Query(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return rows;
    }
}
