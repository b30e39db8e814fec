using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Text;
using FactCheck.Reports.Json;

namespace FactCheck.Reports.Rendering;

/// <summary>Maps a report onto the JSON document shape. Every string is made well-formed UTF-16 first.</summary>
internal static class JsonReportMapper
{
    /// <summary>Maps <paramref name="report"/>; <paramref name="toolVersion"/> (the library's when <see langword="null"/>) names the writer.</summary>
    public static JsonReport Map(FactCheckReport report, string? toolVersion)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = report.Document.Text;
        return new JsonReport
        {
            Schema = JsonReport.SchemaUri,
            SchemaVersion = JsonReport.CurrentSchemaVersion,
            ToolVersion = SafeText.WellFormed(string.IsNullOrWhiteSpace(toolVersion) ? Diagnostics.LibraryVersion.Value : toolVersion),
            Source = SafeText.WellFormed(report.Document.Source),
            Published = report.Document.Published is { } published ? RenderNames.Date(published) : null,
            Culture = report.Document.Culture?.Name,
            HighestSeverity = report.HighestSeverity is { } highest ? RenderNames.Of(highest) : null,
            Mentions = report.Mentions.Select(MapMention).ToArray(),
            Claims = report.Claims.Select(MapClaim).ToArray(),
            Findings = report.Findings.Select(f => MapFinding(f, text)).ToArray(),
        };
    }

    /// <summary>Maps the result of checking documents together; a finding names each of its documents by its place in <see cref="CrossDocumentReport.Reports"/>.</summary>
    public static JsonCrossDocumentReport Map(CrossDocumentReport report, string? toolVersion)
    {
        ArgumentNullException.ThrowIfNull(report);
        var version = SafeText.WellFormed(string.IsNullOrWhiteSpace(toolVersion) ? Diagnostics.LibraryVersion.Value : toolVersion);
        return new JsonCrossDocumentReport
        {
            Schema = JsonReport.SchemaUri,
            SchemaVersion = JsonReport.CurrentSchemaVersion,
            ToolVersion = version,
            HighestSeverity = report.HighestSeverity is { } highest ? RenderNames.Of(highest) : null,
            Documents = report.Reports.Select(r => Map(r, version)).ToArray(),
            Findings = report.Findings.Select(f => new JsonCrossDocumentFinding
            {
                RuleId = SafeText.WellFormed(f.Finding.RuleId),
                Severity = RenderNames.Of(f.Finding.Severity),
                Message = SafeText.WellFormed(f.Finding.Message),
                Document = MapFindingDocument(report.IndexOf(f.Document), f.Document, f.Finding.ClaimIds, f.Finding.Spans),
                OtherDocument = MapFindingDocument(report.IndexOf(f.OtherDocument), f.OtherDocument, f.OtherClaimIds, f.OtherSpans),
                Computation = MapComputation(f.Finding.Computation),
                Suggestion = f.Finding.Suggestion is { } suggestion ? SafeText.WellFormed(suggestion) : null,
            }).ToArray(),
        };
    }

    private static JsonFindingDocument MapFindingDocument(int index, Document document, IReadOnlyList<string> claims, IReadOnlyList<TextSpan> spans) => new()
    {
        Index = index,
        Source = SafeText.WellFormed(document.Source),
        Claims = claims.Select(SafeText.WellFormed).ToArray(),
        Spans = spans.Select(span => MapSpan(span, document.Text)).ToArray(),
    };

    private static JsonMention MapMention(Mention mention) => new()
    {
        Kind = RenderNames.Of(mention.Kind),
        Text = SafeText.WellFormed(mention.Text),
        Start = mention.Span.Start,
        End = mention.Span.End,
        Value = mention.Value,
        Unit = SafeText.WellFormed(mention.Unit),
        Low = mention.Low,
        High = mention.High,
        Qualifier = mention.Qualifier == Qualifier.None ? null : RenderNames.Of(mention.Qualifier),
        Decimals = mention.Decimals,
        ResolvedStart = mention.Date?.Start is { } start ? RenderNames.Date(start) : null,
        ResolvedEnd = mention.Date?.End is { } end ? RenderNames.Date(end) : null,
        Grain = mention.Date is { } date ? RenderNames.Of(date.Grain) : null,
        Timex = mention.Date is { } timex ? SafeText.WellFormed(timex.Timex) : null,
        UnresolvedReason = mention.Date?.UnresolvedReason is { } reason ? SafeText.WellFormed(reason) : null,
    };

    private static JsonClaim MapClaim(Claim claim) => new()
    {
        Id = SafeText.WellFormed(claim.Id),
        Kind = RenderNames.Of(claim.Kind),
        Text = SafeText.WellFormed(claim.Text),
        Start = claim.Span.Start,
        End = claim.Span.End,
        Value = claim.Value,
        Unit = SafeText.WellFormed(claim.Unit),
        Low = claim.Low,
        High = claim.High,
        PreviousValue = claim.PreviousValue,
        Qualifier = RenderNames.Of(claim.Qualifier),
        Direction = RenderNames.Of(claim.Direction),
        Subject = SafeText.WellFormed(claim.Subject),
        SubjectKey = SafeText.WellFormed(claim.SubjectKey),
        Entities = claim.Entities.Select(SafeText.WellFormed).ToArray(),
        Entity = SafeText.WellFormed(claim.Entity),
        EntityResolution = RenderNames.Of(claim.EntityResolution),
        Quantity = SafeText.WellFormed(claim.Quantity),
        Measure = RenderNames.Of(claim.Measure),
        Modality = RenderNames.Of(claim.Modality),
        Time = MapTime(claim.Time),
        PreviousTime = MapTime(claim.PreviousTime),
        EffectiveDate = MapTime(claim.EffectiveDate),
        Source = claim.Source is { } source ? SafeText.WellFormed(source.Name) : null,
        SourceSpan = claim.Source is { } s ? new JsonSpan { Start = s.Span.Start, End = s.Span.End, Text = SafeText.WellFormed(s.Name) } : null,
        SourceDate = claim.Source?.Date?.Start is { } sourceDate ? RenderNames.Date(sourceDate) : null,
        SourceEntity = claim.Source?.Entity is { } sourceEntity ? SafeText.WellFormed(sourceEntity) : null,
        Related = claim.Related.Select(SafeText.WellFormed).ToArray(),
        Mentions = claim.MentionIndices,
    };

    private static JsonClaimTime? MapTime(ClaimTime? time) => time is null ? null : new JsonClaimTime
    {
        Text = SafeText.WellFormed(time.Text),
        Start = time.Span?.Start,
        End = time.Span?.End,
        ResolvedStart = time.Date?.Start is { } start ? RenderNames.Date(start) : null,
        ResolvedEnd = time.Date?.End is { } end ? RenderNames.Date(end) : null,
        Grain = time.Date is { } date ? RenderNames.Of(date.Grain) : null,
        FromPublicationDate = time.FromPublicationDate,
        Basis = RenderNames.Of(time.Basis),
    };

    private static JsonFinding MapFinding(Finding finding, string text) => new()
    {
        RuleId = SafeText.WellFormed(finding.RuleId),
        Severity = RenderNames.Of(finding.Severity),
        Message = SafeText.WellFormed(finding.Message),
        Claims = finding.ClaimIds.Select(SafeText.WellFormed).ToArray(),
        Spans = finding.Spans.Select(span => MapSpan(span, text)).ToArray(),
        Computation = MapComputation(finding.Computation),
        Suggestion = finding.Suggestion is { } suggestion ? SafeText.WellFormed(suggestion) : null,
        OtherDocument = finding.OtherDocument is { } other ? SafeText.WellFormed(other) : null,
    };

    private static JsonComputation? MapComputation(Computation? computation) => computation is null ? null : new JsonComputation
    {
        Formula = SafeText.WellFormed(computation.Formula),
        Inputs = WellFormedKeys(computation.Inputs),
        Result = computation.Result,
        Tolerance = computation.Tolerance,
    };

    private static Dictionary<string, decimal> WellFormedKeys(IReadOnlyDictionary<string, decimal> inputs)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (name, value) in inputs)
        {
            result.TryAdd(SafeText.WellFormed(name), value);
        }

        return result;
    }

    private static JsonSpan MapSpan(TextSpan span, string text) =>
        new() { Start = span.Start, End = span.End, Text = SafeText.WellFormed(SafeText.Slice(text, span)) };
}
