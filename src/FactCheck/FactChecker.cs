using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Checks;
using FactCheck.Claims;
using FactCheck.Languages;
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
    private readonly FrozenDictionary<string, string> _ruleDescriptions;
    private readonly CheckLimits _limits;
    private readonly MentionRecognizer _recognizer = new();
    private readonly ClaimExtractor _claimExtractor = new();

    internal FactChecker(CultureInfo culture, IReadOnlyList<IFactCheckRule> checks, CheckLimits limits)
    {
        Culture = culture;
        _checks = checks;
        _ruleDescriptions = checks.ToFrozenDictionary(c => c.RuleId, c => c.Description, StringComparer.Ordinal);
        _limits = limits;
    }

    /// <summary>The culture documents are read in when they do not name one (see <see cref="FactCheckerBuilder.WithCulture"/>).</summary>
    public CultureInfo Culture { get; }

    /// <summary>The longest document, in characters, that the checker reads (see <see cref="FactCheckerBuilder.MaxDocumentLength"/>).</summary>
    public int MaxDocumentLength => _limits.MaxDocumentLength;

    /// <summary>How long the checker may spend on one document (see <see cref="FactCheckerBuilder.TimeLimit"/>).</summary>
    public TimeSpan TimeLimit => _limits.TimeLimit;

    /// <summary>Checks one document.</summary>
    /// <param name="document">The document to check. One that names no culture is read in <see cref="Culture"/>.</param>
    /// <param name="cancellationToken">Cancels the work; it is looked at between sentences and between checks.</param>
    /// <returns>
    /// The report. Problems with the input are findings, not exceptions: a document longer than
    /// <see cref="MaxDocumentLength"/> gets an <c>input-too-large</c> error finding and is not read; a document that
    /// takes longer than <see cref="TimeLimit"/> gets what was done so far plus a <c>time-limit</c> error finding that
    /// says where the work stopped; a check that throws becomes a <c>check-failed</c> finding; and a failure of FactCheck
    /// itself on the text becomes an <c>internal-error</c> finding.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public FactCheckReport Check(Document document, CancellationToken cancellationToken = default)
        => CheckCore(document, new CheckProgress(), cancellationToken);

    internal FactCheckReport CheckCore(Document document, CheckProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(progress);
        cancellationToken.ThrowIfCancellationRequested();
        document = document.InCulture(Culture);
        if (document.Text.Length > _limits.MaxDocumentLength)
        {
            return CheckProgress.TooLarge(document, _limits.MaxDocumentLength, _ruleDescriptions);
        }

        // The time limit cancels a token linked to the caller's, so the stages need to watch one token only; which
        // of the two fired decides between a partial report (time limit) and an exception (the caller).
        using var timeLimit = _limits.TimeLimit == Timeout.InfiniteTimeSpan ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeLimit?.CancelAfter(_limits.TimeLimit);
        var token = timeLimit?.Token ?? cancellationToken;
        progress.Token = token;
        progress.RuleDescriptions = _ruleDescriptions;
        try
        {
            return Run(document, progress, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return progress.TimedOut(document, _limits.TimeLimit, _checks.Count);
        }
#pragma warning disable CA1031 // A failure on one text becomes a finding, so a batch goes on; the finding names it.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return progress.Failed(document, ex, _checks.Count);
        }
    }

    private FactCheckReport Run(Document document, CheckProgress progress, CancellationToken cancellationToken)
    {
        var language = LanguagePacks.For(document.Culture ?? Culture);
        var sentences = SentenceSegmenter.Split(document.Text, language);
        cancellationToken.ThrowIfCancellationRequested();
        progress.StartRecognizing();
        var mentions = _recognizer.Recognize(document, sentences, progress.Findings, cancellationToken, progress);
        progress.StartClaims(mentions);
        var claims = _claimExtractor.Extract(document, sentences, mentions, cancellationToken);
        progress.StartChecks(claims);
        var context = new CheckContext(document, mentions, claims, sentences, DateMarks.Read(document.Text, sentences, mentions), cancellationToken);
        foreach (var check in _checks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress.StartCheck(check);
            try
            {
                // Buffered, so a check that fails half-way adds its failure only.
                var found = check.Check(context).ToList();
                foreach (var finding in found)
                {
                    progress.Findings.Add(finding);
                }
            }
#pragma warning disable CA1031 // A failing check becomes a finding; the other checks still run.
            catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
#pragma warning restore CA1031
            {
                // An OperationCanceledException of the check's own (a timed-out HTTP call, say) is a failure like any other.
                progress.Findings.Add(new Finding(
                    RuleIds.CheckFailed,
                    Severity.Error,
                    string.Create(CultureInfo.InvariantCulture, $"The check {check.GetType().Name} failed: {ex.Message}")));
            }

            progress.EndCheck();
        }

        // Most serious first; the order within a severity (check order, then text order) is kept.
        return progress.ToReport(document);
    }

    /// <summary>Checks a text in one call, read in <see cref="Culture"/>.</summary>
    /// <param name="text">The text to check.</param>
    /// <param name="published">The publication date, or <see langword="null"/> when unknown.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public FactCheckReport CheckText(string text, DateOnly? published = null, CancellationToken cancellationToken = default)
        => Check(new Document(text, published, Culture), cancellationToken);
}
