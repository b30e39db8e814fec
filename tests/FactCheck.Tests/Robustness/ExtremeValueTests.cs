using FactCheck.Claims;
using FactCheck.Tests.Checks;
using Xunit;

namespace FactCheck.Tests.Robustness;

/// <summary>
/// Every built-in check on figures at the edges of what a decimal holds, in every combination: huge over tiny, huge
/// against huge of the other sign. No check may fail on them (a failing check loses all its findings on the document).
/// </summary>
public sealed class ExtremeValueTests
{
    private static readonly Lazy<IReadOnlyList<FactCheck.Checks.IFactCheckRule>> Checks =
        new(() => RobustnessCheckers.Configure(new FactCheckerBuilder().ClearChecks()).Checks.ToList());

    [Fact]
    public void EveryCheck_FiguresAtTheEdgesOfADecimal_NeverFails()
    {
        var values = new[] { 0.000000001m, 0.0000000000000000000000000001m, 100_000_000_000_000_000_000m, 79_000_000_000_000_000_000_000_000_000m, -79_000_000_000_000_000_000_000_000_000m };
        foreach (var from in values)
        foreach (var to in values)
        foreach (var stated in values)
        {
            var fs = from.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var ts = to.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var ss = stated.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var text = $"Output rose Q{ss}% to A{ts} from B{fs}. Of the C{ts} staff, D{fs} left (E{ss}%). Output was up F{ss}x. Of sales, G{ts}% went to the US and H{ts}% to the EU. Rates rose I{ts} percentage points. Goods face a J{fs}% duty. Goods face a K{ts}% duty. Output fell to L{fs} from M{ts}.";
            var s = new Scenario(text, new DateOnly(2025, 4, 5));
            var pct = s.Percent($"Q{ss}%", stated);
            var a = s.Number($"A{ts}", to);
            var b = s.Number($"B{fs}", from);
            var c = s.Number($"C{ts}", to);
            var d = s.Number($"D{fs}", from);
            var e = s.Percent($"E{ss}%", stated);
            var x = s.Multiplier($"F{ss}x", stated);
            s.Claim(ClaimKind.FromTo, $"Output rose Q{ss}% to A{ts} from B{fs}", a, [b, pct], ChangeDirection.Up, from, "output", Measure.Amount);
            s.Claim(ClaimKind.Share, $"Of the C{ts} staff, D{fs} left (E{ss}%)", d, [c, e], subject: "staff", measure: Measure.Share);
            s.Claim(ClaimKind.Comparison, $"Output was up F{ss}x", x, subject: "output", measure: Measure.Amount);
            s.Claim(ClaimKind.Share, $"G{ts}% went to the US", s.Percent($"G{ts}%", to), subject: "sales", measure: Measure.Share);
            s.Claim(ClaimKind.Share, $"H{ts}% to the EU", s.Percent($"H{ts}%", to), subject: "sales", measure: Measure.Share);
            s.Points($"I{ts} percentage points", to);
            s.Claim(ClaimKind.Level, $"Goods face a J{fs}% duty", s.Percent($"J{fs}%", from), subject: "tariff on goods", measure: Measure.Rate);
            s.Claim(ClaimKind.Level, $"Goods face a K{ts}% duty", s.Percent($"K{ts}%", to), subject: "tariff on goods", measure: Measure.Rate);
            var l = s.Number($"L{fs}", from);
            s.Claim(ClaimKind.FromTo, $"Output fell to L{fs} from M{ts}", l, [s.Number($"M{ts}", to)], ChangeDirection.Down, to, "output", Measure.Amount);
            foreach (var check in Checks.Value)
            {
                var exception = Record.Exception(() => check.Check(s.Context()).ToList());
                Assert.True(exception is null, $"{check.GetType().Name} failed on from {fs}, to {ts}, stated {ss}: {exception}");
            }
        }
    }
}
