using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Reports;

namespace FactCheck.Checks.Internal;

/// <summary>The comparison behind the restatement rules, within one document and across documents.</summary>
internal static class Restatements
{
    /// <summary>The arithmetic of a restatement conflict: both claims' intervals, and how far apart the values are.</summary>
    public static Computation Computation(Claim earlier, Claim later, decimal relativeTolerance) =>
        Computation((earlier.Value, earlier.Low, earlier.High), (later.Value, later.Low, later.High), relativeTolerance);

    /// <summary>The arithmetic of two figures that go with one level and conflict (<see cref="ChangesConflict"/>, <see cref="ConversionsConflict"/>).</summary>
    public static Computation Computation(ClaimFigure earlier, ClaimFigure later) =>
        Computation((earlier.Value, earlier.Low, earlier.High), (later.Value, later.Low, later.High), 0m);

    private static Computation Computation((decimal Value, decimal Low, decimal High) first, (decimal Value, decimal Low, decimal High) second, decimal relativeTolerance) =>
        new(
            "first and second intervals overlap",
            new Dictionary<string, decimal>(StringComparer.Ordinal)
            {
                ["first"] = first.Value,
                ["first.low"] = first.Low,
                ["first.high"] = first.High,
                ["second"] = second.Value,
                ["second.low"] = second.Low,
                ["second.high"] = second.High,
            },
            second.Value - first.Value,
            relativeTolerance);

    /// <summary>
    /// Whether a claim states a value of something specific enough to meet its restatements: a level, the new value of a
    /// from/to pair, a share or a change (set only against other changes the same way), with a known measure, of an
    /// entity the claims stage resolved and a quantity that names what is measured (<see cref="Quantities.NamesMeasure"/>),
    /// and not a figure set against another ("compared with 12.1% in Germany", "the previous estimate of 3.3%", "24.4% above
    /// the previous record of $496.5bn").
    /// </summary>
    public static bool IsComparable(Claim claim) =>
        claim.SubjectKey.Length > 0
        && claim.Kind is ClaimKind.Level or ClaimKind.FromTo or ClaimKind.Share or ClaimKind.Change
        && claim.Measure != Measure.Unknown
        && claim.Entity.Length > 0
        && Quantities.NamesMeasure(claim)
        && claim.ComparedWith is null
        && !(claim.Kind == ClaimKind.Level && claim.Cues.HasFlag(ClaimCues.Contrasted));

    /// <summary>
    /// Whether a claim may meet its restatements by its wording (<see cref="Wordings"/>): a level, pair, share, change or
    /// comparison with a known measure, of an entity the claims stage resolved, set against no figure, with a wording.
    /// </summary>
    public static bool IsComparableByWording(Claim claim) =>
        claim.Kind is ClaimKind.Level or ClaimKind.FromTo or ClaimKind.Share or ClaimKind.Change or ClaimKind.Comparison
        && claim.Measure != Measure.Unknown
        && claim.Entity.Length > 0
        && claim.ComparedWith is null
        && (claim.Quantity.Trim().Length > 0 || (claim.Kind == ClaimKind.Share && claim.Subject.Trim().Length > 0))
        && Wordings.Of(claim) is not null;

    /// <summary>
    /// Whether two claims state one figure in the same words: one wording (<see cref="Wordings"/>), the same kind of
    /// claim and hedge, the same measure in the same unit and modality, and the same entity. A sentence copied with its
    /// figure changed meets its original so; "Yahoo earned $187m" and "Yahoo paid $187m" do not. Where neither claim names
    /// its entity in its own words and the wording names one thing (<see cref="Wording.NamesOneThing"/>), the entity each
    /// was resolved to from the sentences around it may differ: "Shares in the retailer were up 19.6%" said twice is said
    /// of one retailer.
    /// </summary>
    public static bool SameWording(Claim a, Claim b) =>
        a.Kind == b.Kind
        && a.Qualifier == b.Qualifier
        && a.Measure == b.Measure
        && (a.Kind != ClaimKind.Change || a.Direction == b.Direction)
        && Units.Same(a.Unit, b.Unit)
        && SameModality(a.Modality, b.Modality)
        && Wordings.Of(a) is { } wording && Wordings.Of(b) is { } other
        && string.Equals(wording.Text, other.Text, StringComparison.Ordinal)
        && ((string.Equals(a.Entity, b.Entity, StringComparison.OrdinalIgnoreCase) && SameEntities(a, b))
            || (wording.NamesOneThing && !EntityInOwnWords(a) && !EntityInOwnWords(b)));

    // An entity named in the claim's own words or as the subject of its clause, not taken from the sentences around it.
    private static bool EntityInOwnWords(Claim claim) => claim.EntityResolution is EntityResolution.Named or EntityResolution.ClauseSubject;

    /// <summary>
    /// Whether two claims worded alike (<see cref="SameWording"/>) have values close enough to be one figure: as
    /// <see cref="Close(Claim, Claim, decimal)"/>, and two percentages one step of their last digit apart, unhedged or bounded
    /// alike from one side ("1%" and "2%", "almost 1%" and "almost 2%"), since the same words and bound give the figure one
    /// way. Approximate ones ("about 1%", "about 2%") say neither is exact.
    /// </summary>
    public static bool CloseWorded(Claim a, Claim b, decimal maximumRatio) =>
        Close(a, b, maximumRatio)
        || (a.Qualifier == b.Qualifier && a.Qualifier is not (Qualifier.Approximately or Qualifier.Between)
            && Units.IsPercent(a.Unit) && Units.IsPercent(b.Unit)
            && Close(a.Value, b.Value, maximumRatio, Math.Max(LastDigitStep(a), LastDigitStep(b))));

    // The unit of the last digit of a claim's main figure as written ("2%" 1, "2.5%" 0.1).
    private static decimal LastDigitStep(Claim claim)
    {
        var text = claim.Figures.FirstOrDefault(f => f.Value == claim.Value)?.Text ?? string.Empty;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : text.Skip(dot + 1).TakeWhile(char.IsDigit).Count();
        var step = 1m;
        for (var i = 0; i < decimals; i++)
        {
            step /= 10m;
        }

        return step;
    }

    /// <summary>
    /// The first figures of two claims worded alike that stand in the same place, in the same unit, and cannot both
    /// hold: "Shares in Acme were up 56 pence, or 7.6%" and, later, "… 56 pence, or 8.4%".
    /// </summary>
    public static (ClaimFigure Earlier, ClaimFigure Later)? WordedFiguresConflict(Claim a, Claim b, decimal maximumRatio)
    {
        if (a.Figures.Count != b.Figures.Count)
        {
            return null;
        }

        for (var i = 0; i < a.Figures.Count; i++)
        {
            // The main values are judged as the claims' own (with the rule's tolerance), not here.
            if (a.Figures[i].Value == a.Value && b.Figures[i].Value == b.Value)
            {
                continue;
            }

            if (Units.Same(a.Figures[i].Unit, b.Figures[i].Unit) && FiguresConflict(a.Figures[i], b.Figures[i], maximumRatio))
            {
                return (a.Figures[i], b.Figures[i]);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether two claims worded alike (<see cref="SameWording"/>) give values that cannot both be the one figure they
    /// state. Unhedged, as <see cref="Conflict"/>; hedged alike ("about $200bn", "more than 10%"), the same words and hedge
    /// name one figure, so two different values conflict even where both hedges could hold.
    /// </summary>
    public static bool WordedConflict(Claim a, Claim b, decimal relativeTolerance) =>
        a.Qualifier == Qualifier.None || a.Qualifier != b.Qualifier
            ? Conflict(a, b, relativeTolerance)
            : Math.Abs(a.Value - b.Value) > relativeTolerance * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value))
              && !(a.PreviousValue is decimal pa && pa == b.Value) && !(b.PreviousValue is decimal pb && pb == a.Value);

    /// <summary>
    /// Whether two claims are about the same measure of the same subject in the same unit: the same entity, the same
    /// subject key, and both reports of what was or is, or both the same kind of forecast or plan (a deficit for this
    /// year against the forecast for the next is no restatement). A subject key of one word ("tonnes", "people",
    /// "profit") names too little to tell two figures apart, unless the claims stage linked the two claims itself
    /// (<see cref="Claim.Related"/>) or, across documents, both name the quantity with the same words for a period they
    /// resolve.
    /// </summary>
    /// <param name="a">One claim.</param>
    /// <param name="b">The other claim.</param>
    /// <param name="sameDocument">Whether both are from one document (claim ids, and so links, are per document).</param>
    public static bool SameQuantity(Claim a, Claim b, bool sameDocument = true) =>
        string.Equals(a.SubjectKey, b.SubjectKey, StringComparison.Ordinal)
        && (a.SubjectKey.Trim(' ').Contains(' ', StringComparison.Ordinal)
            || (sameDocument ? a.Related.Contains(b.Id) || b.Related.Contains(a.Id) : SameWordsForOneTime(a, b)))
        && SameMeasure(a, b)
        && SameEntities(a, b);

    // Two documents (a story and its correction, two reports of one event) that name a quantity with the same words
    // ("profits") for a period both resolve are about one figure; claims of different documents are never linked.
    private static bool SameWordsForOneTime(Claim a, Claim b) =>
        string.Equals(a.Quantity.Trim(), b.Quantity.Trim(), StringComparison.OrdinalIgnoreCase)
        && a.Time?.Date is { IsResolved: true } && b.Time?.Date is { IsResolved: true };

    /// <summary>
    /// Whether two claims state the same sort of figure of the same entity, in the same unit and modality, whatever
    /// words name the quantity.
    /// </summary>
    public static bool SameMeasure(Claim a, Claim b) =>
        a.Measure == b.Measure
        && a.Kind == ClaimKind.Share == (b.Kind == ClaimKind.Share)
        && a.Kind == ClaimKind.Change == (b.Kind == ClaimKind.Change)
        && (a.Kind != ClaimKind.Change || a.Direction == b.Direction)
        && Units.Same(a.Unit, b.Unit)
        && string.Equals(a.Entity, b.Entity, StringComparison.OrdinalIgnoreCase)
        && SameModality(a.Modality, b.Modality);

    // What was and what is may restate each other; a forecast or a plan only restates the same kind of statement.
    internal static bool SameModality(ClaimModality a, ClaimModality b) =>
        a == b || (a is ClaimModality.Past or ClaimModality.Present && b is ClaimModality.Past or ClaimModality.Present);

    /// <summary>
    /// Whether two values are close enough to be two statements of one figure: a ratio above <paramref name="maximumRatio"/>
    /// ("4.7%" against "10.4%") says they are about different things the subject key could not tell apart. Two figures
    /// without a hedge that are one step of their last digit apart ("0.1%" and "0.2%", "£1bn" and "£2bn") and whose
    /// quantities are named in the same words are close whatever their ratio: that is how a figure is mistyped.
    /// </summary>
    public static bool Close(Claim a, Claim b, decimal maximumRatio) =>
        Close(a.Value, b.Value, maximumRatio, OneFigureInOneWording(a, b) ? Math.Max(a.High - a.Low, b.High - b.Low) : 0m);

    // One step apart is one figure mistyped only when both name the quantity in the same words: "growth of 0.1%" and
    // "annual growth of 0.2%" are two measures whose key is one.
    private static bool OneFigureInOneWording(Claim a, Claim b) =>
        a.Qualifier == Qualifier.None && b.Qualifier == Qualifier.None
        && string.Equals(a.Quantity.Trim(), b.Quantity.Trim(), StringComparison.OrdinalIgnoreCase);

    // Whether two values are within the ratio, or (for figures without a hedge, whose step is the width of their
    // interval, the unit of the last digit) one step apart.
    private static bool Close(decimal a, decimal b, decimal maximumRatio, decimal step)
    {
        var low = Math.Min(Math.Abs(a), Math.Abs(b));
        var high = Math.Max(Math.Abs(a), Math.Abs(b));
        if (low <= 0m || Math.Sign(a) != Math.Sign(b))
        {
            return false;
        }

        // high / low would overflow for a huge value over a tiny one; dividing by the ratio (at least 1) cannot.
        return high / maximumRatio <= low || high - low <= step;
    }

    /// <summary>
    /// Whether two statements of one level (or of one pair) give its change with values that cannot both hold: "operating
    /// profit fell 46% to 1.6bn euros" and, later, "fell 51% to 1.6bn euros". Only changes stated the same way (the same
    /// unit and direction) and against the same earlier period (both unnamed, or the same period) are set
    /// against each other: "up 2% on the quarter" and "up 9% on a year earlier" are two changes of one level.
    /// </summary>
    public static bool ChangesConflict(Claim a, Claim b, decimal maximumRatio) =>
        a.StatedChange is ClaimFigure ca && b.StatedChange is ClaimFigure cb
        && a.Direction == b.Direction && a.Direction != ChangeDirection.None
        && Units.Same(ca.Unit, cb.Unit)
        && Times.SamePreviousTime(a, b)
        && FiguresConflict(ca, cb, maximumRatio);

    /// <summary>
    /// The conversions of two statements of one sum into one other currency that cannot both hold: "3 trillion yen ($29bn)"
    /// and, later, "3 trillion yen ($32bn)". A sum converted the same day at one rate gives one figure.
    /// </summary>
    public static (ClaimFigure Earlier, ClaimFigure Later)? ConversionsConflict(Claim a, Claim b, decimal maximumRatio)
    {
        foreach (var ca in Conversions(a))
        {
            foreach (var cb in Conversions(b))
            {
                if (Units.Same(ca.Unit, cb.Unit) && FiguresConflict(ca, cb, maximumRatio))
                {
                    return (ca, cb);
                }
            }
        }

        return null;
    }

    // The figures of a sum in another currency than its own ("$29bn" in "3 trillion yen ($29bn)").
    private static IEnumerable<ClaimFigure> Conversions(Claim claim) =>
        claim.Measure == Measure.Amount && Units.IsCurrency(claim.Unit)
            ? claim.Figures.Where(f => Units.IsCurrency(f.Unit) && !Units.Same(f.Unit, claim.Unit) && f.MentionIndex != claim.StatedChange?.MentionIndex && f.MentionIndex != claim.Previous?.MentionIndex)
            : [];

    // Two figures of one thing that are close enough to be one figure and whose intervals do not meet.
    private static bool FiguresConflict(ClaimFigure a, ClaimFigure b, decimal maximumRatio)
    {
        var step = a.Qualifier == Qualifier.None && b.Qualifier == Qualifier.None ? Math.Max(a.High - a.Low, b.High - b.Low) : 0m;
        return Close(a.Value, b.Value, maximumRatio, step) && !new Interval(a.Low, a.High).Overlaps(new Interval(b.Low, b.High));
    }

    private static bool SameEntities(Claim a, Claim b) =>
        a.Entities.Count == 0 || b.Entities.Count == 0
        || a.Entities.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(b.Entities);

    /// <summary>
    /// Whether the values cannot both hold: no value lies in both intervals (each widened by <paramref name="relativeTolerance"/>),
    /// and neither value is the other claim's earlier value ("29%, up from 10%" and "10%" are about different times).
    /// </summary>
    public static bool Conflict(Claim a, Claim b, decimal relativeTolerance)
    {
        var ra = new Interval(a.Low, a.High).WidenRelative(relativeTolerance);
        var rb = new Interval(b.Low, b.High).WidenRelative(relativeTolerance);
        if (ra.Overlaps(rb))
        {
            return false;
        }

        return !(a.PreviousValue is decimal pa && rb.Contains(pa)) && !(b.PreviousValue is decimal pb && ra.Contains(pb));
    }
}
