using FactCheck.Checks.Plausibility;

#pragma warning disable IDE0130 // Builder extensions live in the builder's namespace so they are found from it.
namespace FactCheck;
#pragma warning restore IDE0130

/// <summary>Adds the <c>plausibility</c> check to a <see cref="FactCheckerBuilder"/>.</summary>
public static class PlausibilityBuilderExtensions
{
    /// <summary>
    /// Adds (or reconfigures, when already added) the <c>plausibility</c> check: a share above 100%, a negative count or
    /// tariff rate, a change of more than 100 percentage points.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options; see <see cref="PlausibilityOptions"/> for the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static FactCheckerBuilder AddPlausibilityCheck(this FactCheckerBuilder builder, Action<PlausibilityOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new PlausibilityOptions();
        configure?.Invoke(options);
        return builder.AddBuiltInCheck(new PlausibilityCheck(options.Validated()));
    }
}
