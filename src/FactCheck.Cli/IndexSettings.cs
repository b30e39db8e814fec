using System.Globalization;

namespace FactCheck.Cli;

/// <summary>The validated options of <c>factcheck index</c>.</summary>
internal sealed record IndexSettings(
    IReadOnlyList<string> Paths,
    string Store,
    DateOnly? Published,
    CultureInfo Culture,
    int Parallel,
    IReadOnlyList<string> Exclude,
    bool Verbose);
