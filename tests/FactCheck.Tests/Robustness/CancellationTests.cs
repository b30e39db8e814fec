using FactCheck.Checks;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Robustness;

/// <summary>Every public call that may run long takes a token and, once it is cancelled, stops before doing more work.</summary>
public sealed class CancellationTests
{
    private static readonly string LargeText = string.Join(" ", Enumerable.Range(1, 20_000).Select(i => $"Exports rose {i % 90}% in April {2000 + (i % 25)}."));

    [Fact]
    public void Check_PreCancelledTokenOnALargeDocument_ThrowsWithoutRunningAnyCheck()
    {
        var (checker, counter) = CountingChecker();
        Assert.ThrowsAny<OperationCanceledException>(() => checker.Check(new Document(LargeText), Cancelled()));
        Assert.Equal(0, counter.Calls);
    }

    [Fact]
    public void CheckText_PreCancelledToken_ThrowsWithoutRunningAnyCheck()
    {
        var (checker, counter) = CountingChecker();
        Assert.ThrowsAny<OperationCanceledException>(() => checker.CheckText(LargeText, cancellationToken: Cancelled()));
        Assert.Equal(0, counter.Calls);
    }

    [Fact]
    public void CheckTogether_PreCancelledToken_ThrowsWithoutRunningAnyCheck()
    {
        var (checker, counter) = CountingChecker();
        Assert.ThrowsAny<OperationCanceledException>(() => checker.CheckTogether([new Document(LargeText), new Document(LargeText)], Cancelled()));
        Assert.Equal(0, counter.Calls);
    }

    [Fact]
    public async Task CheckManyAsync_PreCancelledToken_ThrowsWithoutRunningAnyCheck()
    {
        var (checker, counter) = CountingChecker();
        var documents = Enumerable.Range(0, 100).Select(_ => new Document(LargeText));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var report in checker.CheckManyAsync(documents, 2, Cancelled()))
            {
                Assert.Fail($"A report came out of a cancelled run: {report.Document.Source}.");
            }
        });
        Assert.Equal(0, counter.Calls);
    }

    [Fact]
    public void CheckTogether_CancelledByTheFirstDocumentsCheck_DoesNotStartTheSecondDocument()
    {
        using var caller = new CancellationTokenSource();
        var counter = new CountingCheck(afterFirstCall: caller.Cancel);
        var checker = new FactCheckerBuilder().ClearChecks().AddCheck(counter).Build();

        Assert.ThrowsAny<OperationCanceledException>(() => checker.CheckTogether([new Document("Exports rose 5%."), new Document(LargeText)], caller.Token));
        Assert.Equal(1, counter.Calls);
    }

    private static CancellationToken Cancelled() => new(canceled: true);

    private static (FactChecker Checker, CountingCheck Counter) CountingChecker()
    {
        var counter = new CountingCheck();
        return (new FactCheckerBuilder().AddCheck(counter).Build(), counter);
    }

    private sealed class CountingCheck(Action? afterFirstCall = null) : IFactCheckRule
    {
        public string RuleId => "counting-check";

        public string Description => "A rule of the tests.";

        private int _calls;

        public int Calls => _calls;

        public IEnumerable<Finding> Check(CheckContext context)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                afterFirstCall?.Invoke();
            }

            return [];
        }
    }
}
