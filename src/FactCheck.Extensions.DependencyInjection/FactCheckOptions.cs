namespace FactCheck.Extensions.DependencyInjection;

/// <summary>
/// The settings of the application's <see cref="FactChecker"/>, bound from configuration (the <c>FactCheck</c>
/// section by convention). Validated when the checker is first built; a change of the configuration rebuilds it.
/// </summary>
/// <remarks>
/// <para>Each built-in rule is configured in <c>Rules:&lt;rule id&gt;</c>: <c>Enabled</c> (default
/// <see langword="true"/>) and the public properties of the rule's options class, for example
/// <c>"Rules": { "change-arithmetic": { "PercentTolerance": 0.5 }, "weekday": { "Enabled": false } }</c>.</para>
/// <para>An example:</para>
/// <code>
/// "FactCheck": {
///   "Culture": "en-GB",
///   "MaxDocumentLength": 200000,
///   "TimeLimit": "00:00:05",
///   "ReferenceFacts": [ "facts/tariffs.csv" ],
///   "Rules": { "weekday": { "Enabled": false } }
/// }
/// </code>
/// </remarks>
public sealed class FactCheckOptions
{
    /// <summary>The culture documents are read in when they do not name one. Defaults to <c>en-US</c>.</summary>
    public string Culture { get; set; } = "en-US";

    /// <summary>The longest document read, in characters. Defaults to <see cref="FactCheckerBuilder.DefaultMaxDocumentLength"/>.</summary>
    public int MaxDocumentLength { get; set; } = FactCheckerBuilder.DefaultMaxDocumentLength;

    /// <summary>
    /// How long the checker may spend on one document. Defaults to <see cref="FactCheckerBuilder.DefaultTimeLimit"/>
    /// (30 seconds); <see cref="Timeout.InfiniteTimeSpan"/> (<c>-00:00:00.001</c>) means no limit.
    /// </summary>
    public TimeSpan TimeLimit { get; set; } = FactCheckerBuilder.DefaultTimeLimit;

    /// <summary>
    /// Files of trusted facts (CSV or JSON, see <see cref="Reference.ReferenceFacts.Load"/>) for the <c>reference</c>
    /// rule, relative to the application's content root. When one changes on disk, the checker is rebuilt with the
    /// new facts; a file that no longer reads keeps the facts read before, and the error is logged. Empty (the
    /// default): the reference rule does not run.
    /// </summary>
    public IList<string> ReferenceFacts { get; } = [];

    /// <summary>Whether a hosted service warms the checker up while the application starts (see <see cref="FactChecker.WarmUp"/>). Defaults to <see langword="true"/>.</summary>
    public bool WarmUpAtStart { get; set; } = true;
}
