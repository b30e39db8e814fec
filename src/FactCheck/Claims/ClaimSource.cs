using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>Who the text says a claim comes from: "according to PICSS", "a 2022 US Defence Department report".</summary>
public sealed class ClaimSource
{
    /// <summary>Creates a source.</summary>
    /// <param name="name">The source as the text names it ("US Defence Department report").</param>
    /// <param name="span">Where the attribution is in the text.</param>
    /// <param name="date">The source's own date when the text gives it ("a 2022 ... report"), else <see langword="null"/>.</param>
    /// <param name="entity">
    /// The firm the source's words point back to when they name none ("the company said" after a sentence about Acme), else
    /// <see langword="null"/>.
    /// </param>
    public ClaimSource(string name, TextSpan span, DateValue? date = null, string? entity = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Span = span;
        Date = date;
        Entity = string.IsNullOrWhiteSpace(entity) ? null : entity;
    }

    /// <summary>The source as the text names it.</summary>
    public string Name { get; }

    /// <summary>Where the attribution is in the text.</summary>
    public TextSpan Span { get; }

    /// <summary>The source's own date, when given.</summary>
    public DateValue? Date { get; }

    /// <summary>
    /// The firm a reference ("the company", "the firm") points back to, when the source's words name none and the text before
    /// names it; else <see langword="null"/>, and <see cref="Name"/> is who the source is.
    /// </summary>
    public string? Entity { get; }
}
