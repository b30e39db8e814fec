using FactCheck.Storage;
using FactCheck.Storage.PostgreSql;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Cli;

/// <summary>Opens the store that <c>--store</c> or <c>--against</c> names: a PostgreSQL connection string, else a SQLite file.</summary>
internal static class ClaimStores
{
    /// <summary>Whether the value is a PostgreSQL connection string (<c>postgres://…</c>, <c>postgresql://…</c> or <c>Host=…;…</c>) rather than a file.</summary>
    public static bool IsPostgreSql(string store) =>
        store.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || store.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (store.Contains('=', StringComparison.Ordinal) && store.Contains("host", StringComparison.OrdinalIgnoreCase));

    /// <exception cref="ClaimStoreException">The store cannot be used (a connection string Npgsql cannot read is one too).</exception>
    public static async Task<IClaimStore> OpenAsync(string store, CancellationToken cancellationToken)
    {
        if (IsPostgreSql(store))
        {
            try
            {
                return await PostgreSqlClaimStore.OpenAsync(store, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException ex)
            {
                // Not the value itself: it may hold a password.
                throw new ClaimStoreException("the PostgreSQL connection string cannot be read: " + ex.Message.ReplaceLineEndings(" "), ex);
            }
        }

        return await SqliteClaimStore.OpenAsync(store, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the store's connections, when it keeps any.</summary>
    public static ValueTask CloseAsync(IClaimStore? store) =>
        store is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
