using FactCheck.Recognition;
using FactCheck.Reports;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>What the claims stage sees of one document: the document, its sentences and its mentions.</summary>
/// <remarks>Used by one thread at a time: the one checking the document.</remarks>
public sealed class ClaimReaderContext
{
    private readonly ICollection<Finding>? _problems;

    /// <summary>Creates a context.</summary>
    /// <param name="document">The document.</param>
    /// <param name="sentences">Its sentences, in text order.</param>
    /// <param name="mentions">Its figures and dates, in text order.</param>
    /// <param name="cancellationToken">Signals that the caller no longer wants the result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/>, <paramref name="sentences"/> or <paramref name="mentions"/> is <see langword="null"/>.</exception>
    public ClaimReaderContext(Document document, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> mentions, CancellationToken cancellationToken = default)
        : this(document, sentences, mentions, problems: null, cancellationToken)
    {
    }

    internal ClaimReaderContext(Document document, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> mentions, ICollection<Finding>? problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        Document = document;
        Sentences = sentences;
        Mentions = mentions;
        CancellationToken = cancellationToken;
        _problems = problems;
    }

    /// <summary>The document being read.</summary>
    public Document Document { get; }

    /// <summary>The document's sentences, in text order.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>The figures and dates found, in text order.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>Signals that the caller no longer wants the result.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Reports a sentence whose claims could not be read: it becomes a <c>claims-failed</c> error finding on the
    /// sentence, and the reader goes on with the other sentences.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="exception">What went wrong.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is <see langword="null"/>.</exception>
    public void SentenceFailed(TextSpan sentence, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        _problems?.Add(new Finding(
            RuleIds.ClaimsFailed,
            Severity.Error,
            $"FactCheck could not read the claims of the sentence at {sentence.Start}–{sentence.End} ({exception.GetType().Name}: {exception.Message}); its figures are reported, but no claims were built from them or checked.",
            spans: [sentence]));
    }

    /// <summary>Reports that the claims stage failed on the whole document.</summary>
    internal void DocumentFailed(Exception exception) => _problems?.Add(new Finding(
        RuleIds.ClaimsFailed,
        Severity.Error,
        $"FactCheck could not read the claims of the document ({exception.GetType().Name}: {exception.Message}); its figures and dates are reported, but no claims were built from them or checked."));
}
