using CsCheck;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Robustness;

/// <summary>
/// Property-based runs over generated hostile text (see <see cref="HostileText"/>): whatever the text, checking it
/// throws nothing and gives a sound report. A small sample runs with the normal tests; the soak mode runs thousands.
/// </summary>
public sealed class FuzzTests
{
    private static readonly DateOnly Published = new(2025, 4, 5);

    [Fact]
    public void Check_GeneratedHostileDocuments_GiveSoundReports()
    {
        var checker = RobustnessCheckers.Full();
        Gen.Select(HostileText.Document, Gen.Bool).Sample(
            (text, dated) => ReportInvariants.AssertSound(checker.CheckText(text, dated ? Published : null)),
            iter: 150,
            print: t => ReportInvariants.Escape(t.Item1));
    }

    [Fact]
    public void Check_RandomUtf16WithLoneSurrogatesAndNul_GivesSoundReports()
    {
        var checker = RobustnessCheckers.Full();
        HostileText.RandomUtf16.Sample(
            text => ReportInvariants.AssertSound(checker.CheckText(text, Published)),
            iter: 100,
            print: ReportInvariants.Escape);
    }

    [Fact]
    public void Check_SameTextWithCrLfOrCrLineEnds_FindsTheSameFigures()
    {
        // Windows and old-Mac line ends only shift offsets; they must not change what is read.
        var checker = RobustnessCheckers.Full();
        HostileText.NewsSentence.Array[1, 8].Sample(
            sentences =>
            {
                var unix = string.Join("\n", sentences);
                var expected = Figures(checker.CheckText(unix, Published));
                Assert.Equal(expected, Figures(checker.CheckText(string.Join("\r\n", sentences), Published)));
                Assert.Equal(expected, Figures(checker.CheckText(string.Join("\r", sentences), Published)));
            },
            iter: 40,
            print: s => ReportInvariants.Escape(string.Join("\n", s)));
    }

    [Fact]
    public void Check_TextShiftedByLeadingWhiteSpace_ShiftsEverySpanAndKeepsValues()
    {
        var checker = RobustnessCheckers.Full();
        Gen.Select(HostileText.NewsSentence.Array[1, 5], Gen.Int[1, 50]).Sample(
            (sentences, shift) =>
            {
                var text = string.Join(" ", sentences);
                var plain = checker.CheckText(text, Published);
                var shifted = checker.CheckText(new string(' ', shift) + text, Published);
                Assert.Equal(
                    plain.Mentions.Select(m => (m.Span.Start + shift, m.Text, m.Value, m.Unit)),
                    shifted.Mentions.Select(m => (m.Span.Start, m.Text, m.Value, m.Unit)));
            },
            iter: 40,
            print: t => ReportInvariants.Escape(string.Join(" ", t.Item1)));
    }

    [Theory]
    [InlineData("1,", 50_000)]
    [InlineData("$$$%%%", 20_000)]
    [InlineData("1.", 50_000)]
    [InlineData("9", 100_000)]
    [InlineData("%", 100_000)]
    [InlineData("one hundred ", 8_000)]
    [InlineData("million ", 12_000)]
    [InlineData("\u200F29\u00A0%", 4_000)]
    [InlineData("\0", 100_000)]
    [InlineData("\uD800", 100_000)]
    [InlineData("\r", 100_000)]
    public void Check_StormOfOneUnit_GivesSoundReport(string unit, int times)
    {
        var text = string.Concat(Enumerable.Repeat(unit, times));
        var report = RobustnessCheckers.Full().CheckText(text, Published);
        ReportInvariants.AssertSound(report);
    }

    [Fact]
    public void Check_HundredThousandCharacterLineWithoutSentenceEnd_ReadsItOrSaysWhereItStopped()
    {
        var text = HostileText.LineWithoutSentenceEnd(100_000);
        var report = RobustnessCheckers.Full().CheckText(text, Published);
        ReportInvariants.AssertSound(report);
        var stopped = report.Findings.FirstOrDefault(f => f.RuleId == "time-limit");
        if (stopped is null)
        {
            // Read to the end: the line is full of percentages, so figures are found near its end too.
            Assert.Contains(report.Mentions, m => m.Span.Start > 90_000);
        }
        else
        {
            // Stopped while reading, it names the text left unread; stopped after reading (building claims, checking),
            // the figures to the end of the line are in the report.
            Assert.Equal(Severity.Error, stopped.Severity);
            Assert.True(
                stopped.Spans.Count == 1 || report.Mentions.Any(m => m.Span.Start > 90_000),
                $"stopped without naming the unread text: {stopped.Message}");
        }
    }

    [Theory]
    [InlineData("Prices rose ௨௯% in ௨௦௨௪, up 5௨% from 2௦ on 9 April 2௦24.")] // Tamil digits beside ASCII ones
    [InlineData("Exports rose ٣٤٪ to $٧ billion in ٢٠٢٤, or 1٢% of 2٠24 output.")] // Arabic-Indic digits
    [InlineData("बिक्री २९% बढ़ी, 2०2४ में 1० प्रतिशत, and from १२ to 1२ May 2025.")] // Devanagari digits
    [InlineData("The duty is ２９％, up from 1０% in ２０２４ and 9.５ pp since 2௨௨௨ report.")] // full-width and mixed digits
    public void Check_DigitsOfOtherScriptsBesideAsciiDigits_GiveSoundReports(string text)
    {
        // Regression: \d matched any script's digits, and parsing them as invariant numbers failed the sentence.
        var report = RobustnessCheckers.Full().CheckText(text, Published);

        ReportInvariants.AssertSound(report);
    }

    [Theory]
    [InlineData("Sales rose 5% in the year 9999.")]
    [InlineData("Sales rose 5% on 9999-12-31, and 2% on 0000-00-00.")]
    [InlineData("Sales rose 5% from 9998 to 9999 and in December 9999.")]
    public void Check_YearsAtTheEdgeOfTheCalendar_GiveSoundReports(string text)
    {
        // Regression: "the year 9999" made date arithmetic overflow and the whole document went unread.
        var report = RobustnessCheckers.Full().CheckText(text, Published);

        ReportInvariants.AssertSound(report);
        Assert.Contains(report.Mentions, m => m.Text == "5%");
    }

    [Fact]
    public void Check_OverlongRunOfNumberWords_IsReportedNotReadAndTheRestIsRead()
    {
        // Regression: the number model's time grows exponentially with a run of number words; 40 words hit its
        // regular-expression timeout on every 1,000-character piece until the time limit stopped the document.
        var pile = string.Concat(Enumerable.Repeat("one hundred ", 40));
        var text = $"Exports rose 29% in 2024. {pile}. Imports fell by forty-two per cent.";

        var report = RobustnessCheckers.Full().CheckText(text, Published);

        ReportInvariants.AssertSound(report);
        var unread = Assert.Single(report.Findings, f => f.RuleId == "number-words-unread");
        Assert.Equal(pile.TrimEnd(), Assert.Single(unread.Spans).Slice(text));
        Assert.Contains(report.Mentions, m => m.Text == "29%");
        Assert.Contains(report.Mentions, m => m.Text == "forty-two per cent" && m.Value == 42m);
        Assert.DoesNotContain(report.Findings, f => f.RuleId is "time-limit" or "recognition-timeout");
    }

    private static List<string> Figures(FactCheckReport report)
        => report.Mentions.Select(m => $"{m.Kind} {m.Text} {m.Value} {m.Unit} {m.Low} {m.High} {m.Date?.Timex}").ToList();
}
