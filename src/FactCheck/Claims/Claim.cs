using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>
/// What checks reason about: some measure of some subject had some value at some time, according to some source.
/// A claim is built from one mention or several that belong together (a from/to pair, a range, a part and its whole).
/// </summary>
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
    /// <param name="mentionIndices">Indices into the report's mentions of the figures this claim is made of; at least one.</param>
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
        IReadOnlyList<int> mentionIndices)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(mentionIndices);
        if (text.Length != span.Length)
        {
            throw new ArgumentException("The text must be the surface text of the span.", nameof(text));
        }

        if (low > high)
        {
            throw new ArgumentException("The low end of the interval is above the high end.", nameof(low));
        }

        if (mentionIndices.Count == 0)
        {
            throw new ArgumentException("A claim is made of at least one mention.", nameof(mentionIndices));
        }

        Id = id;
        Kind = kind;
        Span = span;
        Text = text;
        Value = value;
        Unit = unit;
        Low = low;
        High = high;
        MentionIndices = mentionIndices.ToArray();
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

    /// <summary>The hedge on the main value, if any.</summary>
    public Qualifier Qualifier { get; init; }

    /// <summary>Which way a change goes; <see cref="ChangeDirection.None"/> for levels.</summary>
    public ChangeDirection Direction { get; init; }

    /// <summary>For from/to claims, the earlier value ("10%" in "29%, up from 10%"); otherwise <see langword="null"/>.</summary>
    /// <remarks>The same as <see cref="Previous"/>'s value when <see cref="Previous"/> is set.</remarks>
    public decimal? PreviousValue { get; init; }

    /// <summary>
    /// For from/to claims, the earlier figure with its unit and interval ("the earlier 10%"); otherwise <see langword="null"/>.
    /// </summary>
    public ClaimFigure? Previous { get; init; }

    /// <summary>
    /// The change stated beside a level or a from/to pair ("20%" in "rose 20% to £5bn from £4bn", "19%" in
    /// "29%, up 19% from 10%"), or <see langword="null"/>. For <see cref="ClaimKind.Change"/> claims the change is the main value instead.
    /// </summary>
    public ClaimFigure? StatedChange { get; init; }

    /// <summary>For shares, the whole when the text gives it as a figure ("1,200" in "300 of the 1,200 jobs"); otherwise <see langword="null"/>.</summary>
    public ClaimFigure? Whole { get; init; }

    /// <summary>For comparisons, the figure compared against ("7%" in "faster than the 7% in India"), when the text gives one.</summary>
    public ClaimFigure? ComparedWith { get; init; }

    /// <summary>The place in an ordering the text gives ("third-largest" is 3, "the largest" is 1), or <see langword="null"/>.</summary>
    public int? Rank { get; init; }

    /// <summary>For tariff, duty and levy claims, who imposes the rate on whom and whether it is stacked; otherwise <see langword="null"/>.</summary>
    public TariffDetails? Tariff { get; init; }

    /// <summary>The measured thing as the text names it ("duty on exports from Pakistan to the US").</summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>A normalized key for <see cref="Subject"/> that lets restatements of the same thing meet.</summary>
    public string SubjectKey { get; init; } = string.Empty;

    /// <summary>Named entities in the subject (countries, organisations).</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>
    /// Who or what the figure is about: a company, country, organisation or group of people, resolved across the article
    /// ("it", "the firm" and "its profits" name the entity they refer to); empty when there is none.
    /// </summary>
    public string Entity { get; init; } = string.Empty;

    /// <summary>How <see cref="Entity"/> was found; <see cref="EntityResolution.Topic"/> is the weakest reading.</summary>
    public EntityResolution EntityResolution { get; init; }

    /// <summary>
    /// The thing measured, as a noun phrase without the entity ("pre-tax profits", "share of Germany's imports");
    /// empty when the text names none.
    /// </summary>
    public string Quantity { get; init; } = string.Empty;

    /// <summary>What sort of quantity the claim states.</summary>
    public Measure Measure { get; init; }

    /// <summary>
    /// The period the claim is about: a date named in the same clause; else, for statements in the present tense,
    /// the publication date; else the date of the source the claim is attributed to ("a 2022 report").
    /// <see langword="null"/> when none of these applies (a past-tense statement that names no time, or no publication date).
    /// </summary>
    public ClaimTime? Time { get; init; }

    /// <summary>
    /// For from/to pairs and changes, the period of the earlier value ("against $41m a year earlier", "since August"),
    /// when the text gives it; otherwise <see langword="null"/>.
    /// </summary>
    public ClaimTime? PreviousTime { get; init; }

    /// <summary>The date from which the claim holds ("takes full effect on April 9"), when the text gives one.</summary>
    public ClaimTime? EffectiveDate { get; init; }

    /// <summary>Who the text says the claim comes from, when it says.</summary>
    public ClaimSource? Source { get; init; }

    /// <summary>Whether the claim reports what was or is, or what will or is meant to be (a forecast, a plan).</summary>
    public ClaimModality Modality { get; init; }

    /// <summary>What the wording of the claim says about how its figure may be read; recorded by the claims stage.</summary>
    internal ClaimCues Cues { get; init; }

    /// <summary>Ids of claims this one is linked to (restatements, the whole of a part, a change and its level).</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Kind} {Measure} '{Subject}' = {Value} {Unit}";
}
