using FactCheck.Claims;
using FactCheck.Recognition;

namespace FactCheck.Checks.Internal;

/// <summary>
/// Finds the changes a document states about a from/to pair: a figure in the same claim ("rose 20% to £5bn from £4bn")
/// or a change claim linked to it ("The new duty is double the earlier rate").
/// </summary>
/// <remarks>
/// A from/to claim is a <see cref="ClaimKind.FromTo"/> or <see cref="ClaimKind.Comparison"/> claim with a
/// <see cref="Claim.PreviousValue"/>: its <see cref="Claim.Value"/> is the new value. Its other mentions state the change.
/// A linked change is a <see cref="ClaimKind.Change"/> or <see cref="ClaimKind.Comparison"/> claim without a previous value,
/// related to the pair through <see cref="Claim.Related"/>, or one of the <see cref="NearbyStatements"/> nearest claims
/// on either side that share its subject key, about the same time.
/// </remarks>
internal static class ChangeStatements
{
    public static IReadOnlyList<ChangeStatement> Collect(CheckContext context)
    {
        var mentions = context.Mentions;
        var sentences = context.Sentences;
        var index = new ClaimIndex(context.Claims);
        var neighbours = context.SubjectNeighbours;
        var result = new List<ChangeStatement>();
        for (var position = 0; position < context.Claims.Count; position++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var claim = context.Claims[position];
            if (claim.PreviousValue is not decimal previous || claim.Kind is not (ClaimKind.FromTo or ClaimKind.Comparison))
            {
                continue;
            }

            var own = claim.MentionIndices
                .Where(i => i >= 0 && i < mentions.Count && mentions[i].Kind != MentionKind.Date)
                .Distinct()
                .ToList();
            var toIndex = own.Cast<int?>().FirstOrDefault(i => mentions[i!.Value].Value == claim.Value && Units.Same(mentions[i.Value].Unit, claim.Unit));
            var fromIndex = own.Cast<int?>().FirstOrDefault(i => i != toIndex && mentions[i!.Value].Value == previous && Units.Same(mentions[i.Value].Unit, claim.Unit));
            var to = Figure.FromClaim(claim, mentions);
            var from = fromIndex is int f
                ? Figure.FromMention(mentions[f], f)
                : new Figure(previous, Interval.Exact(previous), claim.Unit, claim.Span, claim.Text, 0, null);

            var seen = new HashSet<int>();
            foreach (var i in own)
            {
                if (i == toIndex || i == fromIndex || !seen.Add(i))
                {
                    continue;
                }

                var mention = mentions[i];
                if (FormOf(mention.Kind, mention.Unit, claim.Unit) is ChangeForm form
                    && (SameSentence(sentences, mention.Span.Start, to.Span.Start, from.Span.Start) || i == claim.StatedChange?.MentionIndex)
                    && (mention.Kind == MentionKind.Multiplier || mention.Cues.HasFlag(FigureCues.StatesChange)))
                {
                    result.Add(new ChangeStatement(claim, from, to, Figure.FromMention(mention, i), form, claim.Direction, [claim.Id]));
                }
            }

            foreach (var other in LinkedChanges(context.Claims, position, index, neighbours))
            {
                var stated = Figure.FromClaim(other, mentions);
                if (stated.MentionIndex is int m && (own.Contains(m) || !seen.Add(m)))
                {
                    continue;
                }

                // A linked claim states the change only if its figure reads as one ("rose by £4bn", "double the
                // earlier rate"), not as a level reached ("slid to just 20m euros").
                var kind = stated.MentionIndex is int k ? mentions[k].Kind : KindOfUnit(other.Unit);
                if (FormOf(kind, other.Unit, claim.Unit) is ChangeForm form
                    && (kind == MentionKind.Multiplier || (stated.MentionIndex is int sm && mentions[sm].Cues.HasFlag(FigureCues.StatesChange))))
                {
                    result.Add(new ChangeStatement(claim, from, to, stated, form, other.Direction, [claim.Id, other.Id]));
                }
            }
        }

        return result;
    }

    private static bool SameSentence(Sentences sentences, int position, params int[] others)
    {
        var sentence = sentences.IndexOf(position);
        return sentence < 0 || others.Any(o => sentences.IndexOf(o) == sentence);
    }

    /// <summary>
    /// How many claims with a pair's subject key, on each side of it (the nearest ones), may state its change. A change
    /// stated further away is about another pair; without the bound a document that names one subject thousands of
    /// times would set every pair against every change.
    /// </summary>
    internal const int NearbyStatements = 16;

    /// <summary>
    /// The change and comparison claims that may state the change of the pair at <paramref name="position"/>. A linked or
    /// nearby change of the same subject states it only when both report what was or is, or both the same kind of forecast or
    /// plan: "Sales are expected to rise 10%" after "Sales rose from $4bn to $5bn in 2004" takes the period of the sentence
    /// before, but forecasts the next change.
    /// </summary>
    internal static IEnumerable<Claim> LinkedChanges(IReadOnlyList<Claim> claims, int position, ClaimIndex index, SubjectNeighbours neighbours)
    {
        var pair = claims[position];
        var linked = index.Linked(pair).Where(c => Times.SameTime(c, pair) && Restatements.SameModality(c.Modality, pair.Modality)).ToList();
        linked.AddRange(neighbours.Around(position, NearbyStatements)
            .Select(i => claims[i])
            .Where(c => !ReferenceEquals(c, pair) && Times.SameTime(c, pair) && Restatements.SameModality(c.Modality, pair.Modality) && !linked.Contains(c)));
        return linked.Where(c => c.PreviousValue is null && c.Kind is ClaimKind.Change or ClaimKind.Comparison);
    }

    private static MentionKind KindOfUnit(string unit) => unit switch
    {
        "%" => MentionKind.Percentage,
        "pp" => MentionKind.PercentagePoints,
        "x" => MentionKind.Multiplier,
        "" => MentionKind.Number,
        _ => MentionKind.Money,
    };

    private static ChangeForm? FormOf(MentionKind kind, string unit, string valueUnit) => kind switch
    {
        MentionKind.Percentage => ChangeForm.Percent,
        MentionKind.PercentagePoints => ChangeForm.Points,
        MentionKind.Multiplier => ChangeForm.Ratio,
        MentionKind.Money or MentionKind.Number when Units.Same(unit, valueUnit) && !Units.IsPercent(valueUnit) => ChangeForm.Absolute,
        _ => null,
    };
}
