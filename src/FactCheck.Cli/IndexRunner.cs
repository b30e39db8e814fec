using System.Diagnostics;
using System.Globalization;
using FactCheck.Storage;

namespace FactCheck.Cli;

/// <summary>
/// Runs <c>factcheck index</c>: stores the claims of documents in a claim store. A document stored with the same
/// content is skipped before it is read for claims; the others are checked in parallel and each is stored in one
/// transaction as it finishes, so a run stopped half-way and run again loses and repeats nothing. Progress goes to
/// standard error every few seconds.
/// </summary>
internal sealed class IndexRunner
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);

    private readonly IndexSettings _settings;
    private readonly CliEnvironment _environment;
    private readonly object _errorLock = new();
    private int _problems;

    public IndexRunner(IndexSettings settings, CliEnvironment environment)
    {
        _settings = settings;
        _environment = environment;
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var store = await ClaimStores.OpenAsync(_settings.Store, cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunAsync(store, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ClaimStores.CloseAsync(store).ConfigureAwait(false);
        }
    }

    private async Task<int> RunAsync(IClaimStore store, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var checker = new FactCheckerBuilder().WithCulture(_settings.Culture).Build();
        var (found, resolveProblems) = InputResolver.Resolve(_settings.Paths);
        foreach (var problem in resolveProblems)
        {
            Problem(problem.ToString());
        }

        var exclusions = new Exclusions(_settings.Exclude, LintConfiguration.None);
        var files = found.Where(f => !exclusions.Excludes(f)).ToList();
        var loader = new DocumentLoader(_environment, (path, note) => Problem($"{path}: note: {note}", counts: false));
        var outcomes = new int[3];
        var lastProgress = Stopwatch.GetTimestamp();

        async IAsyncEnumerable<Document> Changed()
        {
            foreach (var file in files)
            {
                var (document, _, problem) = await loader.LoadAsync(file, _settings.Culture, _settings.Published, cancellationToken).ConfigureAwait(false);
                if (document is null)
                {
                    Problem(problem!.ToString());
                    continue;
                }

                var stored = await store.FindContentHashAsync(document.Source, cancellationToken).ConfigureAwait(false);
                if (string.Equals(stored, StoredDocument.HashOf(document), StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref outcomes[(int)IndexOutcome.Unchanged]);
                    continue;
                }

                yield return document;
            }
        }

        await foreach (var report in checker.CheckManyAsync(Changed(), _settings.Parallel, cancellationToken).ConfigureAwait(false))
        {
            var document = StoredDocument.FromReport(report);
            if (!document.IsComplete)
            {
                Problem($"{document.Id}: note: recognition timed out; the claims stored may be incomplete, and the next run reads the document again", counts: false);
            }

            var outcome = await store.IndexAsync(document, cancellationToken).ConfigureAwait(false);
            outcomes[(int)outcome]++;
            if (Stopwatch.GetElapsedTime(lastProgress) >= ProgressEvery)
            {
                lastProgress = Stopwatch.GetTimestamp();
                await Progress("indexing", outcomes, files.Count, started, store).ConfigureAwait(false);
            }
        }

        await Progress("indexed", outcomes, files.Count, started, store).ConfigureAwait(false);
        if (_settings.Verbose)
        {
            var counts = await store.CountAsync(cancellationToken).ConfigureAwait(false);
            await _environment.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"factcheck: the store holds {counts.Documents:N0} document(s) and {counts.Claims:N0} claim(s)")).ConfigureAwait(false);
        }

        return _problems > 0 ? Program.ExitBadInput : Program.ExitOk;
    }

    private Task Progress(string verb, int[] outcomes, int total, long started, IClaimStore store)
    {
        var done = outcomes.Sum();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"factcheck: {verb} {done:N0} of {total:N0} document(s) into {store}: {outcomes[(int)IndexOutcome.Added]:N0} added, {outcomes[(int)IndexOutcome.Replaced]:N0} replaced, {outcomes[(int)IndexOutcome.Unchanged]:N0} unchanged; {seconds:N1} s, {(seconds > 0 ? done / seconds : 0):N1} documents/s");
        lock (_errorLock)
        {
            return _environment.Error.WriteLineAsync(line);
        }
    }

    private void Problem(string line, bool counts = true)
    {
        lock (_errorLock)
        {
            if (counts)
            {
                _problems++;
            }

            _environment.Error.WriteLine(line);
        }
    }
}
