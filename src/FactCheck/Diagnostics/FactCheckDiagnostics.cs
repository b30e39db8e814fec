namespace FactCheck.Diagnostics;

/// <summary>
/// The names under which FactCheck reports what it does: one <see cref="System.Diagnostics.ActivitySource"/> and one
/// <see cref="System.Diagnostics.Metrics.Meter"/>, both named <see cref="ActivitySourceName"/> (<c>FactCheck</c>), and
/// the instruments and tags below. Subscribe to them with OpenTelemetry (<c>AddSource("FactCheck")</c>,
/// <c>AddMeter("FactCheck")</c>), an <see cref="System.Diagnostics.ActivityListener"/> or a
/// <see cref="System.Diagnostics.Metrics.MeterListener"/>; nothing is measured while nobody listens.
/// </summary>
/// <remarks>
/// <para>Spans: <see cref="DocumentActivityName"/> for each document checked, with one child per stage
/// (<see cref="StageActivityPrefix"/> + the stage: <c>segment</c>, <c>recognize</c>, <c>claims</c>, <c>checks</c>),
/// and <see cref="WarmUpActivityName"/> for <see cref="FactChecker.WarmUp"/>.</para>
/// <para>Metrics follow the OpenTelemetry conventions: durations are histograms in seconds, counts are counters
/// with the thing counted as their unit, names and tags are lower case with dots between namespaces.</para>
/// </remarks>
public static class FactCheckDiagnostics
{
    /// <summary>The name of FactCheck's activity source: <c>FactCheck</c>.</summary>
    public const string ActivitySourceName = "FactCheck";

    /// <summary>The name of FactCheck's meter: <c>FactCheck</c>.</summary>
    public const string MeterName = "FactCheck";

    /// <summary>The span of one document checked: <c>factcheck.document</c>.</summary>
    public const string DocumentActivityName = "factcheck.document";

    /// <summary>The start of the name of a stage's span (<c>factcheck.stage.recognize</c>, …): <c>factcheck.stage.</c>.</summary>
    public const string StageActivityPrefix = "factcheck.stage.";

    /// <summary>The span of <see cref="FactChecker.WarmUp"/>: <c>factcheck.warm_up</c>.</summary>
    public const string WarmUpActivityName = "factcheck.warm_up";

    /// <summary>Counter of documents checked (<c>{document}</c>), tagged with <see cref="OutcomeTag"/>: <c>factcheck.documents</c>.</summary>
    public const string DocumentsInstrument = "factcheck.documents";

    /// <summary>Counter of findings reported (<c>{finding}</c>), tagged with <see cref="RuleIdTag"/> and <see cref="SeverityTag"/>: <c>factcheck.findings</c>.</summary>
    public const string FindingsInstrument = "factcheck.findings";

    /// <summary>Histogram of the time spent on one document, in seconds, tagged with <see cref="OutcomeTag"/>: <c>factcheck.document.duration</c>.</summary>
    public const string DocumentDurationInstrument = "factcheck.document.duration";

    /// <summary>Histogram of the time spent in one stage of one document, in seconds, tagged with <see cref="StageTag"/>: <c>factcheck.stage.duration</c>.</summary>
    public const string StageDurationInstrument = "factcheck.stage.duration";

    /// <summary>
    /// Counter of calls to the recognizer models (<c>{call}</c>), tagged with <see cref="ModelTag"/>: <c>factcheck.model.calls</c>.
    /// Each call runs thousands of regular expressions, so this is the figure that explains the time of recognition.
    /// </summary>
    public const string ModelCallsInstrument = "factcheck.model.calls";

    /// <summary>
    /// How checking a document ended: <c>checked</c>, <c>too_large</c> (not read), <c>time_limit</c> (stopped part-way)
    /// or <c>internal_error</c>: <c>factcheck.outcome</c>.
    /// </summary>
    public const string OutcomeTag = "factcheck.outcome";

    /// <summary>The rule id of a finding (<c>change-arithmetic</c>, …): <c>factcheck.rule.id</c>.</summary>
    public const string RuleIdTag = "factcheck.rule.id";

    /// <summary>The severity of a finding, in lower case (<c>error</c>, <c>warning</c>, <c>info</c>): <c>factcheck.severity</c>.</summary>
    public const string SeverityTag = "factcheck.severity";

    /// <summary>The stage (<c>segment</c>, <c>recognize</c>, <c>claims</c>, <c>checks</c>): <c>factcheck.stage</c>.</summary>
    public const string StageTag = "factcheck.stage";

    /// <summary>The recognizer model called (<c>number</c> or <c>datetime</c>): <c>factcheck.model</c>.</summary>
    public const string ModelTag = "factcheck.model";
}
