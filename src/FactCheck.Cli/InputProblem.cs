using System.Globalization;

namespace FactCheck.Cli;

/// <summary>A piece of input that could not be used: a file, a directory, an option value. Printed as one line.</summary>
internal sealed record InputProblem(string Path, string Message, int? Line = null)
{
    public override string ToString() => Line is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"{Path}:{line}: error: {Message}")
        : $"{Path}: error: {Message}";
}
