using FactCheck.Checks.ChangeArithmetic;

#pragma warning disable IDE0130 // Builder extensions live in the builder's namespace so they are found from it.
namespace FactCheck;
#pragma warning restore IDE0130

/// <summary>Adds the <c>change-arithmetic</c> check to a <see cref="FactCheckerBuilder"/>.</summary>
public static class ChangeArithmeticBuilderExtensions
{
    /// <summary>
    /// Adds (or reconfigures, when already added) the <c>change-arithmetic</c> check: from, to and the stated change
    /// ("rose 20% to £5bn from £4bn", "doubled from 10 to 25", "2.9 times") must agree.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options; see <see cref="ChangeArithmeticOptions"/> for the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static FactCheckerBuilder AddChangeArithmeticCheck(this FactCheckerBuilder builder, Action<ChangeArithmeticOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new ChangeArithmeticOptions();
        configure?.Invoke(options);
        return builder.AddBuiltInCheck(new ChangeArithmeticCheck(options.Validated()));
    }
}
