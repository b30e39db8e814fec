using System.Globalization;
using FactCheck.Checks.Internal;
using FactCheck.Recognition;
using FactCheck.Reports;

namespace FactCheck.Checks.Weekday;

/// <summary>The <c>weekday</c> rule. See <see cref="WeekdayOptions"/>.</summary>
internal sealed class WeekdayCheck : IBuiltInRule
{
    private readonly WeekdayOptions _options;

    public WeekdayCheck(WeekdayOptions options) => _options = options;

    public string RuleId => RuleIds.Weekday;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (var i = 0; i < context.Mentions.Count; i++)
        {
            // The recognition stage records the weekday written beside a single day ("Monday, April 9").
            var mention = context.Mentions[i];
            if (mention.Kind != MentionKind.Date || mention.Date is not { Start: DateOnly day, Weekday: NamedWeekday named } || named.Day == day.DayOfWeek)
            {
                continue;
            }

            var written = named.Day;
            var weekdaySpan = named.Span;
            var yearShown = mention.Date.ShowsYear;
            var actual = day.DayOfWeek.ToString();
            var inferred = yearShown ? string.Empty : $" (the year {day.Year.ToString(CultureInfo.InvariantCulture)} is inferred from the publication date)";
            var claimIds = context.ClaimLocator.Ids(context.ClaimLocator.WithMention(i).Concat(context.ClaimLocator.AtTime(mention.Span)));
            var spans = new[] { weekdaySpan, mention.Span }.Distinct().OrderBy(s => s.Start).ToArray();
            yield return new Finding(
                RuleIds.Weekday,
                yearShown ? _options.Severity : _options.InferredYearSeverity,
                $"{Formatting.Quote(named.Text)} does not match {Formatting.Quote(mention.Text)}: {Formatting.Date(day)} is a {actual}{inferred}.",
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
}
