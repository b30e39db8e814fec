using FactCheck.Reports;

#pragma warning disable IDE0130 // Builder extensions live in the builder's namespace so they are found from it.
namespace FactCheck;
#pragma warning restore IDE0130

/// <summary>Adds the default checks to a <see cref="FactCheckerBuilder"/>.</summary>
public static class DefaultChecksBuilderExtensions
{
    /// <summary>
    /// Adds each default rule not already on the builder, with its default options: <c>change-arithmetic</c>,
    /// <c>percentage-points</c>, <c>restatement</c>, <c>date-order</c>, <c>weekday</c>, <c>part-total</c> and
    /// <c>plausibility</c>. Rules already added keep their options. The <c>reference</c> check needs your facts and is
    /// added with <see cref="ReferenceBuilderExtensions.AddReferenceCheck"/>.
    /// </summary>
    /// <remarks>A new <see cref="FactCheckerBuilder"/> already has these; call this after <see cref="FactCheckerBuilder.ClearChecks"/> to restore them.</remarks>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static FactCheckerBuilder AddDefaultChecks(this FactCheckerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.HasBuiltInCheck(RuleIds.ChangeArithmetic))
        {
            builder.AddChangeArithmeticCheck();
        }

        if (!builder.HasBuiltInCheck(RuleIds.PercentagePoints))
        {
            builder.AddPercentagePointsCheck();
        }

        if (!builder.HasBuiltInCheck(RuleIds.Restatement))
        {
            builder.AddRestatementCheck();
        }

        if (!builder.HasBuiltInCheck(RuleIds.DateOrder))
        {
            builder.AddDateOrderCheck();
        }

        if (!builder.HasBuiltInCheck(RuleIds.Weekday))
        {
            builder.AddWeekdayCheck();
        }

        if (!builder.HasBuiltInCheck(RuleIds.PartTotal))
        {
            builder.AddPartTotalCheck();
        }

        if (!builder.HasBuiltInCheck(RuleIds.Plausibility))
        {
            builder.AddPlausibilityCheck();
        }

        return builder;
    }
}
