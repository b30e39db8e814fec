using System.Globalization;
using FactCheck.Checks;
using FactCheck.Claims;
using FactCheck.Languages;
using FactCheck.Recognition;
using FactCheck.Reports;
using FactCheck.Text;

namespace FactCheck;

/// <summary>
/// The stages of checking one document, composed once: sentences → mentions → claims → checks. The checker runs
/// them all; benchmarks and tests that look at one stage call the same stages here instead of wiring their own.
/// Immutable and thread-safe.
/// </summary>
internal sealed class CheckPipeline
{
    private readonly MentionRecognizer _recognizer = new();

    public CheckPipeline(IClaimReader claimReader, IReadOnlyList<IFactCheckRule> checks)
    {
        ArgumentNullException.ThrowIfNull(claimReader);
        ArgumentNullException.ThrowIfNull(checks);
        ClaimReader = claimReader;
        Checks = checks;
    }

    /// <summary>The claims stage.</summary>
    public IClaimReader ClaimReader { get; }

    /// <summary>The checks, in the order they run.</summary>
    public IReadOnlyList<IFactCheckRule> Checks { get; }

    /// <summary>
    /// The language pack of the document's culture (the checker's when the document names none), resolved once at the
    /// start of the pipeline and handed to every stage that reads words.
    /// </summary>
    public static LanguagePack Language(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return LanguagePacks.For(document.Culture ?? Document.DefaultCulture);
    }

    /// <summary>Splits the text into sentences, with the language pack of the document's culture.</summary>
    public static IReadOnlyList<TextSpan> Segment(LanguagePack language, Document document)
        => SentenceSegmenter.Split(document.Text, language);

    /// <summary>Finds the figures and dates, sentence by sentence; a sentence that fails is reported to <paramref name="problems"/>.</summary>
    public IReadOnlyList<Mention> Recognize(LanguagePack language, Document document, IReadOnlyList<TextSpan> sentences, ICollection<Finding>? problems, CancellationToken cancellationToken, CheckProgress? progress = null)
        => _recognizer.Recognize(language, document, sentences, problems, cancellationToken, progress);

    /// <summary>
    /// Reads the claims. A sentence whose claims fail, or a claims stage that fails as a whole, is a
    /// <c>claims-failed</c> finding in <paramref name="problems"/>: the claims of the other sentences are kept.
    /// </summary>
    public IReadOnlyList<Claim> ReadClaims(Document document, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> mentions, ICollection<Finding>? problems, CancellationToken cancellationToken)
    {
        var context = new ClaimReaderContext(document, sentences, mentions, problems, cancellationToken);
        try
        {
            return ClaimReader.Read(context) ?? [];
        }
#pragma warning disable CA1031 // A claims stage that fails becomes a finding; the mentions are kept and the checks still run.
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
#pragma warning restore CA1031
        {
            context.DocumentFailed(ex);
            return [];
        }
    }

    /// <summary>What the checks see: the document, its sentences, mentions and claims, and the date marks read from them.</summary>
    public static CheckContext Context(LanguagePack language, Document document, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> mentions, IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
        => new(document, mentions, claims, sentences, DateMarks.Read(language, document.Text, sentences, mentions), cancellationToken);

    /// <summary>Runs every check on <paramref name="context"/>; a check that throws becomes a <c>check-failed</c> finding.</summary>
    public void RunChecks(CheckContext context, CheckProgress progress)
    {
        var cancellationToken = context.CancellationToken;
        foreach (var check in Checks)
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
                progress.Telemetry?.CheckFailed(ex, check.RuleId, check.GetType().Name, context.Document.Source);
                progress.Findings.Add(new Finding(
                    RuleIds.CheckFailed,
                    Severity.Error,
                    string.Create(CultureInfo.InvariantCulture, $"The check {check.GetType().Name} failed: {ex.Message}")));
            }

            progress.EndCheck();
        }
    }

    /// <summary>Runs every stage on <paramref name="document"/>, recording how far it got in <paramref name="progress"/>.</summary>
    public FactCheckReport Run(Document document, CheckProgress progress, CancellationToken cancellationToken)
    {
        progress.StartSegmenting();
        var language = Language(document);
        var sentences = Segment(language, document);
        cancellationToken.ThrowIfCancellationRequested();
        progress.StartRecognizing();
        var mentions = Recognize(language, document, sentences, progress.Findings, cancellationToken, progress);
        progress.StartClaims(mentions);
        var claims = ReadClaims(document, sentences, mentions, progress.Findings, cancellationToken);
        progress.StartChecks(claims);
        RunChecks(Context(language, document, sentences, mentions, claims, cancellationToken), progress);

        // Most serious first; the order within a severity (check order, then text order) is kept.
        return progress.ToReport(document);
    }
}
