using System.Globalization;
using FactCheck.Checks;
using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Reports;
using FactCheck.Text;

namespace FactCheck;

/// <summary>
/// Reads documents and checks their numeric claims. Immutable and thread-safe: build one with
/// <see cref="FactCheckerBuilder"/> and reuse it for every document.
/// </summary>
public sealed partial class FactChecker
{
    private readonly IReadOnlyList<IFactCheckRule> _checks;
    private readonly MentionRecognizer _recognizer = new();
    private readonly ClaimExtractor _claimExtractor = new();

    internal FactChecker(CultureInfo culture, IReadOnlyList<IFactCheckRule> checks)
    {
        Culture = culture;
        _checks = checks;
    }

    /// <summary>The culture documents are read in when they do not name one.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Checks one document.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public FactCheckReport Check(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = SentenceSegmenter.Split(document.Text);
        var findings = new List<Finding>();
        var mentions = _recognizer.Recognize(document, sentences, findings, cancellationToken);
        var claims = _claimExtractor.Extract(document, sentences, mentions, cancellationToken);
        var context = new CheckContext(document, mentions, claims, cancellationToken);
        foreach (var check in _checks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                findings.AddRange(check.Check(context));
            }
#pragma warning disable CA1031 // A failing check becomes a finding; the other checks still run.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                findings.Add(new Finding(
                    "check-failed",
                    Severity.Error,
                    string.Create(CultureInfo.InvariantCulture, $"The check {check.GetType().Name} failed: {ex.Message}")));
            }
        }

        // Most serious first; the order within a severity (check order, then text order) is kept.
        return new FactCheckReport(document, mentions, claims, findings.OrderByDescending(f => f.Severity).ToList());
    }

    /// <summary>Checks a text in one call.</summary>
    /// <param name="text">The text to check.</param>
    /// <param name="published">The publication date, or <see langword="null"/> when unknown.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public FactCheckReport CheckText(string text, DateOnly? published = null, CancellationToken cancellationToken = default)
        => Check(new Document(text, published, Culture), cancellationToken);
}
