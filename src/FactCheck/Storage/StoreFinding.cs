using FactCheck.Reports;

namespace FactCheck.Storage;

/// <summary>
/// A <c>cross-document</c> finding between a document being checked and a stored claim of another document: the
/// finding's claims and spans are in the checked document, and <see cref="Other"/> is the stored claim, with its
/// document's id, publication date and attribution.
/// </summary>
public sealed class StoreFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="finding">The finding; its claim ids and spans are in the checked document.</param>
    /// <param name="other">The stored claim it is set against.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public StoreFinding(Finding finding, ClaimRecord other)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(other);
        Finding = finding;
        Other = other;
    }

    /// <summary>The finding; its <see cref="Finding.OtherDocument"/> is the stored claim's document.</summary>
    public Finding Finding { get; }

    /// <summary>The stored claim it is set against.</summary>
    public ClaimRecord Other { get; }

    /// <inheritdoc />
    public override string ToString() => Finding.ToString();
}
