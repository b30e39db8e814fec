using System.Globalization;
using FactCheck.Checks;

namespace FactCheck;

/// <summary>
/// Configures a <see cref="FactChecker"/>: the culture, the checks to run and their options.
/// The builder is mutable and not thread-safe; <see cref="Build"/> returns an immutable checker to reuse everywhere.
/// </summary>
public sealed class FactCheckerBuilder
{
    private readonly List<IFactCheckRule> _checks = [];

    /// <summary>The culture documents are read in when they do not name one. Defaults to <c>en-US</c>.</summary>
    public CultureInfo Culture { get; private set; } = Document.DefaultCulture;

    /// <summary>Sets the culture documents are read in when they do not name one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public FactCheckerBuilder WithCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        Culture = culture;
        return this;
    }

    /// <summary>Adds a check, built-in or your own. Checks run in the order added.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="check"/> is <see langword="null"/>.</exception>
    public FactCheckerBuilder AddCheck(IFactCheckRule check)
    {
        ArgumentNullException.ThrowIfNull(check);
        _checks.Add(check);
        return this;
    }

    /// <summary>Builds an immutable, thread-safe checker from the current configuration.</summary>
    public FactChecker Build() => new(Culture, _checks.ToArray());
}
