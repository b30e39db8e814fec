using FactCheck.Text;

namespace FactCheck.Reports;

/// <summary>A finding that sets a claim in one document against a claim in another.</summary>
public sealed class CrossDocumentFinding
{
    /// <summary>Creates a cross-document finding.</summary>
    /// <param name="finding">The finding; its claim ids and spans are in <paramref name="document"/>.</param>
    /// <param name="document">The document of the finding's claims and spans.</param>
    /// <param name="otherDocument">The document it is set against.</param>
    /// <param name="otherClaimIds">The claims involved in <paramref name="otherDocument"/>.</param>
    /// <param name="otherSpans">The places involved in <paramref name="otherDocument"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CrossDocumentFinding(Finding finding, Document document, Document otherDocument, IReadOnlyList<string> otherClaimIds, IReadOnlyList<TextSpan> otherSpans)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(otherDocument);
        ArgumentNullException.ThrowIfNull(otherClaimIds);
        ArgumentNullException.ThrowIfNull(otherSpans);
        Finding = finding;
        Document = document;
        OtherDocument = otherDocument;
        OtherClaimIds = otherClaimIds.ToArray();
        OtherSpans = otherSpans.ToArray();
    }

    /// <summary>The finding; its claim ids and spans are in <see cref="Document"/>, and its <see cref="Finding.OtherDocument"/> names <see cref="OtherDocument"/>.</summary>
    public Finding Finding { get; }

    /// <summary>The document of the finding's claims and spans.</summary>
    public Document Document { get; }

    /// <summary>The document it is set against.</summary>
    public Document OtherDocument { get; }

    /// <summary>The claims involved in <see cref="OtherDocument"/>.</summary>
    public IReadOnlyList<string> OtherClaimIds { get; }

    /// <summary>The places involved in <see cref="OtherDocument"/>.</summary>
    public IReadOnlyList<TextSpan> OtherSpans { get; }

    /// <inheritdoc />
    public override string ToString() => Finding.ToString();
}
