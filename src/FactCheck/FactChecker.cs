using System.Collections.Frozen;
using System.Globalization;
using FactCheck.Reports;

namespace FactCheck;

/// <summary>
/// Reads documents and checks their numeric claims. Immutable and thread-safe: build one with
/// <see cref="FactCheckerBuilder"/> and reuse it for every document.
/// </summary>
public sealed partial class FactChecker
{
    private readonly FrozenDictionary<string, string> _ruleDescriptions;
    private readonly CheckLimits _limits;

    internal FactChecker(CultureInfo culture, CheckPipeline pipeline, CheckLimits limits)
    {
        Culture = culture;
        Pipeline = pipeline;
        _ruleDescriptions = pipeline.Checks.ToFrozenDictionary(c => c.RuleId, c => c.Description, StringComparer.Ordinal);
        _limits = limits;
    }

    /// <summary>The stages this checker runs, composed once.</summary>
    internal CheckPipeline Pipeline { get; }

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
            return Pipeline.Run(document, progress, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return progress.TimedOut(document, _limits.TimeLimit, Pipeline.Checks.Count);
        }
#pragma warning disable CA1031 // A failure on one text becomes a finding, so a batch goes on; the finding names it.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return progress.Failed(document, ex, Pipeline.Checks.Count);
        }
    }

    /// <summary>Checks a text in one call, read in <see cref="Culture"/>.</summary>
    /// <param name="text">The text to check.</param>
    /// <param name="published">The publication date, or <see langword="null"/> when unknown.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public FactCheckReport CheckText(string text, DateOnly? published = null, CancellationToken cancellationToken = default)
        => Check(new Document(text, published, Culture), cancellationToken);
}
