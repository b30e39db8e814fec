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
        return RunAsync((connection, ct) => DocumentRows.FindContentHashAsync(connection, documentId, ct), cancellationToken);
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
                var outcome = await DocumentRows.ReplaceAsync(connection, document, ct).ConfigureAwait(false);
                if (outcome == IndexOutcome.Unchanged)
                {
                    return outcome;
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
                return outcome;
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
        RunAsync((connection, ct) => DocumentRows.CountAsync(connection, ct), cancellationToken);

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
        var version = await SchemaMigrator.MigrateAsync(
            connection,
            Path,
            "SELECT count(*), sum(name = 'factcheck_schema') FROM sqlite_master WHERE type = 'table'",
            Migrations,
            cancellationToken).ConfigureAwait(false);
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
