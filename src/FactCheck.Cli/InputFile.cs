namespace FactCheck.Cli;

/// <summary>A document to read: a file (with the name to give its report) or standard input.</summary>
/// <param name="Path">The path as given or found, or <c>-</c> for standard input.</param>
/// <param name="OutputName">The relative name of the report when reports are written to a directory.</param>
internal sealed record InputFile(string Path, string OutputName)
{
    public const string StandardInput = "-";

    public bool IsStandardInput => Path == StandardInput;

    public string DisplayName => IsStandardInput ? "stdin" : Path;
}
