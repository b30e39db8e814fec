using System.Text.RegularExpressions;
using FactCheck.Recognition;
using Xunit;

namespace FactCheck.Tests.Recognition;

public class RegexTimeoutWatchTests
{
    [Fact]
    public void Watch_TimeoutCaughtInsideTheCall_IsStillReported()
    {
        // What the Recognizers models do: catch every exception and return nothing.
        var (result, timeout) = RegexTimeoutWatch.Watch(() =>
        {
            try
            {
                throw new RegexMatchTimeoutException("a long sentence", "(a+)+$", TimeSpan.FromSeconds(2));
            }
            catch (RegexMatchTimeoutException)
            {
                return 0;
            }
        });

        Assert.Equal(0, result);
        Assert.NotNull(timeout);
        Assert.Equal(TimeSpan.FromSeconds(2), timeout.MatchTimeout);
    }

    [Fact]
    public void Watch_NoTimeout_ReportsNone()
    {
        var (result, timeout) = RegexTimeoutWatch.Watch(() => Regex.IsMatch("29%", @"\d+%", RegexOptions.None, TimeSpan.FromSeconds(1)));
        Assert.True(result);
        Assert.Null(timeout);
    }

    [Fact]
    public void Watch_OtherExceptionsCaughtInside_AreNotTimeouts()
    {
        var (_, timeout) = RegexTimeoutWatch.Watch(() =>
        {
            try
            {
                throw new InvalidOperationException("not a timeout");
            }
            catch (InvalidOperationException)
            {
                return 1;
            }
        });

        Assert.Null(timeout);
    }
}
