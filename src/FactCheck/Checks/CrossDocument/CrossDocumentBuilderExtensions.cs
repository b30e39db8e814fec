using FactCheck.Checks.CrossDocument;

#pragma warning disable IDE0130 // Builder extensions live in the builder's namespace so they are found from it.
namespace FactCheck;
#pragma warning restore IDE0130

/// <summary>Configures the <c>cross-document</c> check of a <see cref="FactCheckerBuilder"/>.</summary>
public static class CrossDocumentBuilderExtensions
{
    /// <summary>
    /// Sets the options of the <c>cross-document</c> check that <see cref="FactChecker.CheckTogether"/> runs across the
    /// documents it is given. Without this call it runs with the defaults of <see cref="CrossDocumentOptions"/>.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static FactCheckerBuilder AddCrossDocumentCheck(this FactCheckerBuilder builder, Action<CrossDocumentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new CrossDocumentOptions();
        configure?.Invoke(options);
        builder.CrossDocumentCheck = new CrossDocumentCheck(options.Validated());
        return builder;
    }
}
