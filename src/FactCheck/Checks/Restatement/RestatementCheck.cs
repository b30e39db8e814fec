using System.Globalization;
using FactCheck.Checks.Internal;
using FactCheck.Claims;
using FactCheck.Languages;
using FactCheck.Reports;
using FactCheck.Text;

namespace FactCheck.Checks.Restatement;

/// <summary>The <c>restatement</c> rule. See <see cref="RestatementOptions"/>.</summary>
internal sealed class RestatementCheck : IBuiltInRule
{
    private readonly RestatementOptions _options;

    public RestatementCheck(RestatementOptions options) => _options = options;

    public string RuleId => RuleIds.Restatement;

    /// <summary>
    /// How many earlier statements of the same subject (the nearest ones) each claim is compared with. Articles name a
    /// subject far fewer times; the bound keeps a document that names it thousands of times from costing the square of
    /// its length.
    /// </summary>
    internal const int ComparedStatements = 64;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // One finding per later claim: the earliest statement it conflicts with, by subject key and then by wording.
        var reported = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        foreach (var (earlier, later) in Pairs(context.Claims, context.CancellationToken))
        {
            if (!reported.Contains(later) && Restatements.SameQuantity(earlier, later) && Judge(earlier, later, context, byWording: false) is Finding finding)
            {
                reported.Add(later);
                yield return finding;
            }
        }

        foreach (var (earlier, later) in PairsByWording(context.Claims, context.CancellationToken))
        {
            if (!reported.Contains(later) && Restatements.SameWording(earlier, later) && Judge(earlier, later, context, byWording: true) is Finding finding)
            {
                reported.Add(later);
                yield return finding;
            }
        }

        foreach (var finding in HeadlineConflicts(context))
        {
            yield return finding;
        }
    }

    /// <summary>
    /// The finding on two statements of one quantity, when they are about the same time and their values (or the changes
    /// or conversions beside them) cannot both hold; <see langword="null"/> otherwise. Claims met by their wording compare
    /// their values as <see cref="Restatements.WordedConflict"/> does.
    /// </summary>
    private Finding? Judge(Claim earlier, Claim later, CheckContext context, bool byWording)
    {
        if (earlier.MentionIndices.Intersect(later.MentionIndices).Any()
            || SameSentence(context, earlier, later)
            || !(byWording ? Times.SameTimeWorded(earlier, later) : Times.SameTime(earlier, later))
            || !(byWording ? Restatements.CloseWorded(earlier, later, _options.MaximumRatio) : Restatements.Close(earlier, later, _options.MaximumRatio)))
        {
            return null;
        }

        if (byWording ? Restatements.WordedConflict(earlier, later, _options.RelativeTolerance) : Restatements.Conflict(earlier, later, _options.RelativeTolerance))
        {
            return Describe(earlier, later, context);
        }

        if (Restatements.ChangesConflict(earlier, later, _options.MaximumRatio))
        {
            return DescribeFigures(earlier, later, earlier.StatedChange!, later.StatedChange!, "The change in {0} to {1}", context);
        }

        if (Restatements.ConversionsConflict(earlier, later, _options.MaximumRatio) is var (a, b))
        {
            return DescribeFigures(earlier, later, a, b, "The conversion of {0}, {1}, into {2}", context);
        }

        return byWording && Restatements.WordedFiguresConflict(earlier, later, _options.MaximumRatio) is var (fa, fb)
            ? DescribeFigures(earlier, later, fa, fb, "The figure given with {1} for {0}", context)
            : null;
    }

    /// <summary>
    /// The pairs of claims worded alike (<see cref="Wordings"/>), in the order the rule compares them: each claim (in
    /// document order) after the nearest <see cref="ComparedStatements"/> earlier claims of its wording, earliest first.
    /// </summary>
    internal static IEnumerable<(Claim Earlier, Claim Later)> PairsByWording(IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default)
    {
        var byWording = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var claim in claims.Where(Restatements.IsComparableByWording))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var wording = Wordings.Of(claim)!.Text;
            if (!byWording.TryGetValue(wording, out var earlier))
            {
                byWording[wording] = earlier = [];
            }

            foreach (var other in earlier.Skip(Math.Max(0, earlier.Count - ComparedStatements)))
            {
                yield return (other, claim);
            }

            earlier.Add(claim);
        }
    }

    /// <summary>
    /// Whether the two claims' figures stand in one sentence. A writer does not restate a figure beside itself: two values
    /// of one quantity in a sentence are set side by side for different groups, times or things ("38.4% reside in
    /// Argentina, 10.3% in Switzerland", "71 years for a manual worker and 79 years for a professional", "Federated has
    /// annual sales of $15.6bn, while May's yearly sales are $14.4bn"), even when the claims stage could not tell them apart.
    /// </summary>
    private static bool SameSentence(CheckContext context, Claim a, Claim b)
    {
        var sentence = context.Sentences.IndexOf(Figure.FromClaim(a, context.Mentions).Span.Start);
        return sentence >= 0 && sentence == context.Sentences.IndexOf(Figure.FromClaim(b, context.Mentions).Span.Start);
    }

    /// <summary>
    /// A headline's figures set against the body's: a headline is written in the present tense about the news the body
    /// reports, so its figure is compared with the body's statements of the same measure of the same entity, whatever
    /// their period. A change in the headline ("Exports rise 20%") meets the body's changes, including the change stated
    /// beside a level ("exports rose 27.3% to $4bn"). It conflicts when none of them agrees with it and the first of them
    /// (the one the headline sums up) cannot be the same figure, even cut short (<see cref="HeadlineAgrees"/>). Figures
    /// far apart are compared only when the body names the measure in the headline's own words: that is the sentence the
    /// headline sums up, and a misread figure ("39%" for "93%") is no other measure.
    /// </summary>
    private IEnumerable<Finding> HeadlineConflicts(CheckContext context)
    {
        if (context.Headline is not TextSpan headline)
        {
            yield break;
        }

        var words = LanguagePacks.For(context.Document.Culture ?? Document.DefaultCulture).SubjectKeys;
        var comparable = context.Claims.Where(Restatements.IsComparable).ToList();
        foreach (var title in comparable.Where(c => c.Span.End <= headline.End))
        {
            // Headlines name the entity inside the quantity ("Ruritania exports rise 20%").
            var entity = words.Words(title.Entity);
            var quantity = words.Words(title.Quantity);
            quantity.ExceptWith(entity);
            if (quantity.Count == 0)
            {
                continue;
            }

            var body = comparable
                .Where(c => c.Span.Start >= headline.End && quantity.IsSubsetOf(words.Words(c.Quantity)))
                .Select(c => BodyFigure(title, c, context))
                .OfType<HeadlineFigure>()
                .ToList();
            if (body.Count == 0 || body.Any(b => HeadlineAgrees(title, b)))
            {
                continue;
            }

            var first = body[0];
            var ownWords = words.Words(first.Claim.Quantity);
            ownWords.ExceptWith(words.Words(first.Claim.Entity));
            if (ownWords.SetEquals(quantity) || Restatements.Close(title, first.Claim, _options.MaximumRatio) || CloseValues(title.Value, first.Value))
            {
                yield return DescribeHeadline(title, first, context);
            }
        }
    }

    // Two values within the rule's ratio of each other.
    private bool CloseValues(decimal a, decimal b) =>
        a > 0m && b > 0m && Math.Max(a, b) / _options.MaximumRatio <= Math.Min(a, b);

    /// <summary>
    /// The figure of a body claim that a headline claim states again: the claim's own value for the same measure, or,
    /// for a headline change, the change stated beside a body level or pair in the same direction and unit.
    /// </summary>
    private static HeadlineFigure? BodyFigure(Claim title, Claim body, CheckContext context)
    {
        if (Restatements.SameMeasure(title, body))
        {
            var figure = Figure.FromClaim(body, context.Mentions);
            return new HeadlineFigure(body, body.Value, body.Low, body.High, figure.Text.Trim(), figure.Span);
        }

        return title.Kind == ClaimKind.Change && body.StatedChange is ClaimFigure change
            && body.Direction == title.Direction && title.Direction != ChangeDirection.None
            && Units.Same(change.Unit, title.Unit)
            && string.Equals(title.Entity, body.Entity, StringComparison.OrdinalIgnoreCase)
            ? new HeadlineFigure(body, change.Value, change.Low, change.High, change.Text.Trim(), change.Span)
            : null;
    }

    /// <summary>
    /// Whether a headline's figure may sum up the body's: headlines round and cut figures short ("$16bn" over "$16.6bn"),
    /// so the headline's figure stands for its interval and, above it, up to half its step more.
    /// </summary>
    private bool HeadlineAgrees(Claim title, HeadlineFigure body)
    {
        var own = new Interval(title.Low, title.High).WidenRelative(_options.RelativeTolerance);
        var other = new Interval(body.Low, body.High).WidenRelative(_options.RelativeTolerance);
        if (own.Overlaps(other))
        {
            return true;
        }

        var step = title.High - title.Low;
        var cut = new Interval(title.Low, title.High + (step / 2m)).WidenRelative(_options.RelativeTolerance);
        return title.Value > 0m && cut.Overlaps(other);
    }

    private Finding DescribeHeadline(Claim title, HeadlineFigure body, CheckContext context)
    {
        var a = Figure.FromClaim(title, context.Mentions);
        var subject = Quantities.Name(body.Claim);
        var change = body.Value != body.Claim.Value || (title.Kind == ClaimKind.Change && body.Claim.Kind != ClaimKind.Change);
        var what = change ? $"the change in {subject}" : subject;
        return new Finding(
            RuleIds.Restatement,
            _options.Severity,
            $"The headline gives {what} as {a.Text.Trim()}, but the article gives {body.Text}; both cannot be true.",
            [title.Id, body.Claim.Id],
            new[] { a.Span, body.Span }.Distinct().OrderBy(s => s.Start).ToArray(),
            new Computation(
                "first and second intervals overlap",
                new Dictionary<string, decimal>(StringComparer.Ordinal)
                {
                    ["first"] = title.Value,
                    ["first.low"] = title.Low,
                    ["first.high"] = title.High,
                    ["second"] = body.Value,
                    ["second.low"] = body.Low,
                    ["second.high"] = body.High,
                },
                body.Value - title.Value,
                _options.RelativeTolerance),
            $"make the headline's figure for {what} agree with the article: {body.Text}");
    }

    /// <summary>A body figure a headline figure is set against: its claim, value, interval, text and place.</summary>
    private sealed record HeadlineFigure(Claim Claim, decimal Value, decimal Low, decimal High, string Text, TextSpan Span);

    /// <summary>
    /// The pairs the rule compares, in the order it compares them: each comparable claim (in document order) after the
    /// nearest <see cref="ComparedStatements"/> earlier comparable claims with its subject key, earliest first.
    /// </summary>
    internal static IEnumerable<(Claim Earlier, Claim Later)> Pairs(IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default)
    {
        var comparable = claims.Where(Restatements.IsComparable).ToList();
        var neighbours = new SubjectNeighbours(comparable);
        for (var j = 1; j < comparable.Count; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var i in neighbours.Before(j, ComparedStatements))
            {
                yield return (comparable[i], comparable[j]);
            }
        }
    }

    /// <summary>
    /// A finding on two figures that go with one level stated twice (its change, its conversion): <paramref name="what"/>
    /// names them from the subject ({0}), the level ({1}) and the figures' unit ({2}).
    /// </summary>
    private Finding DescribeFigures(Claim earlier, Claim later, ClaimFigure a, ClaimFigure b, string what, CheckContext context)
    {
        var level = Figure.FromClaim(earlier, context.Mentions).Text.Trim();
        var subject = Quantities.Name(earlier);
        var named = Quantities.Capitalised(string.Format(CultureInfo.InvariantCulture, what, subject, level, a.Unit));
        return new Finding(
            RuleIds.Restatement,
            _options.Severity,
            $"{named} is given as {a.Text.Trim()} and later as {b.Text.Trim()} for the same time; both cannot be true.",
            [earlier.Id, later.Id],
            new[] { a.Span, b.Span }.Distinct().OrderBy(s => s.Start).ToArray(),
            Restatements.Computation(a, b),
            $"use one figure: {a.Text.Trim()} or {b.Text.Trim()}");
    }

    private Finding Describe(Claim earlier, Claim later, CheckContext context)
    {
        var a = Figure.FromClaim(earlier, context.Mentions);
        var b = Figure.FromClaim(later, context.Mentions);
        var subject = Quantities.Name(earlier);
        var sources = earlier.Source?.Name is string sa && later.Source?.Name is string sb && !string.Equals(sa, sb, StringComparison.OrdinalIgnoreCase)
            ? $" ({sa} and {sb} respectively)"
            : string.Empty;
        return new Finding(
            RuleIds.Restatement,
            _options.Severity,
            $"{Quantities.Capitalised(subject)} is given as {a.Text.Trim()} and later as {b.Text.Trim()} for the same time{sources}; both cannot be true.",
            [earlier.Id, later.Id],
            new[] { a.Span, b.Span }.Distinct().OrderBy(s => s.Start).ToArray(),
            Restatements.Computation(earlier, later, _options.RelativeTolerance),
            $"use one figure for {subject}: {a.Text.Trim()} or {b.Text.Trim()}");
    }
}
