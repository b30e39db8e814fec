using System.Diagnostics;
using FactCheck.Checks;
using FactCheck.Claims;
using FactCheck.Diagnostics;
using FactCheck.Recognition;
using FactCheck.Reports;
using FactCheck.Text;

namespace FactCheck;

/// <summary>
/// How far checking one document has got. When the time limit stops the work, or a stage fails, the report is
/// made from what is recorded here, with a finding that says where the work stopped: nothing is dropped silently.
/// </summary>
/// <remarks>Used by one thread at a time: the one checking the document.</remarks>
internal sealed class CheckProgress
{
    /// <summary>The rule id of the finding for a document longer than the limit.</summary>
    public const string InputTooLargeRuleId = RuleIds.InputTooLarge;

    /// <summary>The rule id of the finding for a document stopped by the time limit.</summary>
    public const string TimeLimitRuleId = RuleIds.TimeLimit;

    /// <summary>The rule id of the finding for a stage of FactCheck that failed on the document.</summary>
    public const string InternalErrorRuleId = RuleIds.InternalError;

    private IReadOnlyList<Mention> _mentions = [];
    private readonly List<Finding> _findings = [];
    private IReadOnlyList<Mention>? _allMentions;
    private int _checksRun;
    private Activity? _stageActivity;
    private long _stageStarted;

    /// <summary>Called as each sentence starts to be read; lets tests stop the work at a known point.</summary>
    public Action<TextSpan>? SentenceStarting { get; init; }

    /// <summary>Where the stages report their spans, times and failures; <see langword="null"/> (warming up, tests) reports nothing.</summary>
    public CheckTelemetry? Telemetry { get; set; }

    /// <summary>The stage running now.</summary>
    public CheckStage Stage { get; private set; } = CheckStage.Segmenting;

    /// <summary>The sentence being read, while recognizing.</summary>
    public TextSpan? Sentence { get; private set; }

    /// <summary>The number of sentences read to the end.</summary>
    public int SentencesRead { get; private set; }

    /// <summary>The offset just past the last sentence read to the end (0 before the first).</summary>
    public int ReadUpTo { get; private set; }

    /// <summary>The rules of the checker, by id, with their descriptions, for the report.</summary>
    public IReadOnlyDictionary<string, string>? RuleDescriptions { get; set; }

    /// <summary>The token the stages watch: the caller's, linked to the time limit.</summary>
    public CancellationToken Token { get; set; }

    /// <summary>The mentions found so far.</summary>
    public IReadOnlyList<Mention> Mentions => _allMentions ?? _mentions;

    /// <summary>The claims built, once the claims stage is done.</summary>
    public IReadOnlyList<Claim> Claims { get; private set; } = [];

    /// <summary>Findings so far: problems met while reading, then the findings of the checks that ran.</summary>
    public ICollection<Finding> Findings => _findings;

    /// <summary>The check running now, while running checks.</summary>
    public IFactCheckRule? Check { get; private set; }

    /// <summary>Records that the text starts to be split into sentences.</summary>
    public void StartSegmenting() => EnterStage(CheckStage.Segmenting);

    /// <summary>Records that the sentences are known and recognition starts.</summary>
    public void StartRecognizing() => EnterStage(CheckStage.Recognizing);

    /// <summary>Records that <paramref name="sentence"/> starts to be read.</summary>
    public void StartSentence(TextSpan sentence)
    {
        Sentence = sentence;
        SentenceStarting?.Invoke(sentence);
    }

    /// <summary>Records the list the recognizer adds each sentence's mentions to, as <see cref="Mentions"/> so far.</summary>
    public void ReadInto(IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        _mentions = mentions;
    }

    /// <summary>Records that the sentence started last was read to the end.</summary>
    public void EndSentence()
    {
        ReadUpTo = Sentence?.End ?? ReadUpTo;
        Sentence = null;
        SentencesRead++;
    }

    /// <summary>Records the mentions of the whole document and that claims are being built.</summary>
    public void StartClaims(IReadOnlyList<Mention> mentions)
    {
        _allMentions = mentions;
        Sentence = null;
        EnterStage(CheckStage.ExtractingClaims);
    }

    /// <summary>Records the claims and that the checks start.</summary>
    public void StartChecks(IReadOnlyList<Claim> claims)
    {
        Claims = claims;
        EnterStage(CheckStage.RunningChecks);
    }

    /// <summary>Records that <paramref name="check"/> starts.</summary>
    public void StartCheck(IFactCheckRule check) => Check = check;

    /// <summary>Records that the current check is done.</summary>
    public void EndCheck()
    {
        Check = null;
        _checksRun++;
    }

    /// <summary>Ends the span and the timing of the stage running now, if one was started.</summary>
    public void EndStage()
    {
        if (_stageStarted != 0)
        {
            Telemetry?.RecordStage(Stage, _stageStarted);
            _stageStarted = 0;
        }

        if (_stageActivity is { } activity)
        {
            _stageActivity = null;
            activity.Dispose();
        }
    }

    /// <summary>The report of the work done, most serious findings first.</summary>
    public FactCheckReport ToReport(Document document)
    {
        EndStage();
        return new(document, Mentions, Claims, _findings.OrderByDescending(f => f.Severity).ToList(), RuleDescriptions);
    }

    /// <summary>The report of a document stopped by the time limit.</summary>
    public FactCheckReport TimedOut(Document document, TimeSpan limit, int checkCount)
    {
        ArgumentNullException.ThrowIfNull(document);
        var why = FindingMessage.Of($"at the time limit of {(decimal)limit.TotalSeconds:0.###} s");
        _findings.Add(Stopped(TimeLimitRuleId, why, document, checkCount));
        return ToReport(document);
    }

    /// <summary>The report of a document on which a stage of FactCheck failed.</summary>
    public FactCheckReport Failed(Document document, Exception exception, int checkCount)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(exception);
        var why = FindingMessage.Of($"on an internal error ({exception.GetType().Name}: {exception.Message})");
        _findings.Add(Stopped(InternalErrorRuleId, why, document, checkCount));
        return ToReport(document);
    }

    /// <summary>The report of a document longer than the limit: nothing of it is read.</summary>
    public static FactCheckReport TooLarge(Document document, int maxDocumentLength, IReadOnlyDictionary<string, string>? ruleDescriptions)
    {
        ArgumentNullException.ThrowIfNull(document);
        var finding = new Finding(
            InputTooLargeRuleId,
            Severity.Error,
            $"The document has {document.Text.Length:N0} characters, more than the limit of {maxDocumentLength:N0}; it was not read. Split it, or raise the limit with FactCheckerBuilder.WithMaxDocumentLength.");
        return new FactCheckReport(document, [], [], [finding], ruleDescriptions);
    }

    private void EnterStage(CheckStage stage)
    {
        EndStage();
        Stage = stage;
        if (Telemetry is { TimesStages: true })
        {
            _stageStarted = Stopwatch.GetTimestamp();
            _stageActivity = CheckTelemetry.StartStage(stage);
        }
    }

    private Finding Stopped(string ruleId, FindingMessage why, Document document, int checkCount)
    {
        var length = document.Text.Length;
        FindingMessage message;
        TextSpan[] spans;
        switch (Stage)
        {
            case CheckStage.Segmenting:
                message = FindingMessage.Of($"Checking stopped {why} while splitting the text into sentences; nothing was read.");
                spans = length == 0 ? [] : [new TextSpan(0, length)];
                break;
            case CheckStage.Recognizing:
                var from = Sentence?.Start ?? ReadUpTo;
                var where = Sentence is { } sentence
                    ? FindingMessage.Of($"while reading the sentence at offset {sentence.Start}")
                    : FindingMessage.Of($"while reading the figures, after {SentencesRead} sentence(s)");
                message = FindingMessage.Of(
                    $"Checking stopped {why} {where}; the text from offset {from} on ({length - from} of {length} characters) was not read, and no claims were built or checked.");
                spans = from >= length ? [] : [new TextSpan(from, length)];
                break;
            case CheckStage.ExtractingClaims:
                message = FindingMessage.Of(
                    $"Checking stopped {why} while building claims from the {Mentions.Count} figures and dates found; they are reported, but no claims were built or checked.");
                spans = [];
                break;
            default:
                var notRun = checkCount - _checksRun;
                message = Check is { } check
                    ? FindingMessage.Of($"Checking stopped {why} while running the check {check.GetType().Name}; it and the checks after it ({notRun} of {checkCount}) did not finish.")
                    : FindingMessage.Of($"Checking stopped {why} after {_checksRun} of {checkCount} checks; the other {notRun} did not run.");
                spans = [];
                break;
        }

        return new Finding(ruleId, Severity.Error, message, spans: spans);
    }
}
