using FactCheck.Storage;
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

    /// <exception cref="ClaimStoreException">The store cannot be used.</exception>
    public static async Task<IClaimStore> OpenAsync(string store, CancellationToken cancellationToken)
    {
        if (IsPostgreSql(store))
        {
            throw new ClaimStoreException("PostgreSQL stores are not supported by this build of factcheck");
        }

        return await SqliteClaimStore.OpenAsync(store, cancellationToken).ConfigureAwait(false);
    }
}
