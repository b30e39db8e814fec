using FactCheck.Checks.Reference;
using FactCheck.Reference;

#pragma warning disable IDE0130 // Builder extensions live in the builder's namespace so they are found from it.
namespace FactCheck;
#pragma warning restore IDE0130

/// <summary>Adds the <c>reference</c> check to a <see cref="FactCheckerBuilder"/>.</summary>
public static class ReferenceBuilderExtensions
{
    /// <summary>
    /// Adds (or replaces, when already added) the <c>reference</c> check: claims compared with trusted facts, with the
    /// verdict supported, contradicted or not found, naming the fact's source.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="facts">The facts, for example from <see cref="ReferenceFacts.Load(string)"/>.</param>
    /// <param name="configure">Sets the options; see <see cref="ReferenceCheckOptions"/> for the defaults.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="facts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <example>
    /// <code>
    /// var facts = ReferenceFacts.Load("tariffs.csv").GetFactsOrThrow();
    /// var checker = new FactCheckerBuilder().AddReferenceCheck(facts).Build();
    /// </code>
    /// </example>
    public static FactCheckerBuilder AddReferenceCheck(this FactCheckerBuilder builder, ReferenceFacts facts, Action<ReferenceCheckOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(facts);
        var options = new ReferenceCheckOptions();
        configure?.Invoke(options);
        return builder.AddBuiltInCheck(new ReferenceCheck(facts, options.Validated()));
    }
}
