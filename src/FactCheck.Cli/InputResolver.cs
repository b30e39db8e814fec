using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace FactCheck.Cli;

/// <summary>Turns the paths given on the command line into files: files as given, directories searched recursively, globs expanded.</summary>
internal static class InputResolver
{
    public static readonly string[] DirectoryExtensions = [".txt", ".md"];

    public static (List<InputFile> Files, List<InputProblem> Problems) Resolve(IEnumerable<string> paths)
    {
        var files = new List<InputFile>();
        var problems = new List<InputProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string path, string outputName)
        {
            var key = path == InputFile.StandardInput ? path : Path.GetFullPath(path);
            if (seen.Add(key))
            {
                files.Add(new InputFile(path, outputName));
            }
        }

        foreach (var path in paths)
        {
            if (path == InputFile.StandardInput)
            {
                Add(path, "stdin");
            }
            else if (File.Exists(path))
            {
                Add(path, Path.GetFileName(path));
            }
            else if (Directory.Exists(path))
            {
                var found = SearchDirectory(path);
                if (found.Count == 0)
                {
                    problems.Add(new InputProblem(path, "directory has no .txt or .md files to read"));
                }

                foreach (var file in found)
                {
                    Add(file, Path.GetRelativePath(path, file));
                }
            }
            else if (IsGlob(path))
            {
                var found = ExpandGlob(path);
                if (found.Count == 0)
                {
                    problems.Add(new InputProblem(path, "no file matches this pattern"));
                }

                foreach (var file in found)
                {
                    Add(file, Path.GetFileName(file));
                }
            }
            else
            {
                problems.Add(new InputProblem(path, "no such file or directory"));
            }
        }

        return (files, problems);
    }

    private static List<string> SearchDirectory(string directory)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        return Directory.EnumerateFiles(directory, "*", options)
            .Where(f => DirectoryExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !Path.GetRelativePath(directory, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsGlob(string path) => path.AsSpan().IndexOfAny("*?[") >= 0;

    private static List<string> ExpandGlob(string pattern)
    {
        // The fixed part of the pattern (up to the first segment with a wildcard) is the directory searched.
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && !IsGlob(segments[fixedCount]))
        {
            fixedCount++;
        }

        var root = fixedCount == 0 ? "." : string.Join('/', segments[..fixedCount]);
        if (root.Length == 0)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments[fixedCount..]));
        var result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root)));
        return result.Files
            .Select(f => fixedCount == 0 ? f.Path : Path.Combine(root, f.Path))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
