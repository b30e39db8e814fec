using FactCheck.Checks.Restatement;

#pragma warning disable IDE0130 // Builder extensions live in the builder's namespace so they are found from it.
namespace FactCheck;
#pragma warning restore IDE0130

/// <summary>Adds the <c>restatement</c> check to a <see cref="FactCheckerBuilder"/>.</summary>
public static class RestatementBuilderExtensions
{
    /// <summary>
    /// Adds (or reconfigures, when already added) the <c>restatement</c> check: the same measure of the same subject for
    /// the same time, stated twice with values that cannot both hold.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options; see <see cref="RestatementOptions"/> for the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static FactCheckerBuilder AddRestatementCheck(this FactCheckerBuilder builder, Action<RestatementOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new RestatementOptions();
        configure?.Invoke(options);
        return builder.AddBuiltInCheck(new RestatementCheck(options.Validated()));
    }
}
