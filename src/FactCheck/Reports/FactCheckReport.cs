using System.Collections.Frozen;
using FactCheck.Claims;
using FactCheck.Recognition;

namespace FactCheck.Reports;

/// <summary>Everything FactCheck found in one document: its mentions, claims and findings.</summary>
public sealed class FactCheckReport
{

    /// <summary>Creates a report.</summary>
    /// <param name="document">The document checked.</param>
    /// <param name="mentions">The figures and dates found, in text order.</param>
    /// <param name="claims">The claims built from the mentions.</param>
    /// <param name="findings">The findings of the checks.</param>
    /// <param name="ruleDescriptions">The rules that ran, by id, with their descriptions; none when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/>, <paramref name="mentions"/>, <paramref name="claims"/> or <paramref name="findings"/> is <see langword="null"/>.</exception>
    public FactCheckReport(
        Document document,
        IReadOnlyList<Mention> mentions,
        IReadOnlyList<Claim> claims,
        IReadOnlyList<Finding> findings,
        IReadOnlyDictionary<string, string>? ruleDescriptions = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(findings);
        Document = document;
        Mentions = mentions.ToArray();
        Claims = claims.ToArray();
        Findings = findings.ToArray();
        // A frozen dictionary is immutable, so the checker's own is shared by all its reports instead of copied.
        RuleDescriptions = ruleDescriptions as FrozenDictionary<string, string>
            ?? (ruleDescriptions ?? FrozenDictionary<string, string>.Empty).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The document checked.</summary>
    public Document Document { get; }

    /// <summary>The figures and dates found, in text order.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The claims built from the mentions.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The findings of the checks, most serious first.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The rules that ran on the document, by id, with their descriptions (written as rule metadata in SARIF).</summary>
    public IReadOnlyDictionary<string, string> RuleDescriptions { get; }

    /// <summary>The most serious severity among the findings, or <see langword="null"/> when there are none.</summary>
    public Severity? HighestSeverity => Findings.Count == 0 ? null : Findings.Max(f => f.Severity);
}
