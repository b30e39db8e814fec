using FactCheck.Checks.DateOrder;

#pragma warning disable IDE0130 // Builder extensions live in the builder's namespace so they are found from it.
namespace FactCheck;
#pragma warning restore IDE0130

/// <summary>Adds the <c>date-order</c> check to a <see cref="FactCheckerBuilder"/>.</summary>
public static class DateOrderBuilderExtensions
{
    /// <summary>
    /// Adds (or reconfigures, when already added) the <c>date-order</c> check: reversed periods, contradicted
    /// "days after", effective dates before announcements, past events dated after publication, reports dated before
    /// what they report.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options; see <see cref="DateOrderOptions"/> for the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static FactCheckerBuilder AddDateOrderCheck(this FactCheckerBuilder builder, Action<DateOrderOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new DateOrderOptions();
        configure?.Invoke(options);
        return builder.AddBuiltInCheck(new DateOrderCheck(options.Validated()));
    }
}
