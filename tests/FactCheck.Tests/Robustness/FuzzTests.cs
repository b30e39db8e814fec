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
    [InlineData("\u200F29\u00A0%", 20_000)]
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
            Assert.Equal(Severity.Error, stopped.Severity);
            Assert.Single(stopped.Spans);
        }
    }

    private static List<string> Figures(FactCheckReport report)
        => report.Mentions.Select(m => $"{m.Kind} {m.Text} {m.Value} {m.Unit} {m.Low} {m.High} {m.Date?.Timex}").ToList();
}
