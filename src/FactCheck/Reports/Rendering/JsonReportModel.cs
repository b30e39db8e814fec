using System.Text.Json.Serialization;

namespace FactCheck.Reports.Rendering;

/// <summary>
/// The JSON document shape (camelCase). Stable: fields are added, never renamed. Optional fields are left out
/// when they have no value; <c>published</c> is always written (null when unknown).
/// </summary>
internal static class JsonReportModel
{
    internal sealed class DocumentDto
    {
        public required string Source { get; init; }

        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public string? Published { get; init; }

        public string? Culture { get; init; }

        public string? HighestSeverity { get; init; }

        public required IReadOnlyList<MentionDto> Mentions { get; init; }

        public required IReadOnlyList<ClaimDto> Claims { get; init; }

        public required IReadOnlyList<FindingDto> Findings { get; init; }
    }

    internal sealed class MentionDto
    {
        public required string Kind { get; init; }

        public required string Text { get; init; }

        public int Start { get; init; }

        public int End { get; init; }

        public decimal Value { get; init; }

        public required string Unit { get; init; }

        public decimal Low { get; init; }

        public decimal High { get; init; }

        public string? Qualifier { get; init; }

        public int Decimals { get; init; }

        public string? ResolvedStart { get; init; }

        public string? ResolvedEnd { get; init; }

        public string? Grain { get; init; }

        public string? Timex { get; init; }

        public string? UnresolvedReason { get; init; }
    }

    internal sealed class ClaimDto
    {
        public required string Id { get; init; }

        public required string Kind { get; init; }

        public required string Text { get; init; }

        public int Start { get; init; }

        public int End { get; init; }

        public decimal Value { get; init; }

        public required string Unit { get; init; }

        public decimal Low { get; init; }

        public decimal High { get; init; }

        public decimal? PreviousValue { get; init; }

        public required string Qualifier { get; init; }

        public required string Direction { get; init; }

        public required string Subject { get; init; }

        public required string SubjectKey { get; init; }

        public required IReadOnlyList<string> Entities { get; init; }

        public required string Entity { get; init; }

        public required string EntityResolution { get; init; }

        public required string Quantity { get; init; }

        public required string Measure { get; init; }

        public TimeDto? Time { get; init; }

        public TimeDto? PreviousTime { get; init; }

        public TimeDto? EffectiveDate { get; init; }

        public string? Source { get; init; }

        public SpanDto? SourceSpan { get; init; }

        public string? SourceDate { get; init; }

        public required IReadOnlyList<string> Related { get; init; }

        public required IReadOnlyList<int> Mentions { get; init; }
    }

    internal sealed class TimeDto
    {
        public required string Text { get; init; }

        public int? Start { get; init; }

        public int? End { get; init; }

        public string? ResolvedStart { get; init; }

        public string? ResolvedEnd { get; init; }

        public string? Grain { get; init; }

        public bool FromPublicationDate { get; init; }

        public required string Basis { get; init; }
    }

    internal sealed class FindingDto
    {
        public required string RuleId { get; init; }

        public required string Severity { get; init; }

        public required string Message { get; init; }

        public required IReadOnlyList<string> Claims { get; init; }

        public required IReadOnlyList<SpanDto> Spans { get; init; }

        public ComputationDto? Computation { get; init; }

        public string? Suggestion { get; init; }

        public string? OtherDocument { get; init; }
    }

    internal sealed class SpanDto
    {
        public int Start { get; init; }

        public int End { get; init; }

        public required string Text { get; init; }
    }

    internal sealed class ComputationDto
    {
        public required string Formula { get; init; }

        public required IReadOnlyDictionary<string, decimal> Inputs { get; init; }

        public decimal? Result { get; init; }

        public decimal? Tolerance { get; init; }
    }
}
