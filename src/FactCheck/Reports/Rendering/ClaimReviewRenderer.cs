using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FactCheck.Claims;

namespace FactCheck.Reports.Rendering;

/// <summary>
/// Writes the findings a fact-checker would publish as schema.org <c>ClaimReview</c> JSON-LD, the markup search
/// engines read to show a fact check beside a claim: a JSON array with one <c>ClaimReview</c> per finding, ready to
/// go into a <c>&lt;script type="application/ld+json"&gt;</c> element of the page that publishes the checks.
/// </summary>
/// <remarks>
/// <para>Each review carries <c>claimReviewed</c> (the text of the claims the finding is about, else of its spans),
/// <c>url</c> (<see cref="ClaimReviewOptions.BaseUrl"/>, else the document's source when it is a web address; a
/// finding with neither is left out, since a review without a page is not valid), <c>itemReviewed</c> (a
/// <c>Claim</c> whose <c>appearance</c> and <c>firstAppearance</c> are the document, with its publication date),
/// <c>reviewRating</c>, <c>reviewBody</c> (the message and the suggested correction), <c>author</c> and
/// <c>datePublished</c> from the options.</para>
/// <para>Severity maps to the rating, on a scale from 1 (worst) to 5 (best):</para>
/// <list type="table">
/// <listheader><term>Severity</term><description><c>ratingValue</c> and <c>alternateName</c></description></listheader>
/// <item><term>error</term><description>1, "Incorrect": the figures cannot all hold.</description></item>
/// <item><term>warning</term><description>2, "Questionable": the figures probably disagree.</description></item>
/// <item><term>info</term><description>3, "Needs context": worth a look (written only when <see cref="ClaimReviewOptions.MinimumSeverity"/> allows).</description></item>
/// </list>
/// <para>The <c>url</c> of each review ends in the fragment <c>#finding-{document}-{finding}</c> (both counted from 1:
/// the document's place among the reports rendered, the finding's place in its report, whether or not the findings
/// before it are written), the id <see cref="HtmlReportRenderer"/> gives the finding on its page, so that each review
/// of a page that carries several points at its own finding; a fragment the base address had is replaced.</para>
/// <para>Documents checked together (<see cref="CrossDocumentReport"/>) give each document's reviews as above, then one
/// review per finding across documents: its claim is the one in the document the finding is about (its
/// <c>itemReviewed</c> appears there), its <c>reviewBody</c> names the other document, and its <c>url</c> ends in
/// <c>#finding-across-{n}</c> (counted from 1 over the findings across documents), the id the HTML page of documents
/// checked together gives it.</para>
/// <para>Findings about FactCheck's own work rather than the text (<c>time-limit</c>, <c>check-failed</c>, …) are never written.</para>
/// </remarks>
public sealed class ClaimReviewRenderer : IReportRenderer, ICrossDocumentReportRenderer
{
    /// <summary>The best rating on the scale written (<c>bestRating</c>).</summary>
    public const int BestRating = 5;

    /// <summary>The worst rating on the scale written (<c>worstRating</c>).</summary>
    public const int WorstRating = 1;

    private static readonly HashSet<string> AboutTheTool = new(StringComparer.Ordinal)
    {
        RuleIds.InputTooLarge, RuleIds.TimeLimit, RuleIds.InternalError, RuleIds.CheckFailed, RuleIds.ClaimsFailed,
        RuleIds.RecognitionTimeout, RuleIds.NumberWordsUnread, RuleIds.CultureUnsupported,
    };

    // Letters of every script stay as they are, but <, >, & and quotes are escaped: the markup is meant to go into a
    // <script type="application/ld+json"> element, which a '</script>' in a quoted claim would otherwise close.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private readonly ClaimReviewOptions _options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">Who publishes the fact checks, where and when.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public ClaimReviewRenderer(ClaimReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The rating written for a finding of <paramref name="severity"/>: its value and its name.</summary>
    public static (int RatingValue, string AlternateName) Rating(Severity severity) => severity switch
    {
        Severity.Error => (1, "Incorrect"),
        Severity.Warning => (2, "Questionable"),
        _ => (3, "Needs context"),
    };

    /// <inheritdoc />
    public void Render(IReadOnlyList<FactCheckReport> reports, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(writer);
        Write(reports, together: null, writer);
    }

    /// <inheritdoc />
    public void Render(CrossDocumentReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        Write(report.Reports, report, writer);
    }

    private void Write(IReadOnlyList<FactCheckReport> reports, CrossDocumentReport? together, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartArray();
            for (var d = 0; d < reports.Count; d++)
            {
                var report = reports[d];
                for (var f = 0; f < report.Findings.Count; f++)
                {
                    var finding = report.Findings[f];
                    if (IsPublished(finding) && PageOf(report) is { } page)
                    {
                        WriteReview(json, report, finding, new UriBuilder(page) { Fragment = FindingAnchors.Of(d, f) }.Uri);
                    }
                }
            }

            for (var n = 0; n < (together?.Findings.Count ?? 0); n++)
            {
                var across = together!.Findings[n];
                var report = reports[together.IndexOf(across.Document)];
                if (IsPublished(across.Finding) && PageOf(report) is { } page)
                {
                    WriteReview(json, report, across.Finding, new UriBuilder(page) { Fragment = FindingAnchors.Across(n) }.Uri);
                }
            }

            json.WriteEndArray();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.Write('\n');
    }

    private bool IsPublished(Finding finding) =>
        finding.Severity >= _options.MinimumSeverity && !AboutTheTool.Contains(finding.RuleId);

    private Uri? PageOf(FactCheckReport report) =>
        _options.BaseUrl ?? SourceAddress(report.Document);

    private static Uri? SourceAddress(Document document) =>
        Uri.TryCreate(document.Source, UriKind.Absolute, out var address) && ClaimReviewOptions.IsWebAddress(address) ? address : null;

    private void WriteReview(Utf8JsonWriter json, FactCheckReport report, Finding finding, Uri url)
    {
        var document = report.Document;
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "ClaimReview");
        json.WriteString("url", url.AbsoluteUri);
        json.WriteString("claimReviewed", ClaimReviewed(report, finding));

        json.WriteStartObject("itemReviewed");
        json.WriteString("@type", "Claim");
        if (document.Published is { } published)
        {
            json.WriteString("datePublished", IsoDate(published));
        }

        var appearance = SourceAddress(document);
        foreach (var property in (string[])["appearance", "firstAppearance"])
        {
            json.WriteStartObject(property);
            json.WriteString("@type", "CreativeWork");
            if (appearance is not null)
            {
                json.WriteString("url", appearance.AbsoluteUri);
            }
            else
            {
                json.WriteString("name", document.Source);
            }

            if (document.Published is { } date)
            {
                json.WriteString("datePublished", IsoDate(date));
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();

        var (value, name) = Rating(finding.Severity);
        json.WriteStartObject("reviewRating");
        json.WriteString("@type", "Rating");
        json.WriteNumber("ratingValue", value);
        json.WriteNumber("bestRating", BestRating);
        json.WriteNumber("worstRating", WorstRating);
        json.WriteString("alternateName", name);
        json.WriteEndObject();

        json.WriteString("reviewBody", finding.Suggestion is { Length: > 0 } suggestion ? $"{finding.Message} Suggested: {suggestion}" : finding.Message);

        json.WriteStartObject("author");
        json.WriteString("@type", "Organization");
        json.WriteString("name", _options.AuthorName);
        if (_options.AuthorUrl is { } authorUrl)
        {
            json.WriteString("url", authorUrl.AbsoluteUri);
        }

        json.WriteEndObject();
        if (_options.DatePublished is { } reviewed)
        {
            json.WriteString("datePublished", IsoDate(reviewed));
        }

        json.WriteEndObject();
    }

    // The claims the finding names, in text order, else the text of its spans.
    private static string ClaimReviewed(FactCheckReport report, Finding finding)
    {
        var text = report.Document.Text;
        var claims = finding.ClaimIds
            .Select(id => report.Claims.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal)))
            .OfType<Claim>()
            .OrderBy(c => c.Span.Start)
            .Select(c => c.Span.Slice(text))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (claims.Count == 0)
        {
            claims = finding.Spans.OrderBy(s => s.Start).Select(s => s.Slice(text)).Distinct(StringComparer.Ordinal).ToList();
        }

        var reviewed = string.Join(" … ", claims.Select(c => string.Join(' ', c.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        return reviewed.Length > 0 ? reviewed : finding.Message;
    }

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
