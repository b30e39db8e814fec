using System.Globalization;

namespace FactCheck;

/// <summary>
/// A text to check, with the facts needed to read it: its publication date (against which relative
/// and partial dates such as "April 9" or "last year" are resolved) and its culture.
/// </summary>
/// <remarks>
/// Culture and time are always explicit: nothing is read from the machine clock or the thread culture.
/// Without a publication date, dates are reported unresolved and say so. Without a culture, the document is read in
/// the culture of the checker that reads it (<see cref="FactChecker.Culture"/>).
/// </remarks>
public sealed class Document
{
    /// <summary>Creates a document.</summary>
    /// <param name="text">The full text. Must not be <see langword="null"/>; may be empty.</param>
    /// <param name="published">The publication date, or <see langword="null"/> when unknown.</param>
    /// <param name="culture">
    /// The language of the text, or <see langword="null"/> to have it read in the checker's culture
    /// (<see cref="FactCheckerBuilder.WithCulture"/>, <c>en-US</c> unless set).
    /// </param>
    /// <param name="source">A name for the document in reports (a file path, a URL, an id). Defaults to <c>"text"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public Document(string text, DateOnly? published = null, CultureInfo? culture = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Published = published;
        Culture = culture;
        Source = string.IsNullOrWhiteSpace(source) ? "text" : source;
    }

    /// <summary>The culture of a checker built without <see cref="FactCheckerBuilder.WithCulture"/>: <c>en-US</c>.</summary>
    public static CultureInfo DefaultCulture { get; } = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The full text of the document.</summary>
    public string Text { get; }

    /// <summary>The publication date, or <see langword="null"/> when unknown.</summary>
    public DateOnly? Published { get; }

    /// <summary>
    /// The language of the text, or <see langword="null"/> when the document names none. The report of a checked
    /// document always names one: the document's own or, failing that, the checker's.
    /// </summary>
    public CultureInfo? Culture { get; }

    /// <summary>A name for the document in reports (a file path, a URL, an id).</summary>
    public string Source { get; }

    /// <summary>This document read in <paramref name="culture"/> when it names no culture of its own; otherwise itself.</summary>
    internal Document InCulture(CultureInfo culture) => Culture is null ? new Document(Text, Published, culture, Source) : this;
}
