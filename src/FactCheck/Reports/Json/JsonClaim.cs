namespace FactCheck.Reports.Json;

/// <summary>A claim of the JSON document (<see cref="JsonReport.Claims"/>): a figure tied to what it measures.</summary>
public sealed class JsonClaim
{
    /// <summary>The claim's id within its document (<c>c1</c>); findings name claims by it.</summary>
    public required string Id { get; init; }

    /// <summary>The kind: <c>level</c>, <c>change</c>, <c>fromTo</c>, <c>range</c>, <c>share</c>, <c>comparison</c>, <c>rank</c> or <c>event</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The words of the claim.</summary>
    public required string Text { get; init; }

    /// <summary>Where the words start, in UTF-16 code units.</summary>
    public int Start { get; init; }

    /// <summary>Where the words end (exclusive), in UTF-16 code units.</summary>
    public int End { get; init; }

    /// <summary>The value claimed.</summary>
    public decimal Value { get; init; }

    /// <summary>The unit: <c>%</c>, <c>pp</c>, <c>x</c>, an ISO 4217 code, or empty for counts.</summary>
    public required string Unit { get; init; }

    /// <summary>The lowest value the text allows.</summary>
    public decimal Low { get; init; }

    /// <summary>The highest value the text allows.</summary>
    public decimal High { get; init; }

    /// <summary>For pairs and comparisons: the earlier value.</summary>
    public decimal? PreviousValue { get; init; }

    /// <summary>The hedge (<c>none</c>, <c>about</c>, <c>moreThan</c>, …).</summary>
    public required string Qualifier { get; init; }

    /// <summary>The direction of a change: <c>up</c>, <c>down</c> or <c>none</c>.</summary>
    public required string Direction { get; init; }

    /// <summary>The subject as the text names it.</summary>
    public required string Subject { get; init; }

    /// <summary>The normalized subject, for comparing claims.</summary>
    public required string SubjectKey { get; init; }

    /// <summary>The entities named, the resolved one first.</summary>
    public required IReadOnlyList<string> Entities { get; init; }

    /// <summary>Who or what the figure is about.</summary>
    public required string Entity { get; init; }

    /// <summary>How the entity was found: <c>named</c>, <c>reference</c>, <c>clauseSubject</c>, <c>topic</c>, …</summary>
    public required string EntityResolution { get; init; }

    /// <summary>The thing measured, without its entity.</summary>
    public required string Quantity { get; init; }

    /// <summary>The measure: <c>rate</c>, <c>growth</c>, <c>amount</c>, <c>price</c>, <c>count</c>, <c>share</c> or <c>unknown</c>.</summary>
    public required string Measure { get; init; }

    /// <summary>
    /// What the claim's wording says of its figure: <c>past</c> or <c>present</c> (what was or is), <c>future</c> (a forecast or
    /// what will or may be) or <c>plan</c>; <see langword="null"/> in reports written before it was reported.
    /// </summary>
    public string? Modality { get; init; }

    /// <summary>The period the claim is about.</summary>
    public JsonClaimTime? Time { get; init; }

    /// <summary>For pairs and changes: the period of the earlier value.</summary>
    public JsonClaimTime? PreviousTime { get; init; }

    /// <summary>When a measure takes effect, if the text says.</summary>
    public JsonClaimTime? EffectiveDate { get; init; }

    /// <summary>Who says so, when the text names a source.</summary>
    public string? Source { get; init; }

    /// <summary>Where the source is named.</summary>
    public JsonSpan? SourceSpan { get; init; }

    /// <summary>The date of the source (yyyy-MM-dd), when it has one.</summary>
    public string? SourceDate { get; init; }

    /// <summary>The firm the source's words point back to ("the company said"), when they name none.</summary>
    public string? SourceEntity { get; init; }

    /// <summary>The ids of related claims.</summary>
    public required IReadOnlyList<string> Related { get; init; }

    /// <summary>The indices of the claim's mentions in <see cref="JsonReport.Mentions"/>.</summary>
    public required IReadOnlyList<int> Mentions { get; init; }
}
