using FactCheck.Checks.Internal;
using FactCheck.Claims;
using FactCheck.Reports;

namespace FactCheck.Checks.CrossDocument;

/// <summary>The <c>cross-document</c> rule: restatement conflicts between documents. See <see cref="CrossDocumentOptions"/>.</summary>
internal sealed class CrossDocumentCheck
{
    private readonly CrossDocumentOptions _options;

    public CrossDocumentCheck(CrossDocumentOptions options) => _options = options;

    public IReadOnlyList<CrossDocumentFinding> Compare(IReadOnlyList<FactCheckReport> reports, CancellationToken cancellationToken)
    {
        var names = Names(reports);
        var found = new List<CrossDocumentFinding>();
        for (var b = 1; b < reports.Count; b++)
        {
            foreach (var later in reports[b].Claims.Where(MayRestate))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var match = FirstConflict(reports, b, later);
                if (match is (int a, Claim earlier))
                {
                    found.Add(Describe(reports[a], names[a], earlier, reports[b], names[b], later));
                }
            }
        }

        return found;
    }

    private (int Document, Claim Claim)? FirstConflict(IReadOnlyList<FactCheckReport> reports, int b, Claim later)
    {
        for (var a = 0; a < b; a++)
        {
            foreach (var earlier in reports[a].Claims.Where(MayRestate))
            {
                if (ConflictsTogether(earlier, later))
                {
                    return (a, earlier);
                }
            }
        }

        return null;
    }

    /// <summary>The options the rule runs with.</summary>
    public CrossDocumentOptions Options => _options;

    // A claim that may meet a statement of another document: by its subject key or by its wording.
    private static bool MayRestate(Claim claim) => Restatements.IsComparable(claim) || Restatements.IsComparableByWording(claim);

    /// <summary>
    /// Whether two comparable claims of different documents (a stored claim and a new one) state one figure of one subject
    /// for one time with values that cannot both hold.
    /// </summary>
    public bool Conflicts(Claim earlier, Claim later) =>
        Restatements.SameQuantity(earlier, later, sameDocument: false) && Disagree(earlier, later);

    /// <summary>
    /// Whether two claims of documents checked together state one figure for one time with values that cannot both hold.
    /// They state one figure when both are comparable and name one quantity, or when both are worded alike: a story and
    /// its correction, sent again with one figure changed.
    /// </summary>
    private bool ConflictsTogether(Claim earlier, Claim later) =>
        (Restatements.IsComparable(earlier) && Restatements.IsComparable(later) && Restatements.SameQuantity(earlier, later, sameDocument: false) && Disagree(earlier, later))
        || (Restatements.IsComparableByWording(earlier) && Restatements.IsComparableByWording(later) && Restatements.SameWording(earlier, later)
            && Disagree(earlier, later, byWording: true));

    private bool Disagree(Claim earlier, Claim later, bool byWording = false) =>
        Times.SameTime(earlier, later, _options.PresentTenseWindowDays)
        && Restatements.Close(earlier, later, _options.MaximumRatio)
        && ((byWording ? Restatements.WordedConflict(earlier, later, _options.RelativeTolerance) : Restatements.Conflict(earlier, later, _options.RelativeTolerance))
            || FiguresWith(earlier, later) is not null);

    // When the two values agree, the figures that go with them and conflict: their stated changes or their conversions.
    private (ClaimFigure Earlier, ClaimFigure Later)? FiguresWith(Claim earlier, Claim later) =>
        Restatements.ChangesConflict(earlier, later, _options.MaximumRatio)
            ? (earlier.StatedChange!, later.StatedChange!)
            : Restatements.ConversionsConflict(earlier, later, _options.MaximumRatio);

    private CrossDocumentFinding Describe(FactCheckReport first, string firstName, Claim earlier, FactCheckReport second, string secondName, Claim later)
    {
        var a = Figure.FromClaim(earlier, first.Mentions);
        var b = Figure.FromClaim(later, second.Mentions);
        var subject = Quantities.Name(earlier);
        var (textA, spanA, textB, spanB, computation) = Restatements.Conflict(earlier, later, _options.RelativeTolerance) || FiguresWith(earlier, later) is not var (fa, fb)
            ? (a.Text.Trim(), a.Span, b.Text.Trim(), b.Span, Restatements.Computation(earlier, later, _options.RelativeTolerance))
            : (fa.Text.Trim(), fa.Span, fb.Text.Trim(), fb.Span, Restatements.Computation(fa, fb));
        if (spanA != a.Span)
        {
            // A change or a conversion of one value: name the value it goes with.
            subject = Restatements.ChangesConflict(earlier, later, _options.MaximumRatio)
                ? $"the change in {subject} to {a.Text.Trim()}"
                : $"the conversion of {subject}, {a.Text.Trim()}, into {FiguresWith(earlier, later)!.Value.Earlier.Unit}";
        }

        var finding = new Finding(
            RuleIds.CrossDocument,
            _options.Severity,
            $"{firstName} gives {subject} as {textA}; {secondName} gives {textB} for the same time. Both cannot be true.",
            [earlier.Id],
            [spanA],
            computation,
            $"use one figure for {subject} in both documents: {textA} or {textB}")
        {
            OtherDocument = secondName,
        };
        return new CrossDocumentFinding(finding, first.Document, second.Document, [later.Id], [spanB]);
    }

    /// <summary>Each document's <see cref="Document.Source"/>, numbered when two share a name.</summary>
    private static string[] Names(IReadOnlyList<FactCheckReport> reports)
    {
        var sources = reports.Select(r => r.Document.Source).ToArray();
        return sources
            .Select((s, i) => sources.Count(x => string.Equals(x, s, StringComparison.Ordinal)) > 1
                ? $"{s} (document {(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)})"
                : s)
            .ToArray();
    }
}
