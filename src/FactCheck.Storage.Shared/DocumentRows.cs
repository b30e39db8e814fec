using System.Data.Common;
using System.Globalization;

namespace FactCheck.Storage.Shared;

/// <summary>The statements every store runs the same way on its documents table (both drivers take <c>@name</c> parameters).</summary>
internal static class DocumentRows
{
    public static async Task<string?> FindContentHashAsync(DbConnection connection, string documentId, CancellationToken cancellationToken)
    {
        using var command = Command(connection, "SELECT content_hash FROM documents WHERE id = @id", ("@id", documentId));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>
    /// Inside the caller's transaction: leaves a document stored with the same content hash as it is; otherwise deletes
    /// its claims and writes its row, for the caller to insert the claims.
    /// </summary>
    /// <returns>What indexing does; for <see cref="IndexOutcome.Unchanged"/> nothing was written.</returns>
    public static async Task<IndexOutcome> ReplaceAsync(DbConnection connection, StoredDocument document, CancellationToken cancellationToken)
    {
        var stored = await FindContentHashAsync(connection, document.Id, cancellationToken).ConfigureAwait(false);
        if (string.Equals(stored, document.ContentHash, StringComparison.Ordinal))
        {
            return IndexOutcome.Unchanged;
        }

        using (var delete = Command(connection, "DELETE FROM claims WHERE document_id = @id", ("@id", document.Id)))
        {
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using var upsert = Command(
            connection,
            "INSERT INTO documents (id, published, content_hash, claim_count) VALUES (@id, @published, @hash, @count) "
            + "ON CONFLICT (id) DO UPDATE SET published = excluded.published, content_hash = excluded.content_hash, claim_count = excluded.claim_count",
            ("@id", document.Id),
            ("@published", ClaimRecordJson.Date(document.Published)),
            ("@hash", document.ContentHash),
            ("@count", document.Claims.Count));
        await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return stored is null ? IndexOutcome.Added : IndexOutcome.Replaced;
    }

    public static async Task<ClaimStoreCounts> CountAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        using var command = Command(connection, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM claims)");
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new ClaimStoreCounts(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The SQL is the store's own; values go in parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
