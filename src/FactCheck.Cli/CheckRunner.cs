using System.Diagnostics;
using FactCheck.Reference;
using FactCheck.Reports;
using FactCheck.Reports.Rendering;
using Spectre.Console;

namespace FactCheck.Cli;

/// <summary>Runs <c>factcheck check</c>: reads the inputs, checks them in parallel, writes the reports and the summary.</summary>
internal sealed class CheckRunner
{
    private readonly CheckSettings _settings;
    private readonly CliEnvironment _environment;
    private readonly List<InputProblem> _problems = [];
    private readonly Lock _errorLock = new();

    public CheckRunner(CheckSettings settings, CliEnvironment environment)
    {
        _settings = settings;
        _environment = environment;
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var builder = new FactCheckerBuilder().WithCulture(_settings.Culture);
        if (LoadFacts() is { } facts)
        {
            builder.AddReferenceCheck(facts);
        }

        _environment.ConfigureChecker?.Invoke(builder);
        var checker = builder.Build();

        var (files, resolveProblems) = InputResolver.Resolve(_settings.Paths);
        foreach (var problem in resolveProblems)
        {
            Problem(problem);
        }

        var skipped = resolveProblems.Select(p => new CheckOutcome(new InputFile(p.Path, p.Path), null, TimeSpan.Zero, p.Message)).ToList();
        var loaded = new List<(InputFile File, Document? Document, string? Skipped)>();
        foreach (var file in files)
        {
            var (document, problem) = await LoadAsync(file, cancellationToken).ConfigureAwait(false);
            if (problem is not null)
            {
                Problem(problem);
            }

            loaded.Add((file, document, document is null ? problem?.Message ?? "skipped" : null));
        }

        var outcomes = new CheckOutcome[loaded.Count];
        var work = loaded.Select((item, index) => (item, index)).ToList();
        async Task CheckAll(Action? onDocumentDone)
        {
            await Parallel.ForEachAsync(
                work,
                new ParallelOptions { MaxDegreeOfParallelism = _settings.Parallel, CancellationToken = cancellationToken },
                (entry, ct) =>
                {
                    var (item, index) = entry;
                    if (item.Document is null)
                    {
                        outcomes[index] = new CheckOutcome(item.File, null, TimeSpan.Zero, item.Skipped);
                    }
                    else
                    {
                        var start = Stopwatch.GetTimestamp();
                        var report = checker.Check(item.Document, ct);
                        outcomes[index] = new CheckOutcome(item.File, report, Stopwatch.GetElapsedTime(start), null);
                    }

                    onDocumentDone?.Invoke();
                    return ValueTask.CompletedTask;
                }).ConfigureAwait(false);
        }

        var console = CreateErrorConsole();
        var several = files.Count + resolveProblems.Count > 1;
        if (several && _environment.ErrorIsTerminal && work.Count > 1)
        {
            await console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Checking", maxValue: work.Count);
                    await CheckAll(() => task.Increment(1)).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            await CheckAll(null).ConfigureAwait(false);
        }

        if (_settings.Together)
        {
            AddCrossDocumentFindings(checker, outcomes, cancellationToken);
        }

        var reports = outcomes.Where(o => o.Report is not null).ToList();
        await WriteReportsAsync(reports, cancellationToken).ConfigureAwait(false);

        if (several)
        {
            SummaryTable.Write(console, [.. skipped, .. outcomes], Stopwatch.GetElapsedTime(started));
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
        var failed = threshold is { } t && reports.Any(o => o.Report!.HighestSeverity >= t);
        return failed ? Program.ExitFindings : Program.ExitOk;
    }

    /// <summary>
    /// Compares the checked documents with one another and adds each cross-document finding to the report of the
    /// document it is in (it names the other document). Each document was already checked on its own, in parallel.
    /// </summary>
    private static void AddCrossDocumentFindings(FactChecker checker, CheckOutcome[] outcomes, CancellationToken cancellationToken)
    {
        var checkedOutcomes = outcomes.Where(o => o.Report is not null).ToList();
        if (checkedOutcomes.Count < 2)
        {
            return;
        }

        var together = checker.CompareTogether(checkedOutcomes.Select(o => o.Report!).ToList(), cancellationToken);
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i].Report is not { } report)
            {
                continue;
            }

            var extra = together.Where(f => ReferenceEquals(f.Document, report.Document)).Select(f => f.Finding).ToList();
            if (extra.Count > 0)
            {
                var findings = report.Findings.Concat(extra).OrderByDescending(f => f.Severity).ToList();
                outcomes[i] = outcomes[i] with { Report = new FactCheckReport(report.Document, report.Mentions, report.Claims, findings, report.RuleDescriptions) };
            }
        }
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

    private async Task<(Document? Document, InputProblem? Problem)> LoadAsync(InputFile file, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            if (file.IsStandardInput)
            {
                using var buffer = new MemoryStream();
                await _environment.Input.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                bytes = buffer.ToArray();
            }
            else
            {
                bytes = await File.ReadAllBytesAsync(file.Path, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new InputProblem(file.DisplayName, "cannot be read: " + ex.Message + "; skipped"));
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            return (null, new InputProblem(file.DisplayName, decoded.Error ?? "cannot be decoded; skipped"));
        }

        if (decoded.Note is { } note)
        {
            Note(file.DisplayName, note);
        }

        var (text, ownDate, dateProblem) = PublicationDateReader.Read(file.DisplayName, decoded.Text);
        if (dateProblem is not null)
        {
            return (null, dateProblem with { Message = dateProblem.Message + "; skipped" });
        }

        return (new Document(text, ownDate ?? _settings.Published, _settings.Culture, file.DisplayName), null);
    }

    private async Task WriteReportsAsync(List<CheckOutcome> outcomes, CancellationToken cancellationToken)
    {
        var useColor = _settings.Output is null && _environment.OutIsTerminal && _settings.Format == "text"
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var renderer = ReportFormat.Create(_settings.Format, _settings.Culture, useColor);
        var reports = outcomes.Select(o => o.Report!).ToList();

        if (_settings.Output is null)
        {
            if (reports.Count > 0)
            {
                renderer.Render(reports, _environment.Out);
                await _environment.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var output = _settings.Output;
        var toDirectory = Directory.Exists(output) || output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar);
        try
        {
            if (!toDirectory)
            {
                if (Path.GetDirectoryName(Path.GetFullPath(output)) is { } parent)
                {
                    Directory.CreateDirectory(parent);
                }

                await File.WriteAllTextAsync(output, renderer.RenderToString(reports), cancellationToken).ConfigureAwait(false);
                return;
            }

            Directory.CreateDirectory(output);
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var outcome in outcomes)
            {
                var target = UniquePath(Path.Combine(output, outcome.File.OutputName + ReportFormat.Extension(_settings.Format)), used);
                if (Path.GetDirectoryName(target) is { } parent)
                {
                    Directory.CreateDirectory(parent);
                }

                await File.WriteAllTextAsync(target, renderer.RenderToString(outcome.Report!), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Problem(new InputProblem(output, "cannot write the report: " + ex.Message));
        }
    }

    private static string UniquePath(string path, HashSet<string> used)
    {
        var candidate = path;
        var directory = Path.GetDirectoryName(path) ?? string.Empty;
        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        for (var n = 2; !used.Add(Path.GetFullPath(candidate)); n++)
        {
            candidate = Path.Combine(directory, $"{stem}-{n}{extension}");
        }

        return candidate;
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
