using System.Diagnostics;
using FactCheck.Reference;
using FactCheck.Reports;
using FactCheck.Storage;
using Spectre.Console;

namespace FactCheck.Cli;

/// <summary>
/// Runs <c>factcheck check</c> and <c>factcheck baseline</c>: reads the configuration and the inputs, checks the
/// documents in parallel through <see cref="FactChecker.CheckManyAsync(IAsyncEnumerable{Document}, int, CancellationToken)"/>,
/// drops the suppressed and baselined findings, and writes each report as its document finishes (text and JSON Lines
/// to one output, or one file per document; the formats that wrap every document in one file keep the reports until
/// the end), then the summary.
/// </summary>
internal sealed class CheckRunner
{
    private readonly CheckSettings _settings;
    private readonly CliEnvironment _environment;
    private readonly List<InputProblem> _problems = [];
    private readonly object _errorLock = new();

    public CheckRunner(CheckSettings settings, CliEnvironment environment)
    {
        _settings = settings;
        _environment = environment;
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var store = _settings.Against is { } against ? await ClaimStores.OpenAsync(against, cancellationToken).ConfigureAwait(false) : null;
        try
        {
            return await RunAsync(store, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ClaimStores.CloseAsync(store).ConfigureAwait(false);
        }
    }

    private async Task<int> RunAsync(IClaimStore? store, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var configurationPath = _settings.Config ?? LintConfiguration.Find(_settings.Paths);
        var configuration = LintConfiguration.None;
        if (configurationPath is not null)
        {
            var (read, problem) = ConfigurationReader.Read(configurationPath);
            if (problem is not null)
            {
                Problem(problem);
                return Program.ExitBadInput;
            }

            configuration = read!;
        }

        var baselinePath = _settings.Baseline ?? LintConfiguration.Find(_settings.Paths, Baseline.FileName);
        Baseline? baseline = null;
        if (!_settings.WriteBaseline && baselinePath is not null)
        {
            var (loaded, problem) = Baseline.Load(baselinePath);
            if (problem is not null)
            {
                Problem(problem);
                return Program.ExitBadInput;
            }

            baseline = loaded;
        }

        var culture = _settings.CultureGiven ? _settings.Culture : configuration.Culture ?? _settings.Culture;
        var published = _settings.Published ?? configuration.Published;
        var builder = new FactCheckerBuilder().WithCulture(culture);
        ConfiguredRules.AddChecks(builder, configuration.Rules, LoadFacts());
        _environment.ConfigureChecker?.Invoke(builder);
        var checker = builder.Build();

        var (found, resolveProblems) = InputResolver.Resolve(_settings.Paths);
        var exclusions = new Exclusions(_settings.Exclude, configuration);
        var files = found.Where(f => !exclusions.Excludes(f)).ToList();
        foreach (var problem in resolveProblems)
        {
            Problem(problem);
        }

        var rows = resolveProblems.Select(p => SummaryRow.Unread(new InputFile(p.Path, p.Path), p.Message)).ToList();
        var filter = new FindingFilter(configuration, baseline);
        var pending = new Queue<(InputFile File, TextSuppressions Suppressions)>();
        async IAsyncEnumerable<Document> Documents()
        {
            foreach (var file in files)
            {
                var (document, suppressions, problem) = await new DocumentLoader(_environment, Note).LoadAsync(file, culture, published, cancellationToken).ConfigureAwait(false);
                if (document is null)
                {
                    Problem(problem!);
                    lock (rows)
                    {
                        rows.Add(SummaryRow.Unread(file, problem!.Message));
                    }

                    continue;
                }

                lock (pending)
                {
                    pending.Enqueue((file, suppressions!));
                }

                yield return document;
            }
        }

        var output = new ReportWriter(_settings, _environment, culture, streaming: !_settings.Together && !_settings.WriteBaseline);
        var kept = new List<(InputFile File, FactCheckReport Report)>();
        Severity? highest = null;
        async Task CheckAll(Action? onDocumentDone)
        {
            await foreach (var checkedReport in checker.CheckManyAsync(Documents(), _settings.Parallel, cancellationToken).ConfigureAwait(false))
            {
                (InputFile File, TextSuppressions Suppressions) source;
                lock (pending)
                {
                    source = pending.Dequeue();
                }

                var withStore = store is null ? checkedReport : await AddStoreFindingsAsync(checker, checkedReport, store, cancellationToken).ConfigureAwait(false);
                var report = filter.Apply(withStore, source.File, source.Suppressions);
                if (report.HighestSeverity > highest || highest is null)
                {
                    highest = report.HighestSeverity;
                }

                lock (rows)
                {
                    rows.Add(SummaryRow.Of(source.File, report));
                }

                if (output.Streaming)
                {
                    await WriteOrNoteAsync(() => output.WriteAsync(source.File, report, cancellationToken)).ConfigureAwait(false);
                }
                else
                {
                    kept.Add((source.File, report));
                }

                onDocumentDone?.Invoke();
            }
        }

        var console = CreateErrorConsole();
        var several = files.Count + resolveProblems.Count > 1;
        if (several && _environment.ErrorIsTerminal && files.Count > 1)
        {
            await console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Checking", maxValue: files.Count);
                    await CheckAll(() => task.Increment(1)).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            await CheckAll(null).ConfigureAwait(false);
        }

        if (_settings.WriteBaseline)
        {
            var target = baselinePath ?? Path.Combine(Directory.GetCurrentDirectory(), Baseline.FileName);
            await WriteOrNoteAsync(async () =>
            {
                var count = await Baseline.WriteAsync(target, kept.Select(k => (k.File.Path, k.Report)), cancellationToken).ConfigureAwait(false);
                await _environment.Error.WriteLineAsync($"{target}: baseline of {count} finding(s) in {kept.Count} document(s)").ConfigureAwait(false);
            }).ConfigureAwait(false);
            return _problems.Count > 0 ? Program.ExitBadInput : Program.ExitOk;
        }

        if (_settings.Together)
        {
            var reports = kept.Select(k => k.Report).ToList();
            var together = new CrossDocumentReport(reports, reports.Count < 2 ? [] : checker.CompareTogether(reports, cancellationToken));
            highest = together.HighestSeverity;
            if (output.WritesTogether)
            {
                await WriteOrNoteAsync(() => output.WriteTogetherAsync(together, cancellationToken)).ConfigureAwait(false);
            }
            else
            {
                await WriteOrNoteAsync(() => output.WriteAllAsync(WithFindingsAcross(kept, together), cancellationToken)).ConfigureAwait(false);
            }
        }
        else if (!output.Streaming)
        {
            await WriteOrNoteAsync(() => output.WriteAllAsync(kept, cancellationToken)).ConfigureAwait(false);
        }

        await WriteOrNoteAsync(() => output.FinishAsync(cancellationToken)).ConfigureAwait(false);
        if (several)
        {
            SummaryTable.Write(console, rows, Stopwatch.GetElapsedTime(started));
        }

        if (_settings.Verbose)
        {
            using var process = Process.GetCurrentProcess();
            await _environment.Error.WriteLineAsync(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"factcheck: {rows.Count:N0} document(s) in {Stopwatch.GetElapsedTime(started).TotalSeconds:N1} s; peak working set {process.PeakWorkingSet64 / (1024 * 1024):N0} MB")).ConfigureAwait(false);
        }

        if (_problems.Count > 0)
        {
            return Program.ExitBadInput;
        }

        var threshold = _settings.FailOn switch
        {
            "warning" => Severity.Warning,
            "never" => (Severity?)null,
            _ => Severity.Error,
        };
        var failed = threshold is { } t && highest >= t;
        return failed ? Program.ExitFindings : Program.ExitOk;
    }

    /// <summary>
    /// For the formats without a page of documents checked together (Markdown, JSON Lines, one file per
    /// document): each finding across documents is added to the report of the document it is in (it names the other).
    /// </summary>
    private static List<(InputFile File, FactCheckReport Report)> WithFindingsAcross(
        List<(InputFile File, FactCheckReport Report)> reports, CrossDocumentReport together) => reports.Select(entry =>
        {
            var report = entry.Report;
            var extra = together.Findings.Where(f => ReferenceEquals(f.Document, report.Document)).Select(f => f.Finding).ToList();
            if (extra.Count == 0)
            {
                return entry;
            }

            var findings = report.Findings.Concat(extra).OrderByDescending(f => f.Severity).ToList();
            return (entry.File, new FactCheckReport(report.Document, report.Mentions, report.Claims, findings, report.RuleDescriptions));
        }).ToList();

    /// <summary>Adds the findings of a report's claims against the stored claims of other documents (<c>--against</c>) to the report.</summary>
    private static async Task<FactCheckReport> AddStoreFindingsAsync(FactChecker checker, FactCheckReport report, IClaimStore store, CancellationToken cancellationToken)
    {
        var stored = await checker.CompareWithStoreAsync(report, store, cancellationToken).ConfigureAwait(false);
        if (stored.Count == 0)
        {
            return report;
        }

        var findings = report.Findings.Concat(stored.Select(f => f.Finding)).OrderByDescending(f => f.Severity).ToList();
        return new FactCheckReport(report.Document, report.Mentions, report.Claims, findings, report.RuleDescriptions);
    }

    /// <summary>
    /// Reads every <c>--facts</c> file into one table. A file with any bad row is reported line by line and left out
    /// whole; the documents are still checked, against the good files.
    /// </summary>
    private ReferenceFacts? LoadFacts()
    {
        if (_settings.Facts.Count == 0)
        {
            return null;
        }

        var facts = new List<ReferenceFact>();
        var files = new List<string>();
        foreach (var path in _settings.Facts)
        {
            if (!File.Exists(path))
            {
                Problem(new InputProblem(path, "no such facts file"));
                continue;
            }

            var result = ReferenceFacts.Load(path);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    Problem(new InputProblem(error.File, error.Message + " (facts file not used)", error.Line > 0 ? error.Line : null));
                }

                continue;
            }

            facts.AddRange(result.Facts!.Facts);
            files.Add(path);
        }

        try
        {
            return new ReferenceFacts(facts);
        }
        catch (ArgumentException ex)
        {
            Problem(new InputProblem(string.Join(", ", files), "the facts files disagree: " + ex.Message + " (no facts used)"));
            return null;
        }
    }

    private async Task WriteOrNoteAsync(Func<Task> write)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Problem(new InputProblem(_settings.Output ?? "output", "cannot write: " + ex.Message));
        }
    }

    private IAnsiConsole CreateErrorConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_environment.Error),
            Ansi = _environment.ErrorIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = _environment.ErrorIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = _environment.ErrorIsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!_environment.ErrorIsTerminal)
        {
            // Redirected: keep each row on one line, whatever the length of the paths.
            console.Profile.Width = 400;
        }

        return console;
    }

    private void Problem(InputProblem problem)
    {
        lock (_errorLock)
        {
            _problems.Add(problem);
            _environment.Error.WriteLine(problem.ToString());
        }
    }

    private void Note(string path, string message)
    {
        lock (_errorLock)
        {
            _environment.Error.WriteLine($"{path}: note: {message}");
        }
    }
}
