namespace FactCheck.Reports.Rendering;

/// <summary>
/// Who publishes the fact checks that <see cref="ClaimReviewRenderer"/> writes, where and when. Immutable; validated
/// in the constructor.
/// </summary>
public sealed class ClaimReviewOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="authorName">The organisation or person publishing the fact checks (schema.org <c>author.name</c>).</param>
    /// <param name="authorUrl">The publisher's home page (<c>author.url</c>), or <see langword="null"/>.</param>
    /// <param name="baseUrl">
    /// The page that carries the fact checks (<c>url</c>). <see langword="null"/>: the document's source, when that is an
    /// absolute http(s) address.
    /// </param>
    /// <param name="datePublished">The date the fact checks are published (<c>datePublished</c>), or <see langword="null"/> to leave it out.</param>
    /// <param name="minimumSeverity">The least serious finding written. Defaults to <see cref="Severity.Warning"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="authorName"/> is empty, or an address is not absolute http(s).</exception>
    public ClaimReviewOptions(string authorName, Uri? authorUrl = null, Uri? baseUrl = null, DateOnly? datePublished = null, Severity minimumSeverity = Severity.Warning)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorName);
        AuthorName = authorName.Trim();
        AuthorUrl = Checked(authorUrl, nameof(authorUrl));
        BaseUrl = Checked(baseUrl, nameof(baseUrl));
        DatePublished = datePublished;
        MinimumSeverity = minimumSeverity;
    }

    /// <summary>The organisation or person publishing the fact checks.</summary>
    public string AuthorName { get; }

    /// <summary>The publisher's home page, or <see langword="null"/>.</summary>
    public Uri? AuthorUrl { get; }

    /// <summary>The page that carries the fact checks, or <see langword="null"/> for each document's source.</summary>
    public Uri? BaseUrl { get; }

    /// <summary>The date the fact checks are published, or <see langword="null"/>.</summary>
    public DateOnly? DatePublished { get; }

    /// <summary>The least serious finding written.</summary>
    public Severity MinimumSeverity { get; }

    /// <summary>Whether <paramref name="address"/> is an absolute http or https address, as search engines require.</summary>
    internal static bool IsWebAddress(Uri address) =>
        address.IsAbsoluteUri && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps);

    private static Uri? Checked(Uri? address, string name)
    {
        if (address is not null && !IsWebAddress(address))
        {
            throw new ArgumentException($"'{address}' is not an absolute http or https address.", name);
        }

        return address;
    }
}
