using System.Diagnostics.Metrics;
using System.Globalization;
using FactCheck.Checks;
using FactCheck.Diagnostics;
using FactCheck.Claims;
using FactCheck.Checks.CrossDocument;
using FactCheck.Checks.Internal;
using Microsoft.Extensions.Logging;

namespace FactCheck;

/// <summary>
/// Configures a <see cref="FactChecker"/>: the culture, the checks to run and their options.
/// The builder is mutable and not thread-safe; <see cref="Build"/> returns an immutable checker to reuse everywhere.
/// </summary>
/// <remarks>
/// A new builder starts with the default checks (every built-in rule that needs no data of yours, with its default
/// options; see <see cref="DefaultChecksBuilderExtensions.AddDefaultChecks"/>), so <c>new FactCheckerBuilder().Build()</c>
/// is a complete checker. The checker runs one rule per <see cref="IFactCheckRule.RuleId"/>: calling a built-in
/// <c>AddXxxCheck</c> again reconfigures that rule instead of running it twice, and so does adding your own rule with
/// an id already added; <see cref="AddCheck(IFactCheckRule)"/> adds your own rules beside the built-in ones;
/// <see cref="ClearChecks"/> starts from an empty list (for example to read mentions and claims only, or to pick
/// rules one by one).
/// </remarks>
public sealed class FactCheckerBuilder
{
    /// <summary>The default of <see cref="MaxDocumentLength"/>: 10,000,000 characters (about a thousand long articles).</summary>
    public const int DefaultMaxDocumentLength = 10_000_000;

    private readonly List<IFactCheckRule> _checks = [];

    /// <summary>Creates a builder with the culture <c>en-US</c> and the default checks.</summary>
    public FactCheckerBuilder() => this.AddDefaultChecks();

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

    /// <summary>
    /// The claims stage: reads each document's claims from its sentences and mentions. Defaults to FactCheck's own,
    /// which reads English news with word lists and fails one sentence at a time.
    /// </summary>
    public IClaimReader ClaimReader { get; private set; } = new HeuristicClaimReader();

    /// <summary>Sets the claims stage (see <see cref="ClaimReader"/>), to replace FactCheck's own with a better one.</summary>
    /// <param name="reader">The claims stage: thread-safe, one instance for every document.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is <see langword="null"/>.</exception>
    public FactCheckerBuilder WithClaimReader(IClaimReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ClaimReader = reader;
        return this;
    }

    /// <summary>The default of <see cref="TimeLimit"/>: 30 seconds per document.</summary>
    public static TimeSpan DefaultTimeLimit { get; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest document, in characters, that the checker reads. Defaults to <see cref="DefaultMaxDocumentLength"/>.
    /// A longer document is not read: its report holds one error finding, <c>input-too-large</c>.
    /// </summary>
    public int MaxDocumentLength { get; private set; } = DefaultMaxDocumentLength;

    /// <summary>
    /// How long the checker may spend on one document. Defaults to <see cref="DefaultTimeLimit"/>;
    /// <see cref="Timeout.InfiniteTimeSpan"/> means no limit. When the time is up the checker stops and returns what
    /// it has so far, with an error finding, <c>time-limit</c>, that says where in the text it stopped.
    /// </summary>
    public TimeSpan TimeLimit { get; private set; } = DefaultTimeLimit;

    /// <summary>Sets the longest document, in characters, that the checker reads (see <see cref="MaxDocumentLength"/>).</summary>
    /// <param name="characters">The limit: at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="characters"/> is less than 1.</exception>
    public FactCheckerBuilder WithMaxDocumentLength(int characters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(characters, 1);
        MaxDocumentLength = characters;
        return this;
    }

    /// <summary>Sets how long the checker may spend on one document (see <see cref="TimeLimit"/>).</summary>
    /// <param name="limit">
    /// A positive time of at most <see cref="int.MaxValue"/> milliseconds (about 24 days), or
    /// <see cref="Timeout.InfiniteTimeSpan"/> for no limit.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is zero, negative (other than infinite) or too long.</exception>
    public FactCheckerBuilder WithTimeLimit(TimeSpan limit)
    {
        if (limit != Timeout.InfiniteTimeSpan && (limit <= TimeSpan.Zero || limit.TotalMilliseconds > int.MaxValue))
        {
            throw new ArgumentOutOfRangeException(
                nameof(limit),
                limit,
                "The time limit must be positive and at most int.MaxValue milliseconds, or Timeout.InfiniteTimeSpan for none.");
        }

        TimeLimit = limit;
        return this;
    }

    /// <summary>Where the checker logs check failures, time limits and internal errors; <see langword="null"/> (the default) logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; private set; }

    /// <summary>
    /// Where the checker's meter comes from (<see cref="FactCheckDiagnostics.MeterName"/>); <see langword="null"/> (the
    /// default) uses one meter shared by every checker built without a factory. Spans always go to the
    /// <see cref="FactCheckDiagnostics.ActivitySourceName"/> activity source.
    /// </summary>
    public IMeterFactory? MeterFactory { get; private set; }

    /// <summary>Sets where the checker logs (see <see cref="LoggerFactory"/>): the category is <c>FactCheck.FactChecker</c>.</summary>
    /// <param name="loggerFactory">The logger factory, typically the application's.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="loggerFactory"/> is <see langword="null"/>.</exception>
    public FactCheckerBuilder WithLoggerFactory(ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        LoggerFactory = loggerFactory;
        return this;
    }

    /// <summary>Sets where the checker's meter comes from (see <see cref="MeterFactory"/>).</summary>
    /// <param name="meterFactory">The meter factory, typically the application's.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="meterFactory"/> is <see langword="null"/>.</exception>
    public FactCheckerBuilder WithMeterFactory(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        MeterFactory = meterFactory;
        return this;
    }

    /// <summary>
    /// Adds a check, built-in or your own. Checks run in the order added; a check whose <see cref="IFactCheckRule.RuleId"/>
    /// is already on the builder replaces that one, in its place.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="check"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The check's <see cref="IFactCheckRule.RuleId"/> or <see cref="IFactCheckRule.Description"/> is empty.</exception>
    public FactCheckerBuilder AddCheck(IFactCheckRule check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (string.IsNullOrWhiteSpace(check.RuleId) || string.IsNullOrWhiteSpace(check.Description))
        {
            throw new ArgumentException("A check needs a rule id and a description.", nameof(check));
        }

        var existing = _checks.FindIndex(c => string.Equals(c.RuleId, check.RuleId, StringComparison.Ordinal));
        if (existing >= 0)
        {
            _checks[existing] = check;
        }
        else
        {
            _checks.Add(check);
        }

        return this;
    }

    /// <summary>Removes every check, built-in or your own, so that only the ones added afterwards run.</summary>
    /// <returns>The builder, for chaining.</returns>
    public FactCheckerBuilder ClearChecks()
    {
        _checks.Clear();
        return this;
    }

    /// <summary>The checks added so far, in the order they run.</summary>
    public IReadOnlyList<IFactCheckRule> Checks => _checks.AsReadOnly();

    /// <summary>Builds an immutable, thread-safe checker from the current configuration.</summary>
    public FactChecker Build() =>
        new(Culture, new CheckPipeline(ClaimReader, _checks.ToArray()), new CheckLimits(MaxDocumentLength, TimeLimit), CheckTelemetry.Create(LoggerFactory, MeterFactory)) { CrossDocumentCheck = CrossDocumentCheck };

    internal CrossDocumentCheck CrossDocumentCheck { get; set; } = new(new CrossDocumentOptions().Validated());

    /// <summary>Adds a built-in rule, or replaces the rule of the same id already added (keeping its place).</summary>
    internal FactCheckerBuilder AddBuiltInCheck(IBuiltInRule rule) => AddCheck(rule);

    /// <summary>Whether a rule with this id has been added.</summary>
    internal bool HasBuiltInCheck(string ruleId) =>
        _checks.Exists(c => string.Equals(c.RuleId, ruleId, StringComparison.Ordinal));
}
