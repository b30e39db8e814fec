using FactCheck.Checks.Internal;
using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Checks;

/// <summary>What a check sees of one document: the document, its mentions and its claims.</summary>
public sealed class CheckContext
{
    // Worked out once per document and shared by the built-in rules that need them.
    private Sentences? _sentences;
    private IReadOnlyList<ChangeStatement>? _changeStatements;
    private ClaimLocator? _claimLocator;
    private SubjectNeighbours? _subjectNeighbours;

    /// <summary>Creates a context.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CheckContext(Document document, IReadOnlyList<Mention> mentions, IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(claims);
        Document = document;
        Mentions = mentions;
        Claims = claims;
        CancellationToken = cancellationToken;
    }

    // The pipeline's own sentences, so the rules do not split the text again, and the date wording it recorded.
    internal CheckContext(Document document, IReadOnlyList<Mention> mentions, IReadOnlyList<Claim> claims, IReadOnlyList<TextSpan> sentences, DateMarks dateMarks, CancellationToken cancellationToken)
        : this(document, mentions, claims, cancellationToken)
    {
        _sentences = new Sentences(sentences);
        DateMarks = dateMarks;
    }

    /// <summary>The document being checked.</summary>
    public Document Document { get; }

    /// <summary>The figures and dates found, in text order.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>The claims built from the mentions.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Signals that the caller no longer wants the result.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The periods, day gaps and dated reports the recognition stage found; none for a context built without them.</summary>
    internal DateMarks DateMarks { get; } = DateMarks.Empty;

    /// <summary>The document's sentences, split once for every rule.</summary>
    internal Sentences Sentences => _sentences ??= new Sentences(SentenceSegmenter.Split(Document.Text));

    /// <summary>The document's headline, when its first line is one (see <see cref="Text.Headline"/>).</summary>
    internal TextSpan? Headline => Text.Headline.Of(Document.Text, Sentences.Spans);

    /// <summary>The changes the document states about from/to pairs, collected once for every rule that reads them.</summary>
    internal IReadOnlyList<ChangeStatement> ChangeStatements => _changeStatements ??= Internal.ChangeStatements.Collect(this);

    /// <summary>The claims of each subject key in text order, for the rules that look at a claim's nearest same-subject claims.</summary>
    internal SubjectNeighbours SubjectNeighbours => _subjectNeighbours ??= new SubjectNeighbours(Claims);

    /// <summary>Finds the claims at a place or made of a mention; built on first use and shared by the built-in checks.</summary>
    internal ClaimLocator ClaimLocator => LazyInitializer.EnsureInitialized(ref _claimLocator, () => new ClaimLocator(Claims));
}
