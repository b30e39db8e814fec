using System.Globalization;

namespace FactCheck.Cli;

/// <summary>The validated options of <c>factcheck check</c> and <c>factcheck baseline</c>.</summary>
internal sealed record CheckSettings(
    IReadOnlyList<string> Paths,
    DateOnly? Published,
    CultureInfo Culture,
    IReadOnlyList<string> Facts,
    string Format,
    string? Output,
    string FailOn,
    int Parallel,
    bool Together = false)
{
    /// <summary>Whether <see cref="Culture"/> was given with <c>--culture</c> (else the configuration's, if any, wins).</summary>
    public bool CultureGiven { get; init; }

    /// <summary>The configuration file given with <c>--config</c>; else one is looked for.</summary>
    public string? Config { get; init; }

    /// <summary>The baseline file given with <c>--baseline</c>; else one is looked for.</summary>
    public string? Baseline { get; init; }

    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>The claim store given with <c>--against</c>: each document is also checked against its claims.</summary>
    public string? Against { get; init; }

    /// <summary>Print the stack trace of an internal error, and the time and peak memory of the run.</summary>
    public bool Verbose { get; init; }

    /// <summary>Run as <c>factcheck baseline</c>: record the findings instead of reporting them.</summary>
    public bool WriteBaseline { get; init; }

    /// <summary>Who publishes the ClaimReview markup, where and when (<c>--format claimreview</c>).</summary>
    public FactCheck.Reports.Rendering.ClaimReviewOptions? ClaimReview { get; init; }
}
