using FactCheck.Checks;
using FactCheck.Recognition;
using FactCheck.Reports;
using FactCheck.Tests.Robustness;
using Xunit;

namespace FactCheck.Tests;

/// <summary>The checker's safety limits: the longest document it reads and the time it may spend on one.</summary>
public sealed class FactCheckerLimitsTests
{
    [Fact]
    public void Build_WithoutLimits_UsesTheDocumentedDefaults()
    {
        var checker = new FactCheckerBuilder().Build();
        Assert.Equal(10_000_000, checker.MaxDocumentLength);
        Assert.Equal(TimeSpan.FromSeconds(30), checker.TimeLimit);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void WithMaxDocumentLength_NotPositive_Throws(int characters)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new FactCheckerBuilder().WithMaxDocumentLength(characters));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(30L * 24 * 3600 * 1000)]
    public void WithTimeLimit_ZeroNegativeOrBeyondInt32Milliseconds_Throws(long milliseconds)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new FactCheckerBuilder().WithTimeLimit(TimeSpan.FromMilliseconds(milliseconds)));

    [Fact]
    public void WithTimeLimit_Infinite_TurnsTheLimitOff()
    {
        var checker = new FactCheckerBuilder().WithTimeLimit(Timeout.InfiniteTimeSpan).Build();
        Assert.Equal(Timeout.InfiniteTimeSpan, checker.TimeLimit);
        Assert.DoesNotContain(checker.CheckText("Inflation rose to 3%.").Findings, f => f.RuleId == "time-limit");
    }

    [Fact]
    public void Check_DocumentLongerThanTheLimit_IsNotReadAndGetsAnInputTooLargeError()
    {
        var counter = new CountingCheck();
        var checker = new FactCheckerBuilder().ClearChecks().WithMaxDocumentLength(40).AddCheck(counter).Build();
        var text = "The duty rose from 10% to 29% on April 9, officials said."; // 57 characters

        var report = checker.CheckText(text, new DateOnly(2025, 4, 5));

        var finding = Assert.Single(report.Findings);
        Assert.Equal("input-too-large", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("57 characters", finding.Message, StringComparison.Ordinal);
        Assert.Contains("limit of 40", finding.Message, StringComparison.Ordinal);
        Assert.Empty(report.Mentions);
        Assert.Empty(report.Claims);
        Assert.Equal(0, counter.Calls);
    }

    [Fact]
    public void Check_DocumentExactlyAtTheLimit_IsRead()
    {
        var counter = new CountingCheck();
        const string text = "Inflation rose to 3%.";
        var checker = new FactCheckerBuilder().ClearChecks().WithMaxDocumentLength(text.Length).AddCheck(counter).Build();

        var report = checker.CheckText(text);

        Assert.DoesNotContain(report.Findings, f => f.RuleId == "input-too-large");
        Assert.Equal(1, counter.Calls);
    }

    [Fact]
    public void Check_CheckStillRunningAtTheTimeLimit_ReturnsWhatWasDoneAndSaysWhichCheckStopped()
    {
        var after = new CountingCheck();
        WarmUp();
        var checker = new FactCheckerBuilder()
            .ClearChecks()
            .WithTimeLimit(TimeSpan.FromMilliseconds(500))
            .AddCheck(new FixedFindingCheck("first-rule"))
            .AddCheck(new WaitForCancellationCheck())
            .AddCheck(after)
            .Build();

        var report = checker.CheckText("Inflation rose to 3%.");

        Assert.Contains(report.Findings, f => f.RuleId == "first-rule");
        var stopped = Assert.Single(report.Findings, f => f.RuleId == "time-limit");
        Assert.Equal(Severity.Error, stopped.Severity);
        Assert.Contains(nameof(WaitForCancellationCheck), stopped.Message, StringComparison.Ordinal);
        Assert.Contains("(2 of 3)", stopped.Message, StringComparison.Ordinal);
        Assert.Contains("0.5 s", stopped.Message, StringComparison.Ordinal);
        Assert.Contains(report.Mentions, m => m.Text == "3%"); // read before the checks ran
        Assert.Equal(0, after.Calls);
        Assert.Equal("time-limit", report.Findings[0].RuleId); // errors first
    }

    [Fact]
    public void Check_CallerCancelsWhileACheckRuns_ThrowsWithTheCallersToken()
    {
        using var caller = new CancellationTokenSource();
        var checker = new FactCheckerBuilder()
            .AddCheck(new CancelThenWaitCheck(caller))
            .AddCheck(new FixedFindingCheck("never"))
            .Build();

        var thrown = Assert.ThrowsAny<OperationCanceledException>(() => checker.CheckText("Inflation rose to 3%.", cancellationToken: caller.Token));

        Assert.Equal(caller.Token, thrown.CancellationToken);
    }

    [Fact]
    public void Check_CallerCancelsAndTimeLimitIsShort_CallerWinsWithAnException()
    {
        // The text is read once beforehand, so the checked run reaches the check well inside its time limit; the check
        // waits for that limit to pass and only then cancels the caller's token: both have fired when the work stops.
        WarmUp();
        using var caller = new CancellationTokenSource();
        var checker = new FactCheckerBuilder()
            .WithTimeLimit(TimeSpan.FromMilliseconds(500))
            .AddCheck(new CancelAfterTimeLimitCheck(caller))
            .Build();

        Assert.ThrowsAny<OperationCanceledException>(() => checker.CheckText("Inflation rose to 3%.", cancellationToken: caller.Token));
    }

    [Fact]
    public void Check_PreCancelledToken_ThrowsBeforeAnyCheckRuns()
    {
        var counter = new CountingCheck();
        var checker = new FactCheckerBuilder().ClearChecks().AddCheck(counter).Build();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => checker.CheckText(new string('7', 1_000_000) + "%", cancellationToken: cancelled.Token));
        Assert.Equal(0, counter.Calls);
    }

    [Fact]
    public void Check_CheckThrowsItsOwnOperationCanceled_BecomesCheckFailedAndLaterChecksRun()
    {
        // A check whose own HTTP call timed out is a failing check, not a cancelled document.
        var after = new CountingCheck();
        var checker = new FactCheckerBuilder().ClearChecks().AddCheck(new OwnTimeoutCheck()).AddCheck(after).Build();

        var report = checker.CheckText("Inflation rose to 3%.");

        var failed = Assert.Single(report.Findings);
        Assert.Equal("check-failed", failed.RuleId);
        Assert.Contains(nameof(OwnTimeoutCheck), failed.Message, StringComparison.Ordinal);
        Assert.Equal(1, after.Calls);
    }

    [Fact]
    public void Check_CheckFailsHalfWay_KeepsOnlyItsFailure()
    {
        var checker = new FactCheckerBuilder().ClearChecks().AddCheck(new FailsAfterOneFindingCheck()).Build();

        var report = checker.CheckText("Inflation rose to 3%.");

        Assert.Equal(["check-failed"], report.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Check_TimeLimitWhileReadingASentence_KeepsTheFiguresReadAndSaysWhichSentence()
    {
        WarmUp();
        const string text = "Inflation rose to 3%. Exports fell 10% last year. Imports rose 7%.";
        var second = text.IndexOf("Exports", StringComparison.Ordinal);
        var checker = new FactCheckerBuilder().WithTimeLimit(TimeSpan.FromMilliseconds(200)).Build();
        var progress = new CheckProgress();
        progress = new CheckProgress
        {
            // The second sentence is slow: it outlasts the time limit and notices it, as the stages do.
            SentenceStarting = sentence =>
            {
                if (sentence.Start == second)
                {
                    progress.Token.WaitHandle.WaitOne(TimeSpan.FromMinutes(1));
                    progress.Token.ThrowIfCancellationRequested();
                }
            },
        };

        var report = checker.CheckCore(new Document(text), progress, CancellationToken.None);

        Assert.Equal(["3%"], report.Mentions.Select(m => m.Text));
        Assert.Empty(report.Claims);
        var stopped = Assert.Single(report.Findings);
        Assert.Equal("time-limit", stopped.RuleId);
        Assert.Contains($"sentence at offset {second}", stopped.Message, StringComparison.Ordinal);
        Assert.Equal(text.Length - second, Assert.Single(stopped.Spans).Length);
        Assert.Equal(text[second..], Assert.Single(stopped.Spans).Slice(text));
    }

    [Fact]
    public void Check_CallerCancelsWhileReadingSentences_ThrowsAndReadsNoFurther()
    {
        // Cancelled from inside the work, as soon as the first sentence starts: the next sentence is never started.
        var text = string.Join(" ", Enumerable.Range(1, 200).Select(i => $"Exports rose {i}% in sector {i}."));
        using var caller = new CancellationTokenSource();
        var started = 0;
        var progress = new CheckProgress
        {
            SentenceStarting = _ =>
            {
                started++;
                caller.Cancel();
            },
        };

        Assert.ThrowsAny<OperationCanceledException>(() => RobustnessCheckers.Full().CheckCore(new Document(text), progress, caller.Token));
        Assert.Equal(1, started);
    }

    [Fact]
    public void Check_StageFailsOnASentence_ReportsAnInternalErrorWithTheFiguresReadBefore()
    {
        const string text = "Inflation rose to 3%. Exports fell 10% last year. Imports rose 7%.";
        var second = text.IndexOf("Exports", StringComparison.Ordinal);
        var progress = new CheckProgress
        {
            SentenceStarting = sentence =>
            {
                if (sentence.Start == second)
                {
                    throw new InvalidOperationException("Simulated fault.");
                }
            },
        };

        var report = new FactCheckerBuilder().Build().CheckCore(new Document(text), progress, CancellationToken.None);

        Assert.Equal(["3%"], report.Mentions.Select(m => m.Text));
        var failed = Assert.Single(report.Findings);
        Assert.Equal("internal-error", failed.RuleId);
        Assert.Equal(Severity.Error, failed.Severity);
        Assert.Contains("Simulated fault.", failed.Message, StringComparison.Ordinal);
        Assert.Contains($"sentence at offset {second}", failed.Message, StringComparison.Ordinal);
    }

    // Builds the shared Recognizers models, so a short time limit measures the work of the test and not the cold start.
    private static void WarmUp() => RobustnessCheckers.Full().CheckText("Inflation rose to 3% in April 2024, up from two per cent.", new DateOnly(2025, 4, 5));

    private sealed class CountingCheck : IFactCheckRule
    {
        public string RuleId => "counting-check";

        public string Description => "A rule of the tests.";

        private int _calls;

        public int Calls => _calls;

        public IEnumerable<Finding> Check(CheckContext context)
        {
            Interlocked.Increment(ref _calls);
            return [];
        }
    }

    private sealed class FixedFindingCheck(string ruleId) : IFactCheckRule
    {
        public string RuleId => ruleId;

        public string Description => "A rule of the tests.";

        public IEnumerable<Finding> Check(CheckContext context) => [new Finding(ruleId, Severity.Info, "Seen.")];
    }

    private sealed class WaitForCancellationCheck : IFactCheckRule
    {
        public string RuleId => "wait-for-cancellation-check";

        public string Description => "A rule of the tests.";

        public IEnumerable<Finding> Check(CheckContext context)
        {
            // Waits for the checker's token; the bound only keeps a broken time limit from hanging the test run.
            context.CancellationToken.WaitHandle.WaitOne(TimeSpan.FromMinutes(1));
            context.CancellationToken.ThrowIfCancellationRequested();
            return [new Finding("not-stopped", Severity.Info, "The time limit did not stop this check.")];
        }
    }

    private sealed class CancelThenWaitCheck(CancellationTokenSource caller) : IFactCheckRule
    {
        public string RuleId => "cancel-then-wait-check";

        public string Description => "A rule of the tests.";

        public IEnumerable<Finding> Check(CheckContext context)
        {
            caller.Cancel();
            context.CancellationToken.ThrowIfCancellationRequested();
            return [new Finding("not-stopped", Severity.Info, "Cancellation did not reach this check.")];
        }
    }

    private sealed class CancelAfterTimeLimitCheck(CancellationTokenSource caller) : IFactCheckRule
    {
        public string RuleId => "cancel-after-time-limit-check";

        public string Description => "A rule of the tests.";

        public IEnumerable<Finding> Check(CheckContext context)
        {
            // The token a check sees is the time limit's, linked to the caller's: wait until the limit has passed.
            context.CancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            caller.Cancel();
            context.CancellationToken.ThrowIfCancellationRequested();
            return [new Finding("not-stopped", Severity.Info, "Cancellation did not reach this check.")];
        }
    }

    private sealed class OwnTimeoutCheck : IFactCheckRule
    {
        public string RuleId => "own-timeout-check";

        public string Description => "A rule of the tests.";

        public IEnumerable<Finding> Check(CheckContext context) => throw new TaskCanceledException("The reference service did not answer in time.");
    }

    private sealed class FailsAfterOneFindingCheck : IFactCheckRule
    {
        public string RuleId => "fails-after-one-finding-check";

        public string Description => "A rule of the tests.";

        public IEnumerable<Finding> Check(CheckContext context)
        {
            yield return new Finding("half-done", Severity.Warning, "First of two.");
            throw new InvalidOperationException("Broken on the second.");
        }
    }
}
