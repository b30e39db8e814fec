using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Storage;

/// <summary>
/// A claim as a store keeps it: self-contained, with its document's id and publication date, so that it can be compared
/// with the claims of another document without its report.
/// </summary>
public sealed class ClaimRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="documentId">The id of the claim's document (<see cref="Document.Source"/>).</param>
    /// <param name="documentPublished">The publication date of the claim's document, when known.</param>
    /// <param name="claimId">The claim's id within its document (<see cref="Claim.Id"/>).</param>
    /// <param name="kind">The shape of the claim.</param>
    /// <param name="span">Where the claim's words are in its document.</param>
    /// <param name="text">The claim's words.</param>
    /// <param name="figureText">The words of the main figure ("29%"), as a finding quotes them.</param>
    /// <param name="value">The main value.</param>
    /// <param name="unit">The unit of <paramref name="value"/>.</param>
    /// <param name="low">The lowest value the claim allows.</param>
    /// <param name="high">The highest value the claim allows.</param>
    /// <param name="previousValue">For from/to claims, the earlier value.</param>
    /// <param name="direction">Which way a change goes.</param>
    /// <param name="modality">Whether the claim reports what was or is, or a forecast or a plan.</param>
    /// <param name="measure">What sort of quantity the claim states.</param>
    /// <param name="subject">The measured thing as the text names it.</param>
    /// <param name="subjectKey">The normalized key of <paramref name="subject"/>.</param>
    /// <param name="entity">Who or what the figure is about; empty when there is none.</param>
    /// <param name="entities">Named entities in the subject.</param>
    /// <param name="quantity">The thing measured, without the entity.</param>
    /// <param name="period">The period the claim is about, or <see langword="null"/>.</param>
    /// <param name="effectiveFrom">The first day of the date from which the claim holds, when resolved.</param>
    /// <param name="effectiveTo">The last day of that date.</param>
    /// <param name="attribution">Who the text says the claim comes from ("the IMF"), or <see langword="null"/>.</param>
    /// <param name="comparable">Whether the cross-document rule compares the claim (a level, from/to pair, share or change of a resolved entity and a named quantity).</param>
    /// <exception cref="ArgumentNullException">A required argument, or an element of <paramref name="entities"/>, is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty or inconsistent.</exception>
    public ClaimRecord(
        string documentId,
        DateOnly? documentPublished,
        string claimId,
        ClaimKind kind,
        TextSpan span,
        string text,
        string figureText,
        decimal value,
        string unit,
        decimal low,
        decimal high,
        decimal? previousValue,
        ChangeDirection direction,
        ClaimModality modality,
        Measure measure,
        string subject,
        string subjectKey,
        string entity,
        IReadOnlyList<string> entities,
        string quantity,
        ClaimPeriod? period,
        DateOnly? effectiveFrom,
        DateOnly? effectiveTo,
        string? attribution,
        bool comparable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(claimId);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(figureText);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(subjectKey);
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(quantity);
        if (text.Length != span.Length)
        {
            throw new ArgumentException("The text must be as long as the span.", nameof(text));
        }

        if (low > high)
        {
            throw new ArgumentException("The low end of the interval is above the high end.", nameof(low));
        }

        if (effectiveFrom.HasValue != effectiveTo.HasValue || effectiveFrom > effectiveTo)
        {
            throw new ArgumentException("An effective date has a first and a last day, in that order.", nameof(effectiveTo));
        }

        if (entities.Any(e => e is null))
        {
            throw new ArgumentNullException(nameof(entities), "The list has a null element.");
        }

        DocumentId = documentId;
        DocumentPublished = documentPublished;
        ClaimId = claimId;
        Kind = kind;
        Span = span;
        Text = text;
        FigureText = figureText;
        Value = value;
        Unit = unit;
        Low = low;
        High = high;
        PreviousValue = previousValue;
        Direction = direction;
        Modality = modality;
        Measure = measure;
        Subject = subject;
        SubjectKey = subjectKey;
        Entity = entity;
        Entities = entities.ToArray();
        Quantity = quantity;
        Period = period;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Attribution = string.IsNullOrWhiteSpace(attribution) ? null : attribution;
        Comparable = comparable;
        Key = new ClaimKey(subjectKey, measure, unit, period?.Key ?? ClaimPeriod.NoneKey);
    }

    /// <summary>The id of the claim's document.</summary>
    public string DocumentId { get; }

    /// <summary>The publication date of the claim's document, when known.</summary>
    public DateOnly? DocumentPublished { get; }

    /// <summary>The claim's id within its document.</summary>
    public string ClaimId { get; }

    /// <summary>The id qualified by the document, <c>{document}#{id}</c>, as <see cref="Claim.QualifiedId"/>.</summary>
    public string QualifiedId => DocumentId + "#" + ClaimId;

    /// <summary>The shape of the claim.</summary>
    public ClaimKind Kind { get; }

    /// <summary>Where the claim's words are in its document.</summary>
    public TextSpan Span { get; }

    /// <summary>The claim's words.</summary>
    public string Text { get; }

    /// <summary>The words of the main figure, as a finding quotes them.</summary>
    public string FigureText { get; }

    /// <summary>The main value.</summary>
    public decimal Value { get; }

    /// <summary>The unit of <see cref="Value"/>.</summary>
    public string Unit { get; }

    /// <summary>The lowest value the claim allows.</summary>
    public decimal Low { get; }

    /// <summary>The highest value the claim allows.</summary>
    public decimal High { get; }

    /// <summary>For from/to claims, the earlier value; otherwise <see langword="null"/>.</summary>
    public decimal? PreviousValue { get; }

    /// <summary>Which way a change goes.</summary>
    public ChangeDirection Direction { get; }

    /// <summary>Whether the claim reports what was or is, or a forecast or a plan.</summary>
    public ClaimModality Modality { get; }

    /// <summary>What sort of quantity the claim states.</summary>
    public Measure Measure { get; }

    /// <summary>The measured thing as the text names it.</summary>
    public string Subject { get; }

    /// <summary>The normalized key of <see cref="Subject"/>.</summary>
    public string SubjectKey { get; }

    /// <summary>Who or what the figure is about; empty when there is none.</summary>
    public string Entity { get; }

    /// <summary>Named entities in the subject.</summary>
    public IReadOnlyList<string> Entities { get; }

    /// <summary>The thing measured, without the entity.</summary>
    public string Quantity { get; }

    /// <summary>The period the claim is about, or <see langword="null"/>.</summary>
    public ClaimPeriod? Period { get; }

    /// <summary>The first day of the date from which the claim holds, when resolved.</summary>
    public DateOnly? EffectiveFrom { get; }

    /// <summary>The last day of the date from which the claim holds, when resolved.</summary>
    public DateOnly? EffectiveTo { get; }

    /// <summary>Who the text says the claim comes from, or <see langword="null"/>.</summary>
    public string? Attribution { get; }

    /// <summary>Whether the cross-document rule compares the claim.</summary>
    public bool Comparable { get; }

    /// <summary>What the store indexes the claim by.</summary>
    public ClaimKey Key { get; }

    /// <inheritdoc />
    public override string ToString() => $"{QualifiedId} {Kind} {Measure} '{Subject}' = {Value} {Unit}";

    internal static ClaimRecord From(Claim claim, Document document, string figureText, bool comparable) =>
        new(
            document.Source,
            document.Published,
            claim.Id,
            claim.Kind,
            claim.Span,
            claim.Text,
            figureText,
            claim.Value,
            claim.Unit,
            claim.Low,
            claim.High,
            claim.PreviousValue,
            claim.Direction,
            claim.Modality,
            claim.Measure,
            claim.Subject,
            claim.SubjectKey,
            claim.Entity,
            claim.Entities,
            claim.Quantity,
            ClaimPeriod.From(claim.Time),
            claim.EffectiveDate?.Date?.Start,
            claim.EffectiveDate?.Date?.Start is null ? null : claim.EffectiveDate.Date.End ?? claim.EffectiveDate.Date.Start,
            claim.Source?.Name,
            comparable);

    /// <summary>The claim again, with what the comparison of restatements reads, so the rule that compares documents in memory compares stored ones.</summary>
    internal Claim ToClaim()
    {
        var figure = new ClaimFigure(0, Span, Text, Value, Unit, Low, High);
        return new Claim(
            ClaimId,
            Kind,
            Span,
            Text,
            Value,
            Unit,
            Low,
            High,
            [figure],
            document: DocumentId,
            direction: Direction,
            previousValue: PreviousValue,
            subject: Subject,
            subjectKey: SubjectKey,
            entities: Entities,
            entity: Entity,
            quantity: Quantity,
            measure: Measure,
            time: Period?.ToTime(),
            effectiveDate: EffectiveFrom is null ? null : new ClaimTime(string.Empty, null, new DateValue(DateGrain.Range, EffectiveFrom, EffectiveTo, string.Empty)),
            source: Attribution is null ? null : new ClaimSource(Attribution, default),
            modality: Modality);
    }
}
