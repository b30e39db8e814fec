using FactCheck.Reports;

namespace FactCheck.Cli;

/// <summary>What became of one input: its report and how long it took, or why it was skipped.</summary>
internal sealed record CheckOutcome(InputFile File, FactCheckReport? Report, TimeSpan Elapsed, string? Skipped);
