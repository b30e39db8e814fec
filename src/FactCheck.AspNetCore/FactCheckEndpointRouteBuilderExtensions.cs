using FactCheck.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

#pragma warning disable IDE0130 // Endpoint mapping lives in the routing builder's namespace so it is found from it.
namespace Microsoft.AspNetCore.Builder;
#pragma warning restore IDE0130

/// <summary>Maps FactCheck's web endpoint and page.</summary>
public static class FactCheckEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c>: checks the text in the body with the application's
    /// <see cref="FactCheck.FactChecker"/> (register one, for example with <c>services.AddFactChecker(...)</c>) and answers
    /// with the report as JSON, HTML or SARIF, as the <c>Accept</c> header asks (JSON when it names none).
    /// </summary>
    /// <remarks>
    /// <para>The body is <c>text/plain</c> (the publication date in <c>?published=yyyy-MM-dd</c>), <c>application/json</c>
    /// (<c>{"text": "...", "published": "yyyy-MM-dd", "source": "..."}</c>) or a form (fields <c>text</c> or a file
    /// <c>file</c>, and <c>published</c>).</para>
    /// <para>Answers: 200 with the report; 400 for a missing text or a date that is not yyyy-MM-dd; 406 when the
    /// <c>Accept</c> header takes none of the three formats; 413 for a body over
    /// <see cref="FactCheckEndpointOptions.MaxRequestBytes"/>; 415 for another content type; 503 when the check takes
    /// longer than <see cref="FactCheckEndpointOptions.RequestTimeout"/>. Errors are <c>application/problem+json</c>.</para>
    /// </remarks>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="pattern">The route. Defaults to <c>/check</c>.</param>
    /// <param name="options">The bounds of a request. Defaults to <see cref="FactCheckEndpointOptions"/>'s.</param>
    /// <returns>The endpoint, to add conventions (authorisation, rate limiting) to.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> is <see langword="null"/>.</exception>
    public static IEndpointConventionBuilder MapFactCheck(this IEndpointRouteBuilder endpoints, string pattern = "/check", FactCheckEndpointOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var bounds = options ?? new FactCheckEndpointOptions();
        return endpoints.MapPost(pattern, (HttpContext context) => CheckEndpoint.HandleAsync(context, bounds));
    }

    /// <summary>
    /// Maps <c>GET <paramref name="pattern"/></c>: a page where one pastes or drops a text, sets its publication date and
    /// sees the HTML report from the endpoint at <paramref name="checkPath"/>.
    /// </summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="pattern">The route of the page. Defaults to <c>/</c>.</param>
    /// <param name="checkPath">Where the page posts the text: the route given to <see cref="MapFactCheck"/>. Defaults to <c>/check</c>.</param>
    /// <returns>The endpoint, to add conventions to.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endpoints"/> is <see langword="null"/>.</exception>
    public static IEndpointConventionBuilder MapFactCheckPage(this IEndpointRouteBuilder endpoints, string pattern = "/", string checkPath = "/check")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        ArgumentException.ThrowIfNullOrWhiteSpace(checkPath);
        var html = CheckPage.Html(checkPath);
        return endpoints.MapGet(pattern, () => Results.Content(html, "text/html; charset=utf-8"));
    }
}
