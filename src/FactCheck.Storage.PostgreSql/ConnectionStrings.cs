using Npgsql;

namespace FactCheck.Storage.PostgreSql;

/// <summary>Reads a <c>postgresql://</c> URL into the key-value connection string Npgsql takes.</summary>
internal static class ConnectionStrings
{
    public static string FromUrl(string value)
    {
        if (!value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var url))
        {
            throw new ArgumentException("The PostgreSQL URL cannot be read.", nameof(value));
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = url.Host };
        if (url.Port > 0)
        {
            builder.Port = url.Port;
        }

        var user = url.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        var database = url.AbsolutePath.Trim('/');
        if (database.Length > 0)
        {
            builder.Database = Uri.UnescapeDataString(database);
        }

        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(parts[0])] = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
        }

        return builder.ConnectionString;
    }
}
