using System.Diagnostics.CodeAnalysis;

namespace FactCheck.Reference;

/// <summary>
/// A table of trusted facts for the <c>reference</c> check, read from CSV or JSON or built in code. Immutable.
/// </summary>
/// <remarks>
/// <para>Columns (CSV header or JSON property names, case and <c>_</c> ignored): <c>subject</c>, <c>measure</c>
/// (rate, growth, amount, price, count or share), <c>value</c> (invariant number: <c>29</c>, <c>7000000000</c>),
/// <c>unit</c> (<c>%</c>, <c>pp</c>, <c>x</c>, an ISO 4217 code such as <c>USD</c>, or empty for counts) and
/// <c>source</c> are required; <c>valid_from</c> and <c>valid_to</c> (<c>yyyy-MM-dd</c>, inclusive) and
/// <c>tolerance</c> (in the unit) are optional.</para>
/// <para>Every row is checked: a missing column, an unknown column, a bad number, a bad date, a row with the wrong
/// number of fields, or two rows for the same subject, measure and unit with overlapping dates are each reported with
/// the file and line, and the file then gives no facts at all.</para>
/// </remarks>
/// <example>
/// <code>
/// subject,measure,value,unit,valid_from,valid_to,source,tolerance
/// duty on exports from Pakistan to the US,rate,10,%,,2025-04-08,US tariff schedule,
/// duty on exports from Pakistan to the US,rate,29,%,2025-04-09,,US tariff schedule,
/// </code>
/// </example>
public sealed class ReferenceFacts
{
    /// <summary>Creates a table from facts built in code.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two facts have the same subject, measure and unit with overlapping dates.</exception>
    public ReferenceFacts(IEnumerable<ReferenceFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var list = facts.ToArray();
        for (var j = 0; j < list.Length; j++)
        {
            ArgumentNullException.ThrowIfNull(list[j], nameof(facts));
            for (var i = 0; i < j; i++)
            {
                if (FactRowParser.Duplicates(list[i], list[j]))
                {
                    throw new ArgumentException($"Two facts for '{list[j].Subject}' ({list[j].Measure}, {list[j].Unit}) overlap in time.", nameof(facts));
                }
            }
        }

        Facts = list;
    }

    /// <summary>A table with no facts.</summary>
    public static ReferenceFacts Empty { get; } = new([]);

    /// <summary>The facts, in file order.</summary>
    public IReadOnlyList<ReferenceFact> Facts { get; }

    /// <summary>Reads a fact file, CSV or JSON by its extension (<c>.json</c> is JSON, anything else CSV).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The facts, or every error with its line; never a part of the file.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static ReferenceFactsLoadResult Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? LoadJson(path) : LoadCsv(path);
    }

    /// <summary>Reads a fact file, CSV or JSON by its extension, the <c>TryX</c> way.</summary>
    /// <param name="path">The file.</param>
    /// <param name="facts">The facts when every row was good; otherwise <see langword="null"/>.</param>
    /// <param name="errors">Every error with its line; empty on success.</param>
    /// <returns>Whether the whole file was read.</returns>
    public static bool TryLoad(string path, [NotNullWhen(true)] out ReferenceFacts? facts, out IReadOnlyList<ReferenceFactError> errors)
    {
        var result = Load(path);
        facts = result.Facts;
        errors = result.Errors;
        return result.Succeeded;
    }

    /// <summary>Reads a CSV fact file (UTF-8, comma-separated, a header row first; lines starting with <c>#</c> are comments).</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static ReferenceFactsLoadResult LoadCsv(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (ReadFile(path, out var text) is ReferenceFactError error)
        {
            return new ReferenceFactsLoadResult(path, null, [error]);
        }

        using var reader = new StringReader(text!);
        return CsvFactReader.Read(reader, path);
    }

    /// <summary>Reads a JSON fact file: an array of fact objects, or an object with a <c>facts</c> array.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static ReferenceFactsLoadResult LoadJson(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (ReadFile(path, out var text) is ReferenceFactError error)
        {
            return new ReferenceFactsLoadResult(path, null, [error]);
        }

        return JsonFactReader.Read(text!, path);
    }

    /// <summary>Reads CSV facts from a reader.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="name">The name used for the text in errors, such as a file name.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ReferenceFactsLoadResult ParseCsv(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        return CsvFactReader.Read(reader, name);
    }

    /// <summary>Reads JSON facts from a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="name">The name used for the text in errors, such as a file name.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ReferenceFactsLoadResult ParseJson(string json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(name);
        return JsonFactReader.Read(json, name);
    }

    private static ReferenceFactError? ReadFile(string path, out string? text)
    {
        text = null;
        try
        {
            text = File.ReadAllText(path);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return new ReferenceFactError(path, 0, "The file cannot be read: " + ex.Message);
        }
    }
}
