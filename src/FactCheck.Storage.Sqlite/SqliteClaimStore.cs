using System.Globalization;
using FactCheck.Storage.Shared;
using Microsoft.Data.Sqlite;

namespace FactCheck.Storage.Sqlite;

/// <summary>
/// A claim store in one SQLite file: nothing to install, one writer at a time (other writers wait their turn), readers
/// alongside. Each document is stored in one transaction. Open it with <see cref="OpenAsync"/>; safe to use from several
/// threads at once.
/// </summary>
public sealed class SqliteClaimStore : IClaimStore
{
    // Each entry takes the schema from the version before it to the next one; the first creates it.
    private static readonly string[][] Migrations =
    [
        [
            """
            CREATE TABLE documents (
                id TEXT NOT NULL PRIMARY KEY,
                published TEXT NULL,
                content_hash TEXT NOT NULL,
                claim_count INTEGER NOT NULL)
            """,
            """
            CREATE TABLE claims (
                document_id TEXT NOT NULL,
                claim_id TEXT NOT NULL,
                subject_key TEXT NOT NULL,
                measure TEXT NOT NULL,
                unit TEXT NOT NULL,
                period TEXT NOT NULL,
                period_start TEXT NULL,
                comparable INTEGER NOT NULL,
                record TEXT NOT NULL,
                PRIMARY KEY (document_id, claim_id))
            """,
            "CREATE INDEX claims_by_key ON claims (subject_key, measure, unit, period, period_start) WHERE comparable = 1",
        ],
    ];

    private static readonly string[] ClaimParameters = ["$doc", "$claim", "$subject", "$measure", "$unit", "$period", "$start", "$comparable", "$record"];

    private readonly string _connectionString;

    private SqliteClaimStore(string path, string connectionString)
    {
        Path = path;
        _connectionString = connectionString;
    }

    /// <summary>The schema version this store writes and reads.</summary>
    public static int SchemaVersion => SchemaVersions.Current;

    /// <summary>The file of the store.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the store in a file, creating the file when there is none and bringing an older schema up to date.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ClaimStoreException">The file cannot be opened or created, is not a claim store, or has a newer schema version.</exception>
    public static async Task<SqliteClaimStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
        var store = new SqliteClaimStore(full, connectionString);
        await store.RunAsync(store.MigrateAsync, cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <inheritdoc />
    public Task<string?> FindContentHashAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return RunAsync(
            async (connection, ct) =>
            {
                using var command = Command(connection, "SELECT content_hash FROM documents WHERE id = $id", ("$id", documentId));
                return (string?)await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IndexOutcome> IndexAsync(StoredDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return RunAsync(
            async (connection, ct) =>
            {
                // IMMEDIATE: take the write lock before reading the hash, so two writers of one document cannot both add it.
                using var transaction = connection.BeginTransaction(deferred: false);
                using var find = Command(connection, "SELECT content_hash FROM documents WHERE id = $id", ("$id", document.Id));
                var stored = (string?)await find.ExecuteScalarAsync(ct).ConfigureAwait(false);
                if (string.Equals(stored, document.ContentHash, StringComparison.Ordinal))
                {
                    return IndexOutcome.Unchanged;
                }

                using (var delete = Command(connection, "DELETE FROM claims WHERE document_id = $id", ("$id", document.Id)))
                {
                    await delete.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                using (var upsert = Command(
                    connection,
                    "INSERT INTO documents (id, published, content_hash, claim_count) VALUES ($id, $published, $hash, $count) "
                    + "ON CONFLICT (id) DO UPDATE SET published = excluded.published, content_hash = excluded.content_hash, claim_count = excluded.claim_count",
                    ("$id", document.Id),
                    ("$published", ClaimRecordJson.Date(document.Published)),
                    ("$hash", document.ContentHash),
                    ("$count", document.Claims.Count)))
                {
                    await upsert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                using var insert = Command(
                    connection,
                    "INSERT INTO claims (document_id, claim_id, subject_key, measure, unit, period, period_start, comparable, record) "
                    + "VALUES ($doc, $claim, $subject, $measure, $unit, $period, $start, $comparable, $record)");
                var parameters = ClaimParameters
                    .Select(name => insert.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
                foreach (var claim in document.Claims)
                {
                    var values = KeyColumns.Of(claim);
                    for (var i = 0; i < values.Length; i++)
                    {
                        parameters[i].Value = values[i] ?? DBNull.Value;
                    }

                    await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                await transaction.CommitAsync(ct).ConfigureAwait(false);
                return stored is null ? IndexOutcome.Added : IndexOutcome.Replaced;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ClaimRecord>> FindAsync(IReadOnlyCollection<ClaimLookup> lookups, string? excludedDocumentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookups);
        return RunAsync<IReadOnlyList<ClaimRecord>>(
            async (connection, ct) =>
            {
                using var command = Command(
                    connection,
                    "SELECT record FROM claims WHERE subject_key = $subject AND measure = $measure AND unit = $unit AND period = $period AND comparable = 1 "
                    + "AND ($earliest IS NULL OR period_start IS NULL OR period_start >= $earliest) "
                    + "AND ($latest IS NULL OR period_start IS NULL OR period_start <= $latest) "
                    + "AND ($excluded IS NULL OR document_id <> $excluded)",
                    ("$subject", null),
                    ("$measure", null),
                    ("$unit", null),
                    ("$period", null),
                    ("$earliest", null),
                    ("$latest", null),
                    ("$excluded", excludedDocumentId));
                var found = new List<ClaimRecord>();
                foreach (var lookup in lookups.Distinct())
                {
                    command.Parameters["$subject"].Value = lookup.Key.SubjectKey;
                    command.Parameters["$measure"].Value = lookup.Key.Measure.ToString();
                    command.Parameters["$unit"].Value = lookup.Key.Unit;
                    command.Parameters["$period"].Value = lookup.Key.Period;
                    command.Parameters["$earliest"].Value = (object?)ClaimRecordJson.Date(lookup.Earliest) ?? DBNull.Value;
                    command.Parameters["$latest"].Value = (object?)ClaimRecordJson.Date(lookup.Latest) ?? DBNull.Value;
                    using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                    while (await reader.ReadAsync(ct).ConfigureAwait(false))
                    {
                        found.Add(ClaimRecordJson.Read(reader.GetString(0)));
                    }
                }

                return found;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ClaimStoreCounts> CountAsync(CancellationToken cancellationToken = default) =>
        RunAsync(
            async (connection, ct) =>
            {
                using var command = Command(connection, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM claims)");
                using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                await reader.ReadAsync(ct).ConfigureAwait(false);
                return new ClaimStoreCounts(reader.GetInt64(0), reader.GetInt64(1));
            },
            cancellationToken);

    /// <inheritdoc />
    public override string ToString() => Path;

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private async Task<int> MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using (var wal = Command(connection, "PRAGMA journal_mode = WAL"))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        using var tables = Command(connection, "SELECT count(*), sum(name = 'factcheck_schema') FROM sqlite_master WHERE type = 'table'");
        using (var reader = await tables.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (reader.GetInt64(0) > 0 && (reader.IsDBNull(1) || reader.GetInt64(1) == 0))
            {
                throw new ClaimStoreException(SchemaVersions.Foreign(Path));
            }
        }

        using (var create = Command(connection, "CREATE TABLE IF NOT EXISTS factcheck_schema (version INTEGER NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using var read = Command(connection, "SELECT max(version) FROM factcheck_schema");
        var found = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        var version = found is null or DBNull ? 0 : Convert.ToInt32(found, CultureInfo.InvariantCulture);
        if (version > SchemaVersions.Current)
        {
            throw new ClaimStoreException(SchemaVersions.Newer(Path, version));
        }

        for (var next = version; next < SchemaVersions.Current; next++)
        {
            foreach (var sql in Migrations[next])
            {
                using var step = Command(connection, sql);
                await step.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        if (version < SchemaVersions.Current)
        {
            using var record = Command(connection, "DELETE FROM factcheck_schema; INSERT INTO factcheck_schema (version) VALUES ($version)", ("$version", SchemaVersions.Current));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return version;
    }

    /// <summary>Runs one unit of work on a pooled connection; a failure of SQLite becomes one clear <see cref="ClaimStoreException"/>.</summary>
    private async Task<T> RunAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            var connection = new SqliteConnection(_connectionString);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                using (var pragma = Command(connection, "PRAGMA synchronous = NORMAL"))
                {
                    await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                return await work(connection, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (SqliteException ex)
        {
            throw new ClaimStoreException($"the claim store {Path} cannot be used: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
    }
}
