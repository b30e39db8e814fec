using System.Data.Common;
using System.Globalization;

namespace FactCheck.Storage.Shared;

/// <summary>
/// Brings a store's schema to <see cref="SchemaVersions.Current"/> inside the caller's transaction: refuses a database
/// that holds other tables and no <c>factcheck_schema</c> table, or a newer version; runs the migrations after the
/// recorded version, then records the current one.
/// </summary>
internal static class SchemaMigrator
{
    /// <param name="connection">The connection, in a transaction that holds the store's write lock.</param>
    /// <param name="store">The store's name, for messages.</param>
    /// <param name="tablesSql">A query of one row: how many tables the schema holds, and how many of them are named <c>factcheck_schema</c>.</param>
    /// <param name="migrations">Each entry takes the schema from the version before it to the next one; the first creates it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The version found.</returns>
    public static async Task<int> MigrateAsync(DbConnection connection, string store, string tablesSql, string[][] migrations, CancellationToken cancellationToken)
    {
        using (var tables = Command(connection, tablesSql))
        using (var reader = await tables.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture) > 0
                && (reader.IsDBNull(1) || Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture) == 0))
            {
                throw new ClaimStoreException(SchemaVersions.Foreign(store));
            }
        }

        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS factcheck_schema (version integer NOT NULL)", cancellationToken).ConfigureAwait(false);
        using var read = Command(connection, "SELECT max(version) FROM factcheck_schema");
        var found = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        var version = found is null or DBNull ? 0 : Convert.ToInt32(found, CultureInfo.InvariantCulture);
        if (version > SchemaVersions.Current)
        {
            throw new ClaimStoreException(SchemaVersions.Newer(store, version));
        }

        for (var next = version; next < SchemaVersions.Current; next++)
        {
            foreach (var sql in migrations[next])
            {
                await ExecuteAsync(connection, sql, cancellationToken).ConfigureAwait(false);
            }
        }

        if (version < SchemaVersions.Current)
        {
            await ExecuteAsync(connection, "DELETE FROM factcheck_schema", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"INSERT INTO factcheck_schema (version) VALUES ({SchemaVersions.Current})"), cancellationToken).ConfigureAwait(false);
        }

        return version;
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The SQL is the store's own, never the user's.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = Command(connection, sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
