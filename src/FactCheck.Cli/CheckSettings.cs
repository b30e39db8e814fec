using System.Globalization;

namespace FactCheck.Cli;

/// <summary>The validated options of <c>factcheck check</c>.</summary>
internal sealed record CheckSettings(
    IReadOnlyList<string> Paths,
    DateOnly? Published,
    CultureInfo Culture,
    IReadOnlyList<string> Facts,
    string Format,
    string? Output,
    string FailOn,
    int Parallel,
    bool Together = false);
