using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>The period a claim is about, and where the text says so.</summary>
public sealed class ClaimTime
{
    /// <summary>Creates a claim time.</summary>
    /// <param name="text">The words that name the time ("In January 2025"), or the publication date written as yyyy-MM-dd when taken from it.</param>
    /// <param name="span">Where the time is named, or <see langword="null"/> when it comes from the publication date.</param>
    /// <param name="date">The resolved time, or <see langword="null"/> when it could not be resolved.</param>
    /// <param name="fromPublicationDate">Whether the time was taken from the publication date because the claim is in the present tense.</param>
    public ClaimTime(string text, TextSpan? span, DateValue? date, bool fromPublicationDate = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Span = span;
        Date = date;
        FromPublicationDate = fromPublicationDate;
    }

    /// <summary>The words that name the time, or the publication date when taken from it.</summary>
    public string Text { get; }

    /// <summary>Where the time is named, or <see langword="null"/> when it comes from the publication date.</summary>
    public TextSpan? Span { get; }

    /// <summary>The resolved time, or <see langword="null"/> when unresolved.</summary>
    public DateValue? Date { get; }

    /// <summary>Whether the time was taken from the publication date.</summary>
    public bool FromPublicationDate { get; }
}
