using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Checks.Internal;
using FactCheck.Languages.English;
using FactCheck.Recognition;
using FactCheck.Reports;
using FactCheck.Text;

namespace FactCheck.Checks.Weekday;

/// <summary>The <c>weekday</c> rule. See <see cref="WeekdayOptions"/>.</summary>
internal sealed partial class WeekdayCheck : IBuiltInRule
{
    private const string Days = EnglishCalendarWords.WeekdayNames;
    private readonly WeekdayOptions _options;

    public WeekdayCheck(WeekdayOptions options) => _options = options;

    public string RuleId => RuleIds.Weekday;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Document.Text;
        for (var i = 0; i < context.Mentions.Count; i++)
        {
            var mention = context.Mentions[i];
            // Only a date that names its day ("April 9"): a weekday alone ("on Sunday") is resolved from the weekday itself.
            if (mention.Kind != MentionKind.Date || mention.Date is not { Start: DateOnly day, End: DateOnly end } || day != end
                || !mention.Text.Any(char.IsAsciiDigit))
            {
                continue;
            }

            if (FindWeekday(text, mention) is not (DayOfWeek written, TextSpan weekdaySpan) || written == day.DayOfWeek)
            {
                continue;
            }

            var yearShown = YearPattern().IsMatch(mention.Text);
            var actual = day.DayOfWeek.ToString();
            var inferred = yearShown ? string.Empty : $" (the year {day.Year.ToString(CultureInfo.InvariantCulture)} is inferred from the publication date)";
            var claimIds = context.ClaimLocator.Ids(context.ClaimLocator.WithMention(i).Concat(context.ClaimLocator.AtTime(mention.Span)));
            var spans = new[] { weekdaySpan, mention.Span }.Distinct().OrderBy(s => s.Start).ToArray();
            yield return new Finding(
                RuleIds.Weekday,
                yearShown ? _options.Severity : _options.InferredYearSeverity,
                $"{Formatting.Quote(weekdaySpan.Slice(text))} does not match {Formatting.Quote(mention.Text)}: {Formatting.Date(day)} is a {actual}{inferred}.",
                claimIds,
                spans,
                new Computation(
                    "day of week of the date (0 = Sunday)",
                    new Dictionary<string, decimal>(StringComparer.Ordinal)
                    {
                        ["year"] = day.Year,
                        ["month"] = day.Month,
                        ["day"] = day.Day,
                        ["written"] = (int)written,
                    },
                    (int)day.DayOfWeek,
                    0m),
                $"should read {actual}");
        }
    }

    private static (DayOfWeek Day, TextSpan Span)? FindWeekday(string text, Mention mention)
    {
        // Inside the mention: "Monday, April 9".
        var inside = InsidePattern().Match(mention.Text);
        if (inside.Success && mention.Text.Skip(inside.Length).Any(char.IsAsciiDigit))
        {
            var start = mention.Span.Start + inside.Groups["day"].Index;
            return (Parse(inside.Groups["day"].Value), new TextSpan(start, start + inside.Groups["day"].Length));
        }

        // Just before it: "on Monday, April 9".
        var windowStart = Math.Max(0, mention.Span.Start - 16);
        var before = BeforePattern().Match(text, windowStart, mention.Span.Start - windowStart);
        if (before.Success)
        {
            var group = before.Groups["day"];
            return (Parse(group.Value), new TextSpan(group.Index, group.Index + group.Length));
        }

        // In brackets just after it: "April 9 (Monday)".
        var windowEnd = Math.Min(text.Length, mention.Span.End + 14);
        var after = AfterPattern().Match(text, mention.Span.End, windowEnd - mention.Span.End);
        if (after.Success)
        {
            var group = after.Groups["day"];
            return (Parse(group.Value), new TextSpan(group.Index, group.Index + group.Length));
        }

        return null;
    }

    private static DayOfWeek Parse(string name) => Enum.Parse<DayOfWeek>(name, ignoreCase: true);

    [GeneratedRegex(@"^\s*(?<day>" + Days + @")\b\.?,?\s*(the\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InsidePattern();

    [GeneratedRegex(@"\b(?<day>" + Days + @")\b,?\s*(the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BeforePattern();

    [GeneratedRegex(@"^\s*\(\s*(?<day>" + Days + @")\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AfterPattern();

    [GeneratedRegex(@"\b[0-9]{4}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex YearPattern();
}
