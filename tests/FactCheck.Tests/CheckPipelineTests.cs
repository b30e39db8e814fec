using FactCheck.Checks;
using FactCheck.Claims;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests;

public sealed class CheckPipelineTests
{
    private const string Text = "Profits rose 12% to 56 million in 2024. Sales fell 3% to 10 million in 2024.";

    private static readonly DateOnly Published = new(2025, 4, 5);

    private static int SecondSentence => Text.IndexOf("Sales", StringComparison.Ordinal);

    [Fact]
    public void Check_SentenceWhoseClaimsThrow_IsAClaimsFailedFindingAndTheOtherSentenceKeepsItsClaims()
    {
        var extractor = new ClaimExtractor
        {
            SentenceStarting = s =>
            {
                if (s.Start >= SecondSentence)
                {
                    throw new InvalidOperationException("Broken on purpose.");
                }
            },
        };
        var checker = new FactCheckerBuilder().WithClaimReader(new HeuristicClaimReader(extractor)).Build();

        var report = checker.Check(new Document(Text, Published));

        var failed = Assert.Single(report.Findings, f => f.RuleId == RuleIds.ClaimsFailed);
        Assert.Equal(Severity.Error, failed.Severity);
        var span = Assert.Single(failed.Spans);
        Assert.StartsWith("Sales", Text[span.Start..span.End].TrimStart(), StringComparison.Ordinal);
        Assert.Contains("Broken on purpose.", failed.Message, StringComparison.Ordinal);
        Assert.NotEmpty(report.Claims);
        Assert.All(report.Claims, c => Assert.True(c.Span.End <= SecondSentence));
        Assert.Contains(report.Mentions, m => m.Span.Start > SecondSentence);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == RuleIds.InternalError);
    }

    [Fact]
    public void Check_ClaimReaderOfYourOwn_ReplacesTheBuiltInOne()
    {
        var checker = new FactCheckerBuilder().WithClaimReader(new FirstMentionReader()).Build();

        var report = checker.Check(new Document(Text, Published));

        var claim = Assert.Single(report.Claims);
        Assert.Equal("12%", claim.Text);
    }

    [Fact]
    public void Check_ClaimReaderThatThrows_IsAClaimsFailedFindingAndTheChecksStillRun()
    {
        var checker = new FactCheckerBuilder().WithClaimReader(new ThrowingReader()).ClearChecks().AddCheck(new MentionCountRule()).Build();

        var report = checker.Check(new Document(Text, Published));

        Assert.Empty(report.Claims);
        Assert.NotEmpty(report.Mentions);
        Assert.Single(report.Findings, f => f.RuleId == RuleIds.ClaimsFailed);
        Assert.Single(report.Findings, f => f.RuleId == MentionCountRule.Id);
    }

    private sealed class FirstMentionReader : IClaimReader
    {
        public IReadOnlyList<Claim> Read(ClaimReaderContext context)
        {
            var first = context.Mentions[0];
            var figure = new ClaimFigure(0, first.Span, first.Text, first.Value, first.Unit, first.Low, first.High);
            return [new Claim("c1", ClaimKind.Level, first.Span, first.Text, first.Value, first.Unit, first.Low, first.High, [figure], context.Document.Source)];
        }
    }

    private sealed class ThrowingReader : IClaimReader
    {
        public IReadOnlyList<Claim> Read(ClaimReaderContext context) => throw new InvalidOperationException("Broken on purpose.");
    }

    private sealed class MentionCountRule : IFactCheckRule
    {
        public const string Id = "mention-count";

        public string RuleId => Id;

        public string Description => "Counts the mentions.";

        public IEnumerable<Finding> Check(CheckContext context) => [new Finding(Id, Severity.Info, new FindingMessage("{0} mentions.", context.Mentions.Count))];
    }
}
