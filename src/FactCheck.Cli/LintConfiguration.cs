using System.Globalization;

namespace FactCheck.Cli;

/// <summary>A <c>.factcheck.json</c>: the rules and their settings, the culture, the default publication date, the
/// paths left out and the findings suppressed.</summary>
internal sealed class LintConfiguration
{
    public const string FileName = ".factcheck.json";

    /// <summary>The empty configuration, used when no file is found.</summary>
    public static LintConfiguration None { get; } = new();

    /// <summary>The file it was read from, or <see langword="null"/> for none.</summary>
    public string? Path { get; init; }

    public CultureInfo? Culture { get; init; }

    public DateOnly? Published { get; init; }

    public IReadOnlyDictionary<string, RuleSetting> Rules { get; init; } = new Dictionary<string, RuleSetting>();

    /// <summary>Globs of paths not to check, relative to the configuration's directory.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    /// <summary>
    /// Finds the configuration for a run: the first <see cref="FileName"/> in the directory the paths have in
    /// common or any directory above it.
    /// </summary>
    public static string? Find(IEnumerable<string> paths, string fileName = FileName)
    {
        for (var directory = CommonDirectory(paths); directory is not null; directory = System.IO.Path.GetDirectoryName(directory))
        {
            var candidate = System.IO.Path.Combine(directory, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The deepest directory holding every given path (a glob counts from its fixed part; - is the current directory).</summary>
    public static string CommonDirectory(IEnumerable<string> paths)
    {
        string? common = null;
        foreach (var path in paths)
        {
            var directory = DirectoryOf(path);
            common = common is null ? directory : Common(common, directory);
        }

        return common ?? Directory.GetCurrentDirectory();
    }

    private static string DirectoryOf(string path)
    {
        if (path == InputFile.StandardInput)
        {
            return Directory.GetCurrentDirectory();
        }

        var wildcard = path.AsSpan().IndexOfAny("*?[");
        if (wildcard >= 0)
        {
            path = path[..wildcard];
            var slash = path.LastIndexOfAny(['/', '\\']);
            path = slash < 0 ? "." : path[..(slash + 1)];
        }

        var full = System.IO.Path.GetFullPath(path);
        return Directory.Exists(full) ? full.TrimEnd(System.IO.Path.DirectorySeparatorChar) : System.IO.Path.GetDirectoryName(full) ?? full;
    }

    private static string Common(string a, string b)
    {
        while (!IsUnder(b, a) && System.IO.Path.GetDirectoryName(a) is { } parent)
        {
            a = parent;
        }

        return a;
    }

    private static bool IsUnder(string path, string directory) =>
        path == directory || path.StartsWith(directory.EndsWith(System.IO.Path.DirectorySeparatorChar) ? directory : directory + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);
}

/// <summary>A finding silenced by the configuration: its rule, the text of its span and, optionally, the files it applies to.</summary>
internal sealed record Suppression(string RuleId, string Text, string? File);
