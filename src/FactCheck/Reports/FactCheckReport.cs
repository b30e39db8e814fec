using FactCheck.Claims;
using FactCheck.Recognition;

namespace FactCheck.Reports;

/// <summary>Everything FactCheck found in one document: its mentions, claims and findings.</summary>
public sealed class FactCheckReport
{
    /// <summary>Creates a report.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public FactCheckReport(Document document, IReadOnlyList<Mention> mentions, IReadOnlyList<Claim> claims, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(findings);
        Document = document;
        Mentions = mentions.ToArray();
        Claims = claims.ToArray();
        Findings = findings.ToArray();
    }

    /// <summary>The document checked.</summary>
    public Document Document { get; }

    /// <summary>The figures and dates found, in text order.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The claims built from the mentions.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The findings of the checks, most serious first.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The most serious severity among the findings, or <see langword="null"/> when there are none.</summary>
    public Severity? HighestSeverity => Findings.Count == 0 ? null : Findings.Max(f => f.Severity);
}
