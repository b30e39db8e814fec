using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>
/// What checks reason about: some measure of some subject had some value at some time, according to some source.
/// A claim is built from one mention or several that belong together (a from/to pair, a range, a part and its whole).
/// </summary>
/// <remarks>
/// Immutable and validated when created. It holds its figures and its document's name, so it means the same
/// outside its report (in a claim store, say).
/// </remarks>
public sealed class Claim
{
    /// <summary>Creates a claim.</summary>
    /// <param name="id">An id unique within the report, such as <c>c1</c>.</param>
    /// <param name="kind">The shape of the claim.</param>
    /// <param name="span">The words of the claim (its clause), covering all its mentions.</param>
    /// <param name="text">The surface text of <paramref name="span"/>.</param>
    /// <param name="value">The main value: the level, the new value of a from/to pair, the amount of a change.</param>
    /// <param name="unit">The unit of <paramref name="value"/>, as on <see cref="Mention.Unit"/>.</param>
    /// <param name="low">The lowest value the claim allows.</param>
    /// <param name="high">The highest value the claim allows.</param>
    /// <param name="figures">The figures this claim is made of, in text order; at least one.</param>
    /// <param name="document">The source of the document the claim is read from (<see cref="FactCheck.Document.Source"/>), or <see langword="null"/>.</param>
    /// <param name="qualifier">The hedge on the main value, if any.</param>
    /// <param name="direction">Which way a change goes; <see cref="ChangeDirection.None"/> for levels.</param>
    /// <param name="previousValue">For from/to claims, the earlier value ("10%" in "29%, up from 10%"); otherwise <see langword="null"/>.</param>
    /// <param name="previous">For from/to claims, the earlier figure with its unit and interval ("the earlier 10%"); otherwise <see langword="null"/>.</param>
    /// <param name="statedChange">The change stated beside a level or a from/to pair ("20%" in "rose 20% to £5bn from £4bn", "19%" in "29%, up 19% from 10%"), or <see langword="null"/>. For <see cref="ClaimKind.Change"/> claims the change is the main value instead.</param>
    /// <param name="whole">For shares, the whole when the text gives it as a figure ("1,200" in "300 of the 1,200 jobs"); otherwise <see langword="null"/>.</param>
    /// <param name="comparedWith">For comparisons, the figure compared against ("7%" in "faster than the 7% in India"), when the text gives one.</param>
    /// <param name="rank">The place in an ordering the text gives ("third-largest" is 3, "the largest" is 1), or <see langword="null"/>.</param>
    /// <param name="tariff">For tariff, duty and levy claims, who imposes the rate on whom and whether it is stacked; otherwise <see langword="null"/>.</param>
    /// <param name="subject">The measured thing as the text names it ("duty on exports from Pakistan to the US").</param>
    /// <param name="subjectKey">A normalized key for <see cref="Subject"/> that lets restatements of the same thing meet.</param>
    /// <param name="entities">Named entities in the subject (countries, organisations).</param>
    /// <param name="entity">Who or what the figure is about: a company, country, organisation or group of people, resolved across the article ("it", "the firm" and "its profits" name the entity they refer to); empty when there is none.</param>
    /// <param name="entityResolution">How <see cref="Entity"/> was found; <see cref="EntityResolution.Topic"/> is the weakest reading.</param>
    /// <param name="quantity">The thing measured, as a noun phrase without the entity ("pre-tax profits", "share of Germany's imports"); empty when the text names none.</param>
    /// <param name="measure">What sort of quantity the claim states.</param>
    /// <param name="time">The period the claim is about: a date named in the same clause; else, for statements in the present tense, the publication date; else the date of the source the claim is attributed to ("a 2022 report"). <see langword="null"/> when none of these applies (a past-tense statement that names no time, or no publication date).</param>
    /// <param name="previousTime">For from/to pairs and changes, the period of the earlier value ("against $41m a year earlier", "since August"), when the text gives it; otherwise <see langword="null"/>.</param>
    /// <param name="effectiveDate">The date from which the claim holds ("takes full effect on April 9"), when the text gives one.</param>
    /// <param name="source">Who the text says the claim comes from, when it says.</param>
    /// <param name="modality">Whether the claim reports what was or is, or what will or is meant to be (a forecast, a plan).</param>
    /// <param name="related">Ids of claims this one is linked to (restatements, the whole of a part, a change and its level).</param>
    /// <exception cref="ArgumentNullException">A required argument, or an element of a list, is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An argument is empty or inconsistent.</exception>
    public Claim(
        string id,
        ClaimKind kind,
        TextSpan span,
        string text,
        decimal value,
        string unit,
        decimal low,
        decimal high,
        IReadOnlyList<ClaimFigure> figures,
        string? document = null,
        Qualifier qualifier = default,
        ChangeDirection direction = default,
        decimal? previousValue = null,
        ClaimFigure? previous = null,
        ClaimFigure? statedChange = null,
        ClaimFigure? whole = null,
        ClaimFigure? comparedWith = null,
        int? rank = null,
        TariffDetails? tariff = null,
        string subject = "",
        string subjectKey = "",
        IReadOnlyList<string>? entities = null,
        string entity = "",
        EntityResolution entityResolution = default,
        string quantity = "",
        Measure measure = default,
        ClaimTime? time = null,
        ClaimTime? previousTime = null,
        ClaimTime? effectiveDate = null,
        ClaimSource? source = null,
        ClaimModality modality = default,
        IReadOnlyList<string>? related = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(figures);
        if (text.Length != span.Length)
        {
            throw new ArgumentException("The text must be the surface text of the span.", nameof(text));
        }

        if (low > high)
        {
            throw new ArgumentException("The low end of the interval is above the high end.", nameof(low));
        }

        if (figures.Count == 0 || HasNull(figures))
        {
            throw new ArgumentException("A claim is made of at least one figure, and no figure is null.", nameof(figures));
        }

        if (previousValue is decimal stated && previous is not null && previous.Value != stated)
        {
            throw new ArgumentException("The earlier value differs from the earlier figure's value.", nameof(previousValue));
        }

        if (rank is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rank), rank, "A rank is 1 or more.");
        }

        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(subjectKey);
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(quantity);

        if (entities is not null && HasNull(entities))
        {
            throw new ArgumentNullException(nameof(entities), "The list has a null element.");
        }

        if (related is not null && HasNull(related))
        {
            throw new ArgumentNullException(nameof(related), "The list has a null element.");
        }

        Id = id;
        Kind = kind;
        Span = span;
        Text = text;
        Value = value;
        Unit = unit;
        Low = low;
        High = high;
        var copied = figures.ToArray();
        Figures = copied;
        MentionIndices = Array.ConvertAll(copied, f => f.MentionIndex);
        Document = document;
        QualifiedId = document is null ? id : document + "#" + id;
        Qualifier = qualifier;
        Direction = direction;
        PreviousValue = previousValue ?? previous?.Value;
        Previous = previous;
        StatedChange = statedChange;
        Whole = whole;
        ComparedWith = comparedWith;
        Rank = rank;
        Tariff = tariff;
        Subject = subject;
        SubjectKey = subjectKey;
        Entities = entities?.ToArray() ?? [];
        Entity = entity;
        EntityResolution = entityResolution;
        Quantity = quantity;
        Measure = measure;
        Time = time;
        PreviousTime = previousTime;
        EffectiveDate = effectiveDate;
        Source = source;
        Modality = modality;
        Related = related?.ToArray() ?? [];
    }

    /// <summary>An id unique within the report, such as <c>c1</c>.</summary>
    public string Id { get; }

    /// <summary>The shape of the claim.</summary>
    public ClaimKind Kind { get; }

    /// <summary>The words of the claim, covering all its mentions.</summary>
    public TextSpan Span { get; }

    /// <summary>The surface text of <see cref="Span"/>.</summary>
    public string Text { get; }

    /// <summary>The main value: the level, the new value of a from/to pair, or the amount of a change.</summary>
    public decimal Value { get; }

    /// <summary>The unit of <see cref="Value"/>.</summary>
    public string Unit { get; }

    /// <summary>The lowest value the claim allows, after hedges and precision.</summary>
    public decimal Low { get; }

    /// <summary>The highest value the claim allows, after hedges and precision.</summary>
    public decimal High { get; }

    /// <summary>Indices into the report's mentions of the figures this claim is made of.</summary>
    public IReadOnlyList<int> MentionIndices { get; }

    /// <summary>The figures this claim is made of, in text order: their text, value, unit and interval travel with the claim.</summary>
    public IReadOnlyList<ClaimFigure> Figures { get; }

    /// <summary>The source of the document the claim is read from (<see cref="FactCheck.Document.Source"/>), or <see langword="null"/>.</summary>
    public string? Document { get; }

    /// <summary>
    /// The id qualified by the document, <c>{document}#{id}</c> (just the id when the document is not known), so that a
    /// claim keeps its identity when it leaves its report.
    /// </summary>
    public string QualifiedId { get; }

    /// <summary>The hedge on the main value, if any.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>Which way a change goes; <see cref="ChangeDirection.None"/> for levels.</summary>
    public ChangeDirection Direction { get; }

    /// <summary>For from/to claims, the earlier value ("10%" in "29%, up from 10%"); otherwise <see langword="null"/>.</summary>
    /// <remarks>The same as <see cref="Previous"/>'s value when <see cref="Previous"/> is set.</remarks>
    public decimal? PreviousValue { get; }

    /// <summary>
    /// For from/to claims, the earlier figure with its unit and interval ("the earlier 10%"); otherwise <see langword="null"/>.
    /// </summary>
    public ClaimFigure? Previous { get; }

    /// <summary>
    /// The change stated beside a level or a from/to pair ("20%" in "rose 20% to £5bn from £4bn", "19%" in
    /// "29%, up 19% from 10%"), or <see langword="null"/>. For <see cref="ClaimKind.Change"/> claims the change is the main value instead.
    /// </summary>
    public ClaimFigure? StatedChange { get; }

    /// <summary>For shares, the whole when the text gives it as a figure ("1,200" in "300 of the 1,200 jobs"); otherwise <see langword="null"/>.</summary>
    public ClaimFigure? Whole { get; }

    /// <summary>For comparisons, the figure compared against ("7%" in "faster than the 7% in India"), when the text gives one.</summary>
    public ClaimFigure? ComparedWith { get; }

    /// <summary>The place in an ordering the text gives ("third-largest" is 3, "the largest" is 1), or <see langword="null"/>.</summary>
    public int? Rank { get; }

    /// <summary>For tariff, duty and levy claims, who imposes the rate on whom and whether it is stacked; otherwise <see langword="null"/>.</summary>
    public TariffDetails? Tariff { get; }

    /// <summary>The measured thing as the text names it ("duty on exports from Pakistan to the US").</summary>
    public string Subject { get; }

    /// <summary>A normalized key for <see cref="Subject"/> that lets restatements of the same thing meet.</summary>
    public string SubjectKey { get; }

    /// <summary>Named entities in the subject (countries, organisations).</summary>
    public IReadOnlyList<string> Entities { get; }

    /// <summary>
    /// Who or what the figure is about: a company, country, organisation or group of people, resolved across the article
    /// ("it", "the firm" and "its profits" name the entity they refer to); empty when there is none.
    /// </summary>
    public string Entity { get; }

    /// <summary>How <see cref="Entity"/> was found; <see cref="EntityResolution.Topic"/> is the weakest reading.</summary>
    public EntityResolution EntityResolution { get; }

    /// <summary>
    /// The thing measured, as a noun phrase without the entity ("pre-tax profits", "share of Germany's imports");
    /// empty when the text names none.
    /// </summary>
    public string Quantity { get; }

    /// <summary>What sort of quantity the claim states.</summary>
    public Measure Measure { get; }

    /// <summary>
    /// The period the claim is about: a date named in the same clause; else, for statements in the present tense,
    /// the publication date; else the date of the source the claim is attributed to ("a 2022 report").
    /// <see langword="null"/> when none of these applies (a past-tense statement that names no time, or no publication date).
    /// </summary>
    public ClaimTime? Time { get; }

    /// <summary>
    /// For from/to pairs and changes, the period of the earlier value ("against $41m a year earlier", "since August"),
    /// when the text gives it; otherwise <see langword="null"/>.
    /// </summary>
    public ClaimTime? PreviousTime { get; }

    /// <summary>The date from which the claim holds ("takes full effect on April 9"), when the text gives one.</summary>
    public ClaimTime? EffectiveDate { get; }

    /// <summary>Who the text says the claim comes from, when it says.</summary>
    public ClaimSource? Source { get; }

    /// <summary>Whether the claim reports what was or is, or what will or is meant to be (a forecast, a plan).</summary>
    public ClaimModality Modality { get; }

    /// <summary>What the wording of the claim says about how its figure may be read; recorded by the claims stage.</summary>
    internal ClaimCues Cues { get; init; }

    /// <summary>Ids of claims this one is linked to (restatements, the whole of a part, a change and its level).</summary>
    public IReadOnlyList<string> Related { get; }

    // Whether a list given to the constructor has a null element: read without an enumerator, as every claim asks it.
    private static bool HasNull<T>(IReadOnlyList<T> items)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Kind} {Measure} '{Subject}' = {Value} {Unit}";
}
