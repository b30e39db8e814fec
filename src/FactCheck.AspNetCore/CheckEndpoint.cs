using System.Globalization;
using System.Text;
using System.Text.Json;
using FactCheck.Reports;
using FactCheck.Reports.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace FactCheck.AspNetCore;

/// <summary>
/// <c>POST /check</c>: reads a text and its publication date from the body, checks it and answers with the report in
/// the format the <c>Accept</c> header asks for. Every problem with the request is a 4xx with a problem document that
/// says what was wrong; the body is read up to the size limit and no further.
/// </summary>
internal static class CheckEndpoint
{
    private static readonly (string MediaType, string Format)[] Formats =
    [
        ("application/json", "json"),
        ("text/html", "html"),
        ("application/sarif+json", "sarif"),
    ];

    private static readonly string[] ReadableTypes = ["text/plain", "application/json", "application/x-www-form-urlencoded", "multipart/form-data"];

    public static async Task HandleAsync(HttpContext context, FactCheckEndpointOptions options)
    {
        var format = Negotiate(context.Request.Headers.Accept);
        if (format is null)
        {
            await ProblemAsync(context, StatusCodes.Status406NotAcceptable, "Not acceptable", "The report can be written as application/json, text/html or application/sarif+json.").ConfigureAwait(false);
            return;
        }

        var request = context.Request;
        if (request.ContentLength > options.MaxRequestBytes)
        {
            await TooLargeAsync(context, options).ConfigureAwait(false);
            return;
        }

        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsedType)
            ? Array.Find(ReadableTypes, t => parsedType.MediaType.Equals(t, StringComparison.OrdinalIgnoreCase))
            : null;
        if (mediaType is null)
        {
            await ProblemAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the text as text/plain (with ?published=yyyy-MM-dd), application/json ({\"text\": ..., \"published\": ...}) or a form (fields text and published).").ConfigureAwait(false);
            return;
        }

        var body = await ReadBoundedAsync(request, options.MaxRequestBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await TooLargeAsync(context, options).ConfigureAwait(false);
            return;
        }

        var (input, problem) = await ReadInputAsync(request, mediaType, body, context.RequestAborted).ConfigureAwait(false);
        if (input is null)
        {
            await ProblemAsync(context, StatusCodes.Status400BadRequest, "Bad request", problem!).ConfigureAwait(false);
            return;
        }

        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(input.Published))
        {
            if (!DateOnly.TryParseExact(input.Published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                await ProblemAsync(context, StatusCodes.Status400BadRequest, "Bad publication date", $"'{input.Published}' is not a date (expected yyyy-MM-dd).").ConfigureAwait(false);
                return;
            }

            published = date;
        }

        var checker = context.RequestServices.GetRequiredService<FactChecker>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(options.RequestTimeout);
        FactCheckReport report;
        try
        {
            report = checker.Check(new Document(input.Text, published, checker.Culture, string.IsNullOrWhiteSpace(input.Source) ? "request" : input.Source), timeout.Token);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            await ProblemAsync(context, StatusCodes.Status503ServiceUnavailable, "Took too long", $"Checking the text took longer than {options.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.").ConfigureAwait(false);
            return;
        }

        await WriteReportAsync(context, report, format, checker.Culture).ConfigureAwait(false);
    }

    /// <summary>The format the Accept header prefers among the ones written, JSON when it names none; <see langword="null"/> when it accepts none of them.</summary>
    internal static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return "json";
        }

        foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            foreach (var (mediaType, format) in Formats)
            {
                if (new MediaTypeHeaderValue(mediaType).IsSubsetOf(range))
                {
                    return format;
                }
            }
        }

        return null;
    }

    private static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task<(CheckInput? Input, string? Problem)> ReadInputAsync(HttpRequest request, string mediaType, byte[] body, CancellationToken cancellationToken)
    {
        switch (mediaType)
        {
            case "text/plain":
                return (new CheckInput(Utf8(body), request.Query["published"], request.Query["source"]), null);
            case "application/json":
                try
                {
                    using var json = JsonDocument.Parse(body);
                    if (json.RootElement.ValueKind != JsonValueKind.Object
                        || !json.RootElement.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                    {
                        return (null, "The JSON body needs a string property 'text'.");
                    }

                    return (new CheckInput(text.GetString()!, StringProperty(json.RootElement, "published"), StringProperty(json.RootElement, "source")), null);
                }
                catch (JsonException ex)
                {
                    return (null, $"The body is not JSON: {ex.Message}");
                }

            default:
                // Forms are parsed from the bounded copy of the body, never from the connection.
                request.Body = new MemoryStream(body, writable: false);
                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (InvalidDataException ex)
                {
                    return (null, $"The form does not read: {ex.Message}");
                }

                var formText = form["text"].ToString();
                if (formText.Length == 0 && form.Files.GetFile("file") is { } file)
                {
                    using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
                    formText = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                }

                return formText.Length == 0
                    ? (null, "The form needs a field 'text' (or a file 'file') with the text to check.")
                    : (new CheckInput(formText, form["published"], form["source"]), null);
        }
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Utf8(byte[] body) => new UTF8Encoding(false, false).GetString(body);

    private static async Task WriteReportAsync(HttpContext context, FactCheckReport report, string format, CultureInfo culture)
    {
        var response = context.Response;
        IReportRenderer renderer;
        switch (format)
        {
            case "html":
                renderer = new HtmlReportRenderer(culture);
                response.ContentType = "text/html; charset=utf-8";
                // The report's own styles and scripts only: nothing is fetched, nothing is sent anywhere.
                response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
                break;
            case "sarif":
                renderer = new SarifReportRenderer();
                response.ContentType = "application/sarif+json; charset=utf-8";
                break;
            default:
                renderer = new JsonReportRenderer();
                response.ContentType = "application/json; charset=utf-8";
                break;
        }

        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.Vary = "Accept";
        await response.WriteAsync(renderer.RenderToString(report), context.RequestAborted).ConfigureAwait(false);
    }

    private static Task TooLargeAsync(HttpContext context, FactCheckEndpointOptions options) =>
        ProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "Request too large", $"The request body is larger than the limit of {options.MaxRequestBytes.ToString(CultureInfo.InvariantCulture)} bytes.");

    private static async Task ProblemAsync(HttpContext context, int status, string title, string detail)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/problem+json; charset=utf-8";
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("title", title);
            json.WriteNumber("status", status);
            json.WriteString("detail", detail);
            json.WriteEndObject();
        }

        await response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted).ConfigureAwait(false);
    }

    private sealed record CheckInput(string Text, string? Published, string? Source);
}
