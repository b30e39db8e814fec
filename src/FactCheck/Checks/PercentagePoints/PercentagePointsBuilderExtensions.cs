using FactCheck.Checks.PercentagePoints;

#pragma warning disable IDE0130 // Builder extensions live in the builder's namespace so they are found from it.
namespace FactCheck;
#pragma warning restore IDE0130

/// <summary>Adds the <c>percentage-points</c> check to a <see cref="FactCheckerBuilder"/>.</summary>
public static class PercentagePointsBuilderExtensions
{
    /// <summary>
    /// Adds (or reconfigures, when already added) the <c>percentage-points</c> check: "up 19%" for a rate going from 10%
    /// to 29% should read 19 percentage points, or 190%.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options; see <see cref="PercentagePointsOptions"/> for the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static FactCheckerBuilder AddPercentagePointsCheck(this FactCheckerBuilder builder, Action<PercentagePointsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new PercentagePointsOptions();
        configure?.Invoke(options);
        return builder.AddBuiltInCheck(new PercentagePointsCheck(options.Validated()));
    }
}
