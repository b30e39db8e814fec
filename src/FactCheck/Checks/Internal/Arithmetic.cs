namespace FactCheck.Checks.Internal;

/// <summary>
/// Guards the arithmetic of one comparison. Figures may be absurd ("0.000000001" set against "100000000000000000000"):
/// a result beyond what a decimal holds (about 7.9 × 10^28) passes that one comparison over instead of failing the
/// whole check, which would lose every other finding of the rule on the document.
/// </summary>
internal static class Arithmetic
{
    /// <summary>The result of <paramref name="compute"/>, or <see langword="null"/> when a step of it overflows a decimal.</summary>
    public static T? OrNull<T>(Func<T?> compute)
        where T : class => OrNull(compute, static c => c());

    /// <summary>
    /// The result of <paramref name="compute"/> on <paramref name="state"/>, or <see langword="null"/> when a step of it
    /// overflows a decimal: with a static lambda, a check that compares every claim makes no closure for each.
    /// </summary>
    public static T? OrNull<TState, T>(TState state, Func<TState, T?> compute)
        where T : class
    {
        try
        {
            return compute(state);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
