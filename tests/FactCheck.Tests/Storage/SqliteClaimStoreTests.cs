using FactCheck.Storage;
using FactCheck.Storage.Sqlite;
using FactCheck.Tests.Cli;
using Microsoft.Data.Sqlite;
using Xunit;

namespace FactCheck.Tests.Storage;

public sealed class SqliteClaimStoreTests : ClaimStoreContractTests, IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    [Fact]
    public async Task OpenAsync_FileOfAnotherProgram_ThrowsClaimStoreException()
    {
        var path = Path.Combine(_directory.Path, "other.db");
        using (var connection = new SqliteConnection("Data Source=" + path))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER)";
            command.ExecuteNonQuery();
        }

        var error = await Assert.ThrowsAsync<ClaimStoreException>(() => SqliteClaimStore.OpenAsync(path));

        Assert.Contains("is not a FactCheck claim store", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_TextFile_ThrowsClaimStoreException()
    {
        var path = _directory.Write("notes.db", "not a database, only some words that fill more than a header of a page of a file");

        var error = await Assert.ThrowsAsync<ClaimStoreException>(() => SqliteClaimStore.OpenAsync(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    protected override async Task<IClaimStore> OpenAsync(string name) =>
        await SqliteClaimStore.OpenAsync(Path.Combine(_directory.Path, name + ".db"));

    protected override Task SetSchemaVersionAsync(string name, int version)
    {
        using var connection = new SqliteConnection("Data Source=" + Path.Combine(_directory.Path, name + ".db"));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE factcheck_schema SET version = {version}";
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }
}
