using Microsoft.Extensions.FileSystemGlobbing;

namespace FactCheck.Cli;

/// <summary>
/// The paths not to check: <c>--exclude</c> globs (relative to the current directory) and the configuration's
/// <c>exclude</c> globs (relative to the configuration's directory). A glob with no <c>/</c> ("*.draft.md") matches
/// a file's name wherever it is, as in .gitignore. A file named on the command line is excluded too when it matches.
/// </summary>
internal sealed class Exclusions
{
    private readonly List<(string Root, Matcher Matcher)> _matchers = [];
    private readonly Matcher _names = new(StringComparison.Ordinal);
    private bool _anyName;

    public Exclusions(IReadOnlyList<string> fromCommandLine, LintConfiguration configuration)
    {
        Add(Directory.GetCurrentDirectory(), fromCommandLine);
        if (configuration.Path is { } path)
        {
            Add(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", configuration.Exclude);
        }
    }

    public bool Excludes(InputFile file)
    {
        if (file.IsStandardInput)
        {
            return false;
        }

        var full = Path.GetFullPath(file.Path);
        return (_anyName && _names.Match(Path.GetFileName(full)).HasMatches) || _matchers.Exists(m => m.Matcher.Match(m.Root, full).HasMatches);
    }

    private void Add(string root, IReadOnlyList<string> globs)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        var any = false;
        foreach (var glob in globs)
        {
            if (glob.Contains('/', StringComparison.Ordinal))
            {
                matcher.AddInclude(glob);
                any = true;
            }
            else
            {
                _names.AddInclude(glob);
                _anyName = true;
            }
        }

        if (any)
        {
            _matchers.Add((root, matcher));
        }
    }
}
