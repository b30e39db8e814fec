using Npgsql;

namespace FactCheck.Tests.Storage;

/// <summary>
/// The PostgreSQL server the tests run against, named by <see cref="Variable"/> (.ci/run starts one on the loopback
/// interface). Each store of a test lives in a schema of its own, dropped afterwards.
/// </summary>
internal sealed class PostgreSqlServer : IDisposable
{
    public const string Variable = "FACTCHECK_TEST_POSTGRES";

    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..10] + "_";
    private readonly HashSet<string> _schemas = [];

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable) ?? throw new InvalidOperationException(Variable + " is not set.");

    /// <summary>A connection string whose tables go into a schema of this test's own, created when first asked for.</summary>
    public string Schema(string name)
    {
        var schema = _prefix + name.Replace('-', '_');
        if (_schemas.Add(schema))
        {
            Execute($"CREATE SCHEMA {schema}");
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema, Pooling = false }.ConnectionString;
    }

    public void Execute(string sql, string? connectionString = null)
    {
        using var connection = new NpgsqlConnection(connectionString ?? ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public List<string> Rows(string connectionString) =>
        Query(connectionString, "SELECT d.id || ' ' || d.content_hash || ' ' || c.claim_id || ' ' || c.record FROM documents d JOIN claims c ON c.document_id = d.id ORDER BY d.id, c.claim_id");

    private static List<string> Query(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    /// <summary>Each document's claim count as its row records it.</summary>
    public List<string> ClaimCounts(string connectionString) =>
        Query(connectionString, "SELECT id || ' ' || claim_count FROM documents ORDER BY id");

    /// <summary>Each document's claim count as the claims table holds them.</summary>
    public List<string> StoredClaimCounts(string connectionString) =>
        Query(connectionString, "SELECT d.id || ' ' || count(c.claim_id) FROM documents d LEFT JOIN claims c ON c.document_id = d.id GROUP BY d.id ORDER BY d.id");

    public void Dispose()
    {
        foreach (var schema in _schemas)
        {
            Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }
}
