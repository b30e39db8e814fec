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
/// related to the pair through <see cref="Claim.Related"/> or sharing its subject key and time.
/// </remarks>
internal static class ChangeStatements
{
    public static IReadOnlyList<ChangeStatement> Collect(CheckContext context)
    {
        var mentions = context.Mentions;
        var index = new ClaimIndex(context.Claims);
        var result = new List<ChangeStatement>();
        foreach (var claim in context.Claims)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
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
                if (FormOf(mention.Kind, mention.Unit, claim.Unit) is ChangeForm form)
                {
                    result.Add(new ChangeStatement(claim, from, to, Figure.FromMention(mention, i), form, claim.Direction, [claim.Id]));
                }
            }

            foreach (var other in LinkedChanges(claim, index, context.Claims))
            {
                var stated = Figure.FromClaim(other, mentions);
                if (stated.MentionIndex is int m && (own.Contains(m) || !seen.Add(m)))
                {
                    continue;
                }

                var kind = stated.MentionIndex is int k ? mentions[k].Kind : KindOfUnit(other.Unit);
                if (FormOf(kind, other.Unit, claim.Unit) is ChangeForm form)
                {
                    result.Add(new ChangeStatement(claim, from, to, stated, form, other.Direction, [claim.Id, other.Id]));
                }
            }
        }

        return result;
    }

    private static IEnumerable<Claim> LinkedChanges(Claim pair, ClaimIndex index, IReadOnlyList<Claim> claims)
    {
        var linked = index.Linked(pair).ToList();
        if (pair.SubjectKey.Length > 0)
        {
            linked.AddRange(claims.Where(c => !ReferenceEquals(c, pair)
                && string.Equals(c.SubjectKey, pair.SubjectKey, StringComparison.Ordinal)
                && Times.SameTime(c, pair)
                && !linked.Contains(c)));
        }

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
