namespace FactCheck.Diagnostics;

/// <summary>
/// The recognizer model calls made on the current thread. A document is read on one thread, so the difference
/// before and after its recognition stage is that document's calls, however many documents run at once.
/// </summary>
internal static class ModelCallTally
{
    [ThreadStatic]
    private static long t_number;

    [ThreadStatic]
    private static long t_dateTime;

    /// <summary>The calls made on this thread so far.</summary>
    public static (long Number, long DateTime) OnThisThread => (t_number, t_dateTime);

    /// <summary>Counts one call of the number model.</summary>
    public static void Number() => t_number++;

    /// <summary>Counts one call of the date-time model.</summary>
    public static void DateTime() => t_dateTime++;
}
