using System.Globalization;
using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Reports;
using FactCheck.Text;

namespace FactCheck.Tests.Reports.Rendering;

/// <summary>
/// Reports built by hand from reading the text, so the renderers are tested independently of the pipeline.
/// </summary>
internal static class HandBuiltReports
{
    public const string SeedPath = "seeds/000_23fa9f6dec8fb977.txt";

    public static string SeedText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_23fa9f6dec8fb977.txt"));

    /// <summary>The seed article with the figures, claims and two findings a reader would note.</summary>
    public static FactCheckReport Seed()
    {
        var text = SeedText;
        var document = new Document(text, new DateOnly(2025, 4, 5), CultureInfo.GetCultureInfo("en-US"), SeedPath);
        var mentions = new List<Mention>
        {
            Date(text, "from 2013 to 2018", DateGrain.Range, new DateOnly(2013, 1, 1), new DateOnly(2018, 12, 31), "(2013-01-01,2019-01-01,P6Y)"),
            Date(text, "2022", DateGrain.Year, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), "2022"),
            Figure(text, "$7 billion", MentionKind.Money, 7_000_000_000m, "USD", 6_500_000_000m, 7_500_000_000m),
            Date(text, "August 2021", DateGrain.Month, new DateOnly(2021, 8, 1), new DateOnly(2021, 8, 31), "2021-08"),
            Date(text, "January 2025", DateGrain.Month, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31), "2025-01"),
            Figure(text, "42%", MentionKind.Percentage, 42m, "%", 41.5m, 42.5m),
            Figure(text, "29%", MentionKind.Percentage, 29m, "%", 28.5m, 29.5m),
            Figure(text, "10%", MentionKind.Percentage, 10m, "%", 9.5m, 10.5m),
            Date(text, "April 9", DateGrain.Day, new DateOnly(2025, 4, 9), new DateOnly(2025, 4, 9), "XXXX-04-09"),
        };

        var claims = new List<Claim>
        {
            new(
                "c1", ClaimKind.Level, Span(text, "equipment worth $7 billion"), "equipment worth $7 billion",
                7_000_000_000m, "USD", 6_500_000_000m, 7_500_000_000m, [ClaimFigure.FromMention(mentions[2], 2)],
                subject: "military equipment left in Afghanistan",
                subjectKey: "military-equipment|afghanistan",
                entities: ["Afghanistan"],
                measure: Measure.Amount,
                time: new ClaimTime("2022", Span(text, "2022"), mentions[1].Date),
                source: new ClaimSource("US Defence Department report", Span(text, "US Defence Department report"), mentions[1].Date)),
            new("c2", ClaimKind.Change, Span(text, "jumped by 42%"), "jumped by 42%", 42m, "%", 41.5m, 42.5m, [ClaimFigure.FromMention(mentions[5], 5)],
                direction: ChangeDirection.Up,
                subject: "terror attacks in Pakistan",
                subjectKey: "terror-attacks|pakistan",
                entities: ["Pakistan"],
                measure: Measure.Growth,
                time: new ClaimTime("In January 2025", Span(text, "In January 2025"), mentions[4].Date),
                source: new ClaimSource(
                    "Pakistan Institute for Conflict and Security Studies (PICSS)",
                    Span(text, "Pakistan Institute for Conflict and Security Studies (PICSS)"))),
            new(
                "c3", ClaimKind.FromTo, Span(text, "29% duty, up from the earlier 10%"), "29% duty, up from the earlier 10%",
                29m, "%", 28.5m, 29.5m, [ClaimFigure.FromMention(mentions[6], 6), ClaimFigure.FromMention(mentions[7], 7)],
                direction: ChangeDirection.Up,
                previousValue: 10m,
                subject: "duty on exports from Pakistan to the US",
                subjectKey: "duty|exports|pakistan|us",
                entities: ["Pakistan", "US"],
                measure: Measure.Rate,
                time: new ClaimTime("2025-04-05", null, new DateValue(DateGrain.Day, new DateOnly(2025, 4, 5), new DateOnly(2025, 4, 5), "2025-04-05"), TimeBasis.PublicationDate),
                effectiveDate: new ClaimTime("April 9", Span(text, "April 9"), mentions[8].Date)),
        };

        var findings = new List<Finding>
        {
            new(
                "stale-source",
                Severity.Warning,
                "The $7 billion figure comes from a 2022 report, three years before publication.",
                ["c1"],
                [Span(text, "2022"), Span(text, "$7 billion")],
                new Computation("published year - source year", new Dictionary<string, decimal> { ["published year"] = 2025m, ["source year"] = 2022m }, 3m, 2m),
                "Say \"a 2022 estimate\" or cite a newer figure."),
            new(
                "change-description",
                Severity.Info,
                "A rise from 10% to 29% is 19 percentage points, a relative rise of 190%.",
                ["c3"],
                [Span(text, "29% duty, up from the earlier 10%")],
                new Computation("(to - from) / from * 100", new Dictionary<string, decimal> { ["from"] = 10m, ["to"] = 29m }, 190m),
                "Where the rise is stated, say \"up 19 percentage points\"."),
        };

        return new FactCheckReport(document, mentions, claims, findings);
    }

    /// <summary>Text that tries to break every format: markup, script, quotes, pipes, control characters, a lone surrogate.</summary>
    public const string HostileText =
        "Costs rose 29% <script>window.__pwned = 1;</script> to \"><img src=x onerror=\"window.__pwned=2\"> $7 billion | a | b |\n" +
        "Line two: \u001b[31mred\u001b[0m 10% & 'quotes' \\ back\tslash \u0007 and a lone \uD800 surrogate; ends 5%.";

    public static FactCheckReport Hostile()
    {
        var text = HostileText;
        var document = new Document(text, new DateOnly(2025, 4, 5), CultureInfo.GetCultureInfo("en-US"), "hostile <b>\"name\"</b>|.txt");
        var mentions = new List<Mention>
        {
            Figure(text, "29%", MentionKind.Percentage, 29m, "%", 28.5m, 29.5m),
            Figure(text, "$7 billion", MentionKind.Money, 7_000_000_000m, "USD", 6_500_000_000m, 7_500_000_000m),
            Figure(text, "10%", MentionKind.Percentage, 10m, "%", 9.5m, 10.5m),
            Figure(text, "5%", MentionKind.Percentage, 5m, "%", 4.5m, 5.5m),
        };
        var scriptSpan = Span(text, "<script>window.__pwned = 1;</script>");
        var claims = new List<Claim>
        {
            new("c1", ClaimKind.Change, Span(text, "rose 29% <script>window.__pwned = 1;</script>"), "rose 29% <script>window.__pwned = 1;</script>", 29m, "%", 28.5m, 29.5m, [ClaimFigure.FromMention(mentions[0], 0)],
                direction: ChangeDirection.Up,
                subject: "costs <img src=x onerror=alert(1)>",
                source: new ClaimSource("\"><script>window.__pwned=3</script>", scriptSpan)),
        };
        var findings = new List<Finding>
        {
            new(
                "rule|with<pipes>",
                Severity.Error,
                "Message with <script>window.__pwned=4</script> | pipe \"quote\" \u0007 bell \uDC00 lone",
                ["c1"],
                [scriptSpan, Span(text, "10%")],
                new Computation("a | b <i>", new Dictionary<string, decimal> { ["x<y"] = 1.5m }, 2m),
                "Use `code` and **bold** | <b>tags</b>"),
        };
        return new FactCheckReport(document, mentions, claims, findings);
    }

    /// <summary>A document with nothing to report.</summary>
    public static FactCheckReport Empty() =>
        new(new Document("Nothing to see here.", null, CultureInfo.GetCultureInfo("en-US"), "empty.txt"), [], [], []);

    public static TextSpan Span(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{part}' is not in the text.", nameof(part));
        }

        return new TextSpan(start, start + part.Length);
    }

    private static Mention Figure(string text, string part, MentionKind kind, decimal value, string unit, decimal low, decimal high) =>
        new(kind, Span(text, part), part, value, unit, low, high);

    private static Mention Date(string text, string part, DateGrain grain, DateOnly start, DateOnly end, string timex) =>
        new(MentionKind.Date, Span(text, part), part, start.Year, "date", start.Year, end.Year, date: new DateValue(grain, start, end, timex));
}
