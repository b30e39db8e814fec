using System.Globalization;

namespace FactCheck;

/// <summary>
/// A text to check, with the facts needed to read it: its publication date (against which relative
/// and partial dates such as "April 9" or "last year" are resolved) and its culture.
/// </summary>
/// <remarks>
/// Culture and time are always explicit: nothing is read from the machine clock or the thread culture.
/// Without a publication date, dates are reported unresolved and say so.
/// </remarks>
public sealed class Document
{
    /// <summary>Creates a document.</summary>
    /// <param name="text">The full text. Must not be <see langword="null"/>; may be empty.</param>
    /// <param name="published">The publication date, or <see langword="null"/> when unknown.</param>
    /// <param name="culture">The language of the text. Defaults to <c>en-US</c>.</param>
    /// <param name="source">A name for the document in reports (a file path, a URL, an id). Defaults to <c>"text"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public Document(string text, DateOnly? published = null, CultureInfo? culture = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Published = published;
        Culture = culture ?? DefaultCulture;
        Source = string.IsNullOrWhiteSpace(source) ? "text" : source;
    }

    /// <summary>The culture used when none is given: <c>en-US</c>.</summary>
    public static CultureInfo DefaultCulture { get; } = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The full text of the document.</summary>
    public string Text { get; }

    /// <summary>The publication date, or <see langword="null"/> when unknown.</summary>
    public DateOnly? Published { get; }

    /// <summary>The language of the text.</summary>
    public CultureInfo Culture { get; }

    /// <summary>A name for the document in reports (a file path, a URL, an id).</summary>
    public string Source { get; }
}
