using System.Globalization;
using System.Text.Json;
using Xunit;
using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Reports;

namespace FactCheck.Tests.Claims;

/// <summary>
/// Checks a report's claims against expectations written as data (the seed's <c>.claims.json</c> and
/// <c>ClaimCases.json</c>). Each expectation names the figure its claim is built on, as it reads in the text,
/// and lists only the fields it cares about; a field given as <c>null</c> must be absent.
/// </summary>
internal static class ClaimExpectations
{
    public static void AssertCount(FactCheckReport report, JsonElement expected, string context)
    {
        if (expected.TryGetProperty("count", out var count))
        {
            Assert.True(count.GetInt32() == report.Claims.Count, $"{context}: expected {count.GetInt32()} claims, found {report.Claims.Count}:{Environment.NewLine}{Describe(report)}");
        }
    }

    public static void AssertClaims(FactCheckReport report, JsonElement expectedClaims, string context)
    {
        foreach (var expected in expectedClaims.EnumerateArray())
        {
            var figure = expected.GetProperty("figure").GetString()!;
            var claim = Find(report, figure);
            Assert.True(claim is not null, $"{context}: no claim is built on '{figure}':{Environment.NewLine}{Describe(report)}");
            AssertClaim(report, claim!, expected, $"{context} [{figure}]");
        }
    }

    public static Claim? Find(FactCheckReport report, string figure)
    {
        // The claim whose main figure reads so; failing that, any claim that holds a mention reading so.
        foreach (var claim in report.Claims)
        {
            if (MainMention(report, claim) is { } main && main.Text.Equals(figure, StringComparison.OrdinalIgnoreCase))
            {
                return claim;
            }
        }

        return report.Claims.FirstOrDefault(c => c.MentionIndices.Any(i => report.Mentions[i].Text.Contains(figure, StringComparison.OrdinalIgnoreCase)))
            ?? report.Claims.FirstOrDefault(c => c.Text.Contains(figure, StringComparison.OrdinalIgnoreCase) && c.MentionIndices.Count > 0);
    }

    private static Mention? MainMention(FactCheckReport report, Claim claim) =>
        claim.MentionIndices.Select(i => report.Mentions[i]).FirstOrDefault(m => m.Value == claim.Value && m.Unit == claim.Unit && claim.Previous?.Span != m.Span && claim.StatedChange?.Span != m.Span);

    private static void AssertClaim(FactCheckReport report, Claim claim, JsonElement expected, string context)
    {
        var said = $"{context}: {Describe(report, claim)}";
        foreach (var property in expected.EnumerateObject())
        {
            var e = property.Value;
            switch (property.Name)
            {
                case "figure":
                    break;
                case "kind":
                    Assert.True(Camel(claim.Kind.ToString()) == e.GetString(), $"kind {e.GetString()} expected; {said}");
                    break;
                case "value":
                    Assert.True(e.GetDecimal() == claim.Value, $"value {e.GetDecimal()} expected; {said}");
                    break;
                case "unit":
                    Assert.True(e.GetString() == claim.Unit, $"unit {e.GetString()} expected; {said}");
                    break;
                case "low":
                    Assert.True(e.GetDecimal() == claim.Low, $"low {e.GetDecimal()} expected; {said}");
                    break;
                case "high":
                    Assert.True(e.GetDecimal() == claim.High, $"high {e.GetDecimal()} expected; {said}");
                    break;
                case "qualifier":
                    Assert.True(Camel(claim.Qualifier.ToString()) == e.GetString(), $"qualifier {e.GetString()} expected; {said}");
                    break;
                case "direction":
                    Assert.True(Camel(claim.Direction.ToString()) == e.GetString(), $"direction {e.GetString()} expected; {said}");
                    break;
                case "previous":
                    Assert.True(claim.Previous?.Value == e.GetDecimal() && claim.PreviousValue == e.GetDecimal(), $"previous {e.GetDecimal()} expected; {said}");
                    break;
                case "statedChange":
                    Assert.True(claim.StatedChange?.Value == e.GetDecimal(), $"stated change {e.GetDecimal()} expected; {said}");
                    break;
                case "whole":
                    Assert.True(claim.Whole?.Value == e.GetDecimal(), $"whole {e.GetDecimal()} expected; {said}");
                    break;
                case "comparedWith":
                    Assert.True(claim.ComparedWith?.Value == e.GetDecimal(), $"compared with {e.GetDecimal()} expected; {said}");
                    break;
                case "rank":
                    Assert.True(claim.Rank == e.GetInt32(), $"rank {e.GetInt32()} expected; {said}");
                    break;
                case "measure":
                    Assert.True(Camel(claim.Measure.ToString()) == e.GetString(), $"measure {e.GetString()} expected; {said}");
                    break;
                case "subject":
                    Assert.True(claim.Subject.Contains(e.GetString()!, StringComparison.Ordinal), $"subject containing '{e.GetString()}' expected; {said}");
                    break;
                case "subjectKey":
                    Assert.True(claim.SubjectKey == e.GetString(), $"subject key '{e.GetString()}' expected; {said}");
                    break;
                case "entities":
                    foreach (var entity in e.EnumerateArray())
                    {
                        Assert.True(claim.Entities.Contains(entity.GetString()!), $"entity '{entity.GetString()}' expected; {said}");
                    }

                    break;
                case "time":
                    AssertTime(claim.Time?.Date, e, $"time; {said}");
                    break;
                case "previousTime":
                    AssertTime(claim.PreviousTime?.Date, e, $"previous time; {said}");
                    break;
                case "entity":
                    Assert.True(claim.Entity == e.GetString(), $"entity '{e.GetString()}' expected; {said}");
                    break;
                case "entityResolution":
                    Assert.True(Camel(claim.EntityResolution.ToString()) == e.GetString(), $"entity resolution {e.GetString()} expected; {said}");
                    break;
                case "quantity":
                    Assert.True(claim.Quantity == e.GetString(), $"quantity '{e.GetString()}' expected; {said}");
                    break;
                case "timeFromPublication":
                    Assert.True(claim.Time?.FromPublicationDate == e.GetBoolean(), $"time from publication {e.GetBoolean()} expected; {said}");
                    break;
                case "effective":
                    AssertTime(claim.EffectiveDate?.Date, e, $"effective date; {said}");
                    break;
                case "source":
                    if (e.ValueKind == JsonValueKind.Null)
                    {
                        Assert.True(claim.Source is null, $"no source expected; {said}");
                    }
                    else
                    {
                        Assert.True(claim.Source?.Name.Contains(e.GetString()!, StringComparison.Ordinal) == true, $"source containing '{e.GetString()}' expected; {said}");
                    }

                    break;
                case "sourceDate":
                    AssertTime(claim.Source?.Date, e, $"source date; {said}");
                    break;
                case "sourceEntity":
                    Assert.True(claim.Source?.Entity == (e.ValueKind == JsonValueKind.Null ? null : e.GetString()), $"source entity '{e}' expected; {said}");
                    break;
                case "related":
                    var wanted = e.EnumerateArray().Select(r => Find(report, r.GetString()!)?.Id ?? $"<no claim on '{r.GetString()}'>").Order(StringComparer.Ordinal).ToArray();
                    Assert.True(wanted.SequenceEqual(claim.Related.Order(StringComparer.Ordinal)), $"related [{string.Join(", ", wanted)}] expected; {said}");
                    break;
                case "tariff":
                    AssertTariff(claim.Tariff, e, said);
                    break;
                default:
                    Assert.Fail($"{context}: unknown expectation '{property.Name}'");
                    break;
            }
        }
    }

    private static void AssertTariff(TariffDetails? tariff, JsonElement e, string said)
    {
        Assert.True(tariff is not null, $"tariff details expected; {said}");
        foreach (var property in e.EnumerateObject())
        {
            var v = property.Value;
            switch (property.Name)
            {
                case "imposer":
                    Assert.True(tariff!.Imposer == v.GetString(), $"imposer {v.GetString()} expected, got {tariff.Imposer}; {said}");
                    break;
                case "target":
                    Assert.True(tariff!.Target == v.GetString(), $"target {v.GetString()} expected, got {tariff.Target}; {said}");
                    break;
                case "goods":
                    Assert.True(tariff!.Goods == v.GetString(), $"goods {v.GetString()} expected, got {tariff.Goods}; {said}");
                    break;
                case "additional":
                    Assert.True(tariff!.IsAdditional == v.GetBoolean(), $"additional {v.GetBoolean()} expected; {said}");
                    break;
                case "previousRate":
                    Assert.True(tariff!.PreviousRate == v.GetDecimal(), $"previous rate {v.GetDecimal()} expected, got {tariff.PreviousRate}; {said}");
                    break;
                default:
                    Assert.Fail($"unknown tariff expectation '{property.Name}'");
                    break;
            }
        }
    }

    // "2025-01-01..2025-01-31", or one day "2025-04-05", or null for none.
    private static void AssertTime(DateValue? actual, JsonElement e, string said)
    {
        if (e.ValueKind == JsonValueKind.Null)
        {
            Assert.True(actual is null, $"none expected; {said}");
            return;
        }

        var parts = e.GetString()!.Split("..");
        var start = DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = parts.Length > 1 ? DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture) : start;
        Assert.True(actual?.Start == start && actual.End == end, $"{e.GetString()} expected; {said}");
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static string Describe(FactCheckReport report) => string.Join(Environment.NewLine, report.Claims.Select(c => Describe(report, c)));

    public static string Describe(FactCheckReport report, Claim c) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{c.Id} {c.Kind} {c.Measure} {c.Value} {c.Unit} [{c.Low},{c.High}] {c.Qualifier} {c.Direction} prev={c.Previous?.Value} change={c.StatedChange?.Value} whole={c.Whole?.Value} vs={c.ComparedWith?.Value} rank={c.Rank} " +
            $"entity='{c.Entity}'({c.EntityResolution}) quantity='{c.Quantity}' subject='{c.Subject}' key='{c.SubjectKey}' entities=[{string.Join("; ", c.Entities)}] time={c.Time?.Text}:{c.Time?.Date?.Start:yyyy-MM-dd}..{c.Time?.Date?.End:yyyy-MM-dd}({c.Time?.Basis}) previousTime={c.PreviousTime?.Text}:{c.PreviousTime?.Date?.Start:yyyy-MM-dd} " +
            $"effective={c.EffectiveDate?.Date?.Start:yyyy-MM-dd} source={c.Source?.Name}:{c.Source?.Date?.Start:yyyy-MM-dd} related=[{string.Join(",", c.Related)}] " +
            $"tariff={c.Tariff?.Imposer}>{c.Tariff?.Target}/{c.Tariff?.Goods}/{c.Tariff?.IsAdditional} mentions=[{string.Join(", ", c.MentionIndices.Select(i => report.Mentions[i].Text))}] text='{c.Text}'");
}
