using System.Globalization;
using FactCheck.Storage.Shared;
using Npgsql;
using NpgsqlTypes;

namespace FactCheck.Storage.PostgreSql;

/// <summary>
/// A claim store in a PostgreSQL database, for several workers or machines writing and reading one store: each
/// document is stored in one transaction, under a lock on its id, so processes indexing the same documents at once
/// leave the store one process would. The tables live in the first schema of the connection's search path. Open it
/// with <see cref="OpenAsync"/>; safe to use from several threads at once; dispose it to close its connections.
/// </summary>
public sealed class PostgreSqlClaimStore : IClaimStore, IAsyncDisposable, IDisposable
{
    // Taken while the schema is created or migrated, so that workers opening one new store at once do it once.
    private const long MigrationLock = 0x46_43_53_54_4F_52_45;

    // Each entry takes the schema from the version before it to the next one; the first creates it.
    private static readonly string[][] Migrations =
    [
        [
            """
            CREATE TABLE documents (
                id text NOT NULL PRIMARY KEY,
                published text NULL,
                content_hash text NOT NULL,
                claim_count integer NOT NULL)
            """,
            """
            CREATE TABLE claims (
                document_id text NOT NULL,
                claim_id text NOT NULL,
                subject_key text NOT NULL,
                measure text NOT NULL,
                unit text NOT NULL,
                period text NOT NULL,
                period_start text NULL,
                comparable boolean NOT NULL,
                record text NOT NULL,
                PRIMARY KEY (document_id, claim_id))
            """,
            "CREATE INDEX claims_by_key ON claims (subject_key, measure, unit, period, period_start) WHERE comparable",
        ],
    ];

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _name;

    private PostgreSqlClaimStore(NpgsqlDataSource dataSource, string name)
    {
        _dataSource = dataSource;
        _name = name;
    }

    /// <summary>The schema version this store writes and reads.</summary>
    public static int SchemaVersion => SchemaVersions.Current;

    /// <summary>
    /// Opens the store, creating its tables when the schema has none and bringing an older schema up to date.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=…;Database=…;Username=…</c>) or a URL (<c>postgresql://user:password@host:port/database</c>).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty or not a connection string.</exception>
    /// <exception cref="ClaimStoreException">The server cannot be reached, refuses the connection, holds other tables in the schema, or has a newer schema version.</exception>
    public static async Task<PostgreSqlClaimStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(ConnectionStrings.FromUrl(connectionString));
        var name = string.Create(CultureInfo.InvariantCulture, $"postgresql://{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}");
        var store = new PostgreSqlClaimStore(NpgsqlDataSource.Create(builder), name);
        try
        {
            await store.RunAsync(store.MigrateAsync, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }

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
                using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);

                // One writer of a document at a time: the second one to come sees the first one's hash.
                using (var lockDocument = Command(connection, "SELECT pg_advisory_xact_lock(hashtextextended(@id, 0))", ("id", document.Id)))
                {
                    await lockDocument.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                var outcome = await DocumentRows.ReplaceAsync(connection, document, ct).ConfigureAwait(false);
                if (outcome == IndexOutcome.Unchanged)
                {
                    return outcome;
                }

                var import = await connection.BeginBinaryImportAsync(
                    "COPY claims (document_id, claim_id, subject_key, measure, unit, period, period_start, comparable, record) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
                await using (import.ConfigureAwait(false))
                {
                    foreach (var claim in document.Claims)
                    {
                        var values = KeyColumns.Of(claim);
                        await import.StartRowAsync(ct).ConfigureAwait(false);
                        for (var i = 0; i < values.Length; i++)
                        {
                            if (values[i] is int flag)
                            {
                                await import.WriteAsync(flag != 0, NpgsqlDbType.Boolean, ct).ConfigureAwait(false);
                            }
                            else if (values[i] is string text)
                            {
                                await import.WriteAsync(text, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                            }
                            else
                            {
                                await import.WriteNullAsync(ct).ConfigureAwait(false);
                            }
                        }
                    }

                    await import.CompleteAsync(ct).ConfigureAwait(false);
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
        var list = lookups.Distinct().ToArray();
        return RunAsync<IReadOnlyList<ClaimRecord>>(
            async (connection, ct) =>
            {
                // One round trip for all the keys of a document: the lookups as rows, joined with the index.
                using var command = Command(
                    connection,
                    "SELECT DISTINCT c.document_id, c.claim_id, c.record "
                    + "FROM unnest(@subjects, @measures, @units, @periods, @earliest, @latest) AS l(subject_key, measure, unit, period, earliest, latest) "
                    + "JOIN claims c ON c.subject_key = l.subject_key AND c.measure = l.measure AND c.unit = l.unit AND c.period = l.period "
                    + "WHERE c.comparable "
                    + "AND (l.earliest IS NULL OR c.period_start IS NULL OR c.period_start >= l.earliest) "
                    + "AND (l.latest IS NULL OR c.period_start IS NULL OR c.period_start <= l.latest) "
                    + "AND (@excluded::text IS NULL OR c.document_id <> @excluded::text)",
                    ("subjects", list.Select(l => l.Key.SubjectKey).ToArray()),
                    ("measures", list.Select(l => l.Key.Measure.ToString()).ToArray()),
                    ("units", list.Select(l => l.Key.Unit).ToArray()),
                    ("periods", list.Select(l => l.Key.Period).ToArray()),
                    ("earliest", list.Select(l => ClaimRecordJson.Date(l.Earliest)).ToArray()),
                    ("latest", list.Select(l => ClaimRecordJson.Date(l.Latest)).ToArray()),
                    ("excluded", excludedDocumentId));
                command.Parameters["excluded"].NpgsqlDbType = NpgsqlDbType.Text;
                foreach (var name in ArrayParameters)
                {
                    command.Parameters[name].NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text;
                }

                var found = new List<ClaimRecord>();
                using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    found.Add(ClaimRecordJson.Read(reader.GetString(2)));
                }

                return found;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ClaimStoreCounts> CountAsync(CancellationToken cancellationToken = default) =>
        RunAsync((connection, ct) => DocumentRows.CountAsync(connection, ct), cancellationToken);

    /// <summary>Closes the store's connections.</summary>
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>Closes the store's connections.</summary>
    public void Dispose() => _dataSource.Dispose();

    /// <summary>The server and database, without credentials.</summary>
    public override string ToString() => _name;

    private static readonly string[] ArrayParameters = ["subjects", "measures", "units", "periods", "earliest", "latest"];

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private async Task<int> MigrateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        using (var lockSchema = Command(connection, "SELECT pg_advisory_xact_lock(@key)", ("key", MigrationLock)))
        {
            await lockSchema.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var version = await SchemaMigrator.MigrateAsync(
            connection,
            _name,
            "SELECT count(*), count(*) FILTER (WHERE table_name = 'factcheck_schema') FROM information_schema.tables WHERE table_schema = current_schema()",
            Migrations,
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return version;
    }

    /// <summary>Runs one unit of work on a pooled connection; a failure of the server or the connection becomes one clear <see cref="ClaimStoreException"/>.</summary>
    private async Task<T> RunAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                return await work(connection, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (NpgsqlException ex)
        {
            throw new ClaimStoreException($"the claim store {_name} cannot be used: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
    }
}
