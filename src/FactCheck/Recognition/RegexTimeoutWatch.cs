using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;

namespace FactCheck.Recognition;

/// <summary>
/// Notices regular-expression timeouts inside the Recognizers models, which catch their own exceptions and
/// return no result: a timeout would otherwise pass as "nothing found".
/// </summary>
/// <remarks>
/// A first-chance exception handler sees every exception when it is thrown, caught or not. It only records a
/// <see cref="RegexMatchTimeoutException"/> thrown on a thread that is inside <see cref="Watch{T}"/>, so it
/// costs nothing elsewhere and needs no clock (a slow, busy machine does not produce false reports).
/// </remarks>
internal static class RegexTimeoutWatch
{
    [ThreadStatic]
    private static int t_depth;

    [ThreadStatic]
    private static RegexMatchTimeoutException? t_timeout;

    static RegexTimeoutWatch()
    {
        AppDomain.CurrentDomain.FirstChanceException += OnFirstChanceException;
    }

    /// <summary>Runs <paramref name="action"/> and returns its result and the first regex timeout it hit, if any.</summary>
    public static (T Result, RegexMatchTimeoutException? Timeout) Watch<T>(Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var outer = t_timeout;
        t_timeout = null;
        t_depth++;
        try
        {
            var result = action();
            return (result, t_timeout);
        }
        finally
        {
            t_depth--;
            t_timeout = outer ?? t_timeout;
        }
    }

    private static void OnFirstChanceException(object? sender, FirstChanceExceptionEventArgs e)
    {
        if (t_depth > 0 && t_timeout is null && e.Exception is RegexMatchTimeoutException timeout)
        {
            t_timeout = timeout;
        }
    }
}
