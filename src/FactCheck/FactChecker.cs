using System.Collections.Frozen;
using System.Diagnostics;
using System.Globalization;
using FactCheck.Diagnostics;
using FactCheck.Recognition;
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

    internal FactChecker(CultureInfo culture, CheckPipeline pipeline, CheckLimits limits, CheckTelemetry? telemetry = null)
    {
        Culture = culture;
        Pipeline = pipeline;
        Telemetry = telemetry ?? CheckTelemetry.Default;
        _ruleDescriptions = pipeline.Checks.ToFrozenDictionary(c => c.RuleId, c => c.Description, StringComparer.Ordinal);
        _limits = limits;
    }

    /// <summary>The stages this checker runs, composed once.</summary>
    internal CheckPipeline Pipeline { get; }

    /// <summary>Where this checker reports its spans, metrics and logs.</summary>
    internal CheckTelemetry Telemetry { get; }

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
        var telemetry = Telemetry;
        progress.Telemetry = telemetry;
        using var activity = CheckTelemetry.StartDocument(document);
        var started = telemetry.TimesStages ? Stopwatch.GetTimestamp() : 0;
        var modelCallsBefore = ModelCallTally.OnThisThread;
        var (report, outcome) = CheckMeasured(document, progress, cancellationToken);
        telemetry.RecordDocument(report, outcome, started, modelCallsBefore, activity);
        return report;
    }

    private (FactCheckReport Report, string Outcome) CheckMeasured(Document document, CheckProgress progress, CancellationToken cancellationToken)
    {
        if (document.Text.Length > _limits.MaxDocumentLength)
        {
            Telemetry.TooLarge(document.Source, document.Text.Length, _limits.MaxDocumentLength);
            return (CheckProgress.TooLarge(document, _limits.MaxDocumentLength, _ruleDescriptions), CheckTelemetry.Outcomes.TooLarge);
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
            return (Pipeline.Run(document, progress, token), CheckTelemetry.Outcomes.Checked);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            progress.EndStage();
            cancellationToken.ThrowIfCancellationRequested();
            Telemetry.TimeLimitReached(document.Source, _limits.TimeLimit, CheckTelemetry.StageName(progress.Stage));
            return (progress.TimedOut(document, _limits.TimeLimit, Pipeline.Checks.Count), CheckTelemetry.Outcomes.TimeLimit);
        }
#pragma warning disable CA1031 // A failure on one text becomes a finding, so a batch goes on; the finding names it.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            Telemetry.InternalError(ex, document.Source, CheckTelemetry.StageName(progress.Stage));
            return (progress.Failed(document, ex, Pipeline.Checks.Count), CheckTelemetry.Outcomes.InternalError);
        }
    }

    /// <summary>
    /// Prepares this checker for its first document: builds the recognizer models of <see cref="Culture"/> (thousands
    /// of regular expressions, a few hundred milliseconds) and runs every stage once on a short text of its own, so the
    /// first real document does not pay for them. Call it at start-up; calling it again costs little. It reports a
    /// <see cref="FactCheckDiagnostics.WarmUpActivityName"/> span but no document metrics.
    /// </summary>
    /// <exception cref="NotSupportedException">FactCheck does not read <see cref="Culture"/>.</exception>
    public void WarmUp()
    {
        using var activity = CheckTelemetry.Source.HasListeners() ? CheckTelemetry.Source.StartActivity(FactCheckDiagnostics.WarmUpActivityName) : null;
        var started = Stopwatch.GetTimestamp();
        RecognizerModels.For(Culture).Warm();
        var sample = new Document(WarmUpText, new DateOnly(2024, 6, 30), Culture, "warm-up");
        _ = Pipeline.Run(sample, new CheckProgress { RuleDescriptions = _ruleDescriptions }, CancellationToken.None);
        var milliseconds = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Telemetry.WarmedUp(Culture.Name, milliseconds);
    }

    // A sentence that goes through every stage: a change with its levels, a money amount, a month and a year.
    private const string WarmUpText = "Sales rose 10% to $1.1bn in May 2024, from $1bn a year earlier. Profit fell by two-thirds.";

    /// <summary>Checks a text in one call, read in <see cref="Culture"/>.</summary>
    /// <param name="text">The text to check.</param>
    /// <param name="published">The publication date, or <see langword="null"/> when unknown.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public FactCheckReport CheckText(string text, DateOnly? published = null, CancellationToken cancellationToken = default)
        => Check(new Document(text, published, Culture), cancellationToken);
}
