using System.Globalization;
using FactCheck.Claims;

namespace FactCheck.Storage;

/// <summary>The period a stored claim is about, as <see cref="Claim.Time"/> gave it: enough to tell whether two claims are about the same time.</summary>
public sealed class ClaimPeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="basis">How the period was found (named in the text, the publication date of a present-tense statement, …).</param>
    /// <param name="text">The words that name it (empty for the publication date).</param>
    /// <param name="start">The first day, when it is resolved.</param>
    /// <param name="end">The last day, when it is resolved.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Only one of <paramref name="start"/> and <paramref name="end"/> is given, or the end is before the start.</exception>
    public ClaimPeriod(TimeBasis basis, string text, DateOnly? start, DateOnly? end)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start.HasValue != end.HasValue || start > end)
        {
            throw new ArgumentException("A resolved period has a start and an end, in that order.", nameof(end));
        }

        Basis = basis;
        Text = text;
        Start = start;
        End = end;
    }

    /// <summary>How the period was found.</summary>
    public TimeBasis Basis { get; }

    /// <summary>The words that name it.</summary>
    public string Text { get; }

    /// <summary>The first day, when resolved.</summary>
    public DateOnly? Start { get; }

    /// <summary>The last day, when resolved.</summary>
    public DateOnly? End { get; }

    /// <summary>
    /// The period as a key of the store's index: <c>present</c> for the publication date of a present-tense statement
    /// (matched within a window of days, see <see cref="ClaimLookup"/>), the first and last day when resolved, else the
    /// words in upper case.
    /// </summary>
    public string Key => Basis == TimeBasis.PublicationDate
        ? PresentKey
        : Start is DateOnly s && End is DateOnly e
            ? string.Create(CultureInfo.InvariantCulture, $"{s:yyyy-MM-dd}/{e:yyyy-MM-dd}")
            : "text:" + Text.Trim().ToUpperInvariant();

    /// <summary>The key of claims that state no period.</summary>
    internal const string NoneKey = "none";

    /// <summary>The key of present-tense claims dated by their publication date.</summary>
    internal const string PresentKey = "present";

    internal static ClaimPeriod? From(ClaimTime? time) =>
        time is null ? null : new ClaimPeriod(time.Basis, time.Text, time.Date?.Start, time.Date?.Start is null ? null : time.Date.End ?? time.Date.Start);

    internal ClaimTime ToTime() =>
        new(Text, null, Start is null ? null : new Recognition.DateValue(Recognition.DateGrain.Range, Start, End, string.Empty), Basis);
}
