using System.Globalization;
using FactCheck.Storage;
using FactCheck.Storage.PostgreSql;
using FactCheck.Tests.Cli;
using Xunit;

namespace FactCheck.Tests.Storage;

[RequiresServer(PostgreSqlServer.Variable)]
public sealed class PostgreSqlClaimStoreTests : ClaimStoreContractTests, IDisposable
{
    private readonly PostgreSqlServer _server = new();
    private readonly List<PostgreSqlClaimStore> _stores = [];

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _server.Dispose();
    }

    [StoreFact]
    public async Task OpenAsync_SchemaWithOtherTables_ThrowsClaimStoreException()
    {
        var connection = _server.Schema("foreign");
        _server.Execute("CREATE TABLE invoices (id integer)", connection);

        var error = await Assert.ThrowsAsync<ClaimStoreException>(() => PostgreSqlClaimStore.OpenAsync(connection));

        Assert.Contains("is not a FactCheck claim store", error.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Index_SeveralProcessesAtOnce_GiveTheStoreOfOneProcess()
    {
        using var directory = new TempDirectory();
        var files = Enumerable.Range(0, 24).Select(i => directory.Write(
            $"{i:D2}.txt",
            string.Create(CultureInfo.InvariantCulture, $"---\npublished: 2005-02-{1 + (i % 28):D2}\n---\nCompany {i} Holdings said its pre-tax profits rose to £{i + 1}.2bn in 2004. It employs {1000 + i} people in Wales.\n"))).ToArray();
        var shared = _server.Schema("shared");
        var alone = _server.Schema("alone");

        // Each process takes the files in another order, so that they meet on the same documents at once. Each reads a
        // document of its own first: the first document of a process on a busy machine may lose figures to a recognition
        // timeout while the models warm up, which would make its claims differ for reasons that are not the store's.
        var processes = Enumerable.Range(0, 4)
            .Select(p => IndexRunnerTests.StartTool(
            [
                "index",
                directory.Write($"warm/{p}.txt", "The company said its sales rose 5% in 2004 to $3.1bn, up from $2.9bn a year earlier.\n"),
                .. files.Skip(p * 6).Concat(files.Take(p * 6)),
                "--store", shared, "--parallel", "1",
            ]))
            .ToList();
        var notes = new List<string>();
        foreach (var process in processes)
        {
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, error);
            notes.AddRange(error.Split('\n'));
            process.Dispose();
        }

        var one = await CliRun.RunAsync(["index", .. files, "--store", alone]);
        Assert.Equal(0, one.ExitCode);
        notes.AddRange(one.ErrorLines);

        // A document whose recognition timed out on the busy machine (each such run says so) may hold fewer claims:
        // that is the reading, not the store. Every other document must be stored as one process stores it.
        var timedOut = notes.Where(n => n.Contains(": note: recognition timed out", StringComparison.Ordinal)).Select(n => n[..n.IndexOf(": note:", StringComparison.Ordinal)]).ToHashSet();
        bool Compared(string row) => !row.Contains("/warm/", StringComparison.Ordinal) && !timedOut.Contains(row.Split(' ')[0]);
        var expected = _server.Rows(alone);
        var actual = _server.Rows(shared);
        Assert.Equal(24, expected.Select(r => r.Split(' ')[0]).Distinct().Count());
        Assert.Equal(24, actual.Where(r => !r.Contains("/warm/", StringComparison.Ordinal)).Select(r => r.Split(' ')[0]).Distinct().Count());
        Assert.InRange(timedOut.Count, 0, 6);
        Assert.Equal(expected.Where(Compared), actual.Where(Compared));
        Assert.Equal(_server.ClaimCounts(shared), _server.StoredClaimCounts(shared));
    }

    protected override async Task<IClaimStore> OpenAsync(string name)
    {
        var store = await PostgreSqlClaimStore.OpenAsync(_server.Schema(name));
        _stores.Add(store);
        return store;
    }

    protected override Task SetSchemaVersionAsync(string name, int version)
    {
        _server.Execute($"UPDATE factcheck_schema SET version = {version}", _server.Schema(name));
        return Task.CompletedTask;
    }
}
