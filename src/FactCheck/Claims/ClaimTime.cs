using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>The period a claim is about, and where the text says so.</summary>
public sealed class ClaimTime
{
    /// <summary>Creates a claim time and says where it comes from.</summary>
    /// <param name="text">The words that name the time, or the publication date written as yyyy-MM-dd when taken from it.</param>
    /// <param name="span">Where the time is named, or <see langword="null"/> when it is not named in the text.</param>
    /// <param name="date">The resolved time, or <see langword="null"/> when it could not be resolved.</param>
    /// <param name="basis">Where the time comes from.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not a defined value.</exception>
    public ClaimTime(string text, TextSpan? span, DateValue? date, TimeBasis basis = TimeBasis.Named)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Enum.IsDefined(basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Not a defined time basis.");
        }

        Text = text;
        Span = span;
        Date = date;
        Basis = basis;
    }

    /// <summary>The words that name the time, or the publication date when taken from it.</summary>
    public string Text { get; }

    /// <summary>Where the time is named, or <see langword="null"/> when it comes from the publication date.</summary>
    public TextSpan? Span { get; }

    /// <summary>The resolved time, or <see langword="null"/> when unresolved.</summary>
    public DateValue? Date { get; }

    /// <summary>Whether the time was taken from the publication date.</summary>
    public bool FromPublicationDate => Basis == TimeBasis.PublicationDate;

    /// <summary>Where the time comes from: named beside the figure, carried over from the sentences before, derived, or a date of publication or source.</summary>
    public TimeBasis Basis { get; }
}
