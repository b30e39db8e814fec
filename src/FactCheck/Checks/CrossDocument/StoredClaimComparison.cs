using System.Globalization;
using FactCheck.Checks.Internal;
using FactCheck.Claims;
using FactCheck.Reports;
using FactCheck.Storage;

namespace FactCheck.Checks.CrossDocument;

/// <summary>
/// The <c>cross-document</c> rule against a claim store: each comparable claim of a new document meets only the stored
/// claims of its key (<see cref="ClaimKey"/>), and is compared with them as <see cref="CrossDocumentCheck"/> compares
/// documents held in memory.
/// </summary>
internal static class StoredClaimComparison
{
    /// <summary>A claim of a report as a store keeps it.</summary>
    public static ClaimRecord Record(Claim claim, FactCheckReport report) =>
        ClaimRecord.From(claim, report.Document, Figure.FromClaim(claim, report.Mentions).Text.Trim(), Restatements.IsComparable(claim));

    /// <summary>What to ask the store for: one lookup per key of the report's comparable claims.</summary>
    public static IReadOnlyList<ClaimLookup> Lookups(IEnumerable<ClaimRecord> records, int presentTenseWindowDays) =>
        records.Where(r => r.Comparable)
            .Select(r => r.Key.IsPresent && r.Period?.Start is DateOnly day
                ? new ClaimLookup(r.Key, day.AddDays(-presentTenseWindowDays), day.AddDays(presentTenseWindowDays))
                : new ClaimLookup(r.Key))
            .Distinct()
            .ToArray();

    /// <summary>The conflicts of the report's claims with stored ones: for each claim, the first stored claim it conflicts with.</summary>
    public static IReadOnlyList<StoreFinding> Compare(CrossDocumentCheck check, FactCheckReport report, IReadOnlyList<ClaimRecord> stored, CancellationToken cancellationToken)
    {
        // A claim found by two lookups of one key (two windows of days) is one candidate.
        var byKey = stored
            .DistinctBy(r => r.QualifiedId, StringComparer.Ordinal)
            .Where(r => r.Comparable && !string.Equals(r.DocumentId, report.Document.Source, StringComparison.Ordinal))
            .OrderBy(r => r.DocumentPublished ?? DateOnly.MaxValue)
            .ThenBy(r => r.DocumentId, StringComparer.Ordinal)
            .ThenBy(r => r.Span.Start)
            .GroupBy(r => r.Key)
            .ToDictionary(g => g.Key, g => g.Select(r => (Record: r, Claim: r.ToClaim())).ToArray());
        var found = new List<StoreFinding>();
        foreach (var claim in report.Claims.Where(Restatements.IsComparable))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = Record(claim, report);
            if (!byKey.TryGetValue(record.Key, out var candidates))
            {
                continue;
            }

            foreach (var (other, otherClaim) in candidates)
            {
                if (check.Conflicts(otherClaim, claim))
                {
                    found.Add(Describe(check.Options, report, claim, record, other, otherClaim));
                    break;
                }
            }
        }

        return found.OrderByDescending(f => f.Finding.Severity).ToArray();
    }

    private static StoreFinding Describe(CrossDocumentOptions options, FactCheckReport report, Claim claim, ClaimRecord record, ClaimRecord other, Claim otherClaim)
    {
        var subject = Quantities.Name(claim);
        var figure = record.FigureText;
        var otherFigure = other.FigureText;
        var published = other.DocumentPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date";
        var attributed = other.Attribution is null ? string.Empty : ", according to " + other.Attribution + ",";
        var finding = new Finding(
            RuleIds.CrossDocument,
            options.Severity,
            $"{report.Document.Source} gives {subject} as {figure}; {other.DocumentId} (published {published}) gives {otherFigure}{attributed} for the same time. Both cannot be true.",
            [claim.Id],
            [Figure.FromClaim(claim, report.Mentions).Span],
            Restatements.Computation(otherClaim, claim, options.RelativeTolerance),
            $"use one figure for {subject} in both documents: {otherFigure} or {figure}")
        {
            OtherDocument = other.DocumentId,
        };
        return new StoreFinding(finding, other);
    }
}
