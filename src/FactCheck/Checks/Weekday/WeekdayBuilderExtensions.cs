using FactCheck.Checks.Weekday;

#pragma warning disable IDE0130 // Builder extensions live in the builder's namespace so they are found from it.
namespace FactCheck;
#pragma warning restore IDE0130

/// <summary>Adds the <c>weekday</c> check to a <see cref="FactCheckerBuilder"/>.</summary>
public static class WeekdayBuilderExtensions
{
    /// <summary>
    /// Adds (or reconfigures, when already added) the <c>weekday</c> check: "Monday, April 9, 2025" is reported because
    /// that date is a Wednesday.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options; see <see cref="WeekdayOptions"/> for the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static FactCheckerBuilder AddWeekdayCheck(this FactCheckerBuilder builder, Action<WeekdayOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new WeekdayOptions();
        configure?.Invoke(options);
        return builder.AddBuiltInCheck(new WeekdayCheck(options.Validated()));
    }
}
