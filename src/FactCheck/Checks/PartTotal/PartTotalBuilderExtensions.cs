using FactCheck.Checks.PartTotal;

#pragma warning disable IDE0130 // Builder extensions live in the builder's namespace so they are found from it.
namespace FactCheck;
#pragma warning restore IDE0130

/// <summary>Adds the <c>part-total</c> check to a <see cref="FactCheckerBuilder"/>.</summary>
public static class PartTotalBuilderExtensions
{
    /// <summary>
    /// Adds (or reconfigures, when already added) the <c>part-total</c> check: parts larger than their whole, "X of Y (Z%)"
    /// that does not compute, counts and percentages of one group that disagree, shares of one whole above 100% in sum.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options; see <see cref="PartTotalOptions"/> for the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static FactCheckerBuilder AddPartTotalCheck(this FactCheckerBuilder builder, Action<PartTotalOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new PartTotalOptions();
        configure?.Invoke(options);
        return builder.AddBuiltInCheck(new PartTotalCheck(options.Validated()));
    }
}
