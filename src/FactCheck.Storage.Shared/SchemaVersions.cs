namespace FactCheck.Storage.Shared;

/// <summary>The schema version every store of this FactCheck writes and reads, and what a store of another says.</summary>
internal static class SchemaVersions
{
    /// <summary>
    /// The current version. Version 1: documents (id, publication date, content hash) and claims (the indexed key
    /// columns and the record as JSON), indexed by subject key, measure, unit and period.
    /// </summary>
    public const int Current = 1;

    public static string Newer(string store, int version) =>
        $"the claim store {store} has schema version {version}, newer than this FactCheck reads ({Current}); use a newer FactCheck or another store";

    public static string Foreign(string store) =>
        $"{store} is not a FactCheck claim store (it holds other tables and no factcheck_schema table)";
}
