using System.Text.RegularExpressions;
using FactCheck.Recognition;
using Xunit;

namespace FactCheck.Tests.Recognition;

/// <summary>
/// The Recognizers models catch a regular-expression timeout themselves and return nothing; the watch is what
/// turns that silence into a <c>recognition-timeout</c> finding.
/// </summary>
public sealed class RegexTimeoutWatchTests
{
    // Nested quantifiers over a string that cannot match: exponential backtracking, far beyond a millisecond.
    private static readonly Regex Slow = new(@"^(\w+\s?)*$", RegexOptions.None, TimeSpan.FromMilliseconds(1));
    private static readonly string Hostile = string.Concat(Enumerable.Repeat("word ", 40)) + "!";

    [Fact]
    public void Watch_TimeoutSwallowedInside_IsReported()
    {
        var (result, timeout) = RegexTimeoutWatch.Watch(() =>
        {
            try
            {
                return Slow.IsMatch(Hostile) ? "matched" : "no match";
            }
            catch (RegexMatchTimeoutException)
            {
                return "swallowed";
            }
        });

        Assert.Equal("swallowed", result);
        Assert.NotNull(timeout);
        Assert.Equal(TimeSpan.FromMilliseconds(1), timeout.MatchTimeout);
    }

    [Fact]
    public void Watch_NoTimeout_ReportsNone()
    {
        var (result, timeout) = RegexTimeoutWatch.Watch(() => Slow.IsMatch("two words"));

        Assert.True(result);
        Assert.Null(timeout);
    }

    [Fact]
    public void Watch_TimeoutOutsideTheWatch_IsNotReportedByALaterWatch()
    {
        try
        {
            Slow.IsMatch(Hostile);
        }
        catch (RegexMatchTimeoutException)
        {
        }

        var (_, timeout) = RegexTimeoutWatch.Watch(() => 0);

        Assert.Null(timeout);
    }

    [Fact]
    public void Watch_TimeoutOnAnotherThread_IsNotReportedHere()
    {
        var (_, timeout) = RegexTimeoutWatch.Watch(() =>
        {
            var other = new Thread(() =>
            {
                try
                {
                    Slow.IsMatch(Hostile);
                }
                catch (RegexMatchTimeoutException)
                {
                }
            });
            other.Start();
            other.Join();
            return 0;
        });

        Assert.Null(timeout);
    }
}
