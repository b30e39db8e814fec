using System.Diagnostics.Metrics;
using System.Globalization;
using FactCheck.Reference;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace FactCheck.Extensions.DependencyInjection;

/// <summary>
/// Holds the application's current <see cref="FactChecker"/> and builds a new one when the configuration or a file of
/// reference facts changes. Registered as a singleton by
/// <see cref="Microsoft.Extensions.DependencyInjection.FactCheckServiceCollectionExtensions"/>;
/// resolving <see cref="FactChecker"/> gives <see cref="Current"/>. Thread-safe.
/// </summary>
/// <remarks>
/// A checker is immutable, so a change never alters one in use: a document being checked finishes with the checker
/// it started with, and the next one gets the new checker. A rebuild that fails (a fact file that no longer reads, a
/// bad value in the configuration) keeps the checker in use and logs the error.
/// </remarks>
public sealed partial class FactCheckerProvider : IDisposable
{
    private readonly IOptionsMonitor<FactCheckOptions> _options;
    private readonly IConfiguration _rules;
    private readonly string _contentRoot;
    private readonly ILoggerFactory? _loggerFactory;
    private readonly IMeterFactory? _meterFactory;
    private readonly Action<FactCheckerBuilder>? _configure;
    private readonly ILogger _logger;
    private readonly IDisposable? _optionsChanged;
    private readonly object _gate = new();
    private readonly Dictionary<string, ReferenceFacts> _lastGoodFacts = new(StringComparer.Ordinal);
    private List<IDisposable> _watches = [];
    private volatile FactChecker _current;
    private long _generation;
    private bool _disposed;

    internal FactCheckerProvider(
        IOptionsMonitor<FactCheckOptions> options,
        IConfiguration rules,
        string contentRoot,
        ILoggerFactory? loggerFactory,
        IMeterFactory? meterFactory,
        Action<FactCheckerBuilder>? configure)
    {
        _options = options;
        _rules = rules;
        _contentRoot = contentRoot;
        _loggerFactory = loggerFactory;
        _meterFactory = meterFactory;
        _configure = configure;
        _logger = loggerFactory?.CreateLogger<FactCheckerProvider>() ?? (ILogger)NullLogger.Instance;

        // The first build throws: an application with a bad configuration should not start.
        _current = Build(options.CurrentValue, firstBuild: true);
        _generation = 1;
        _optionsChanged = options.OnChange(_ => Rebuild("configuration"));
    }

    /// <summary>The checker to use now.</summary>
    public FactChecker Current => _current;

    /// <summary>How many checkers have been built: 1 after start-up, one more for each rebuild that succeeded.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Stops watching the fact files and the configuration.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _optionsChanged?.Dispose();
            DisposeWatches();
        }
    }

    private void Rebuild(string reason)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            try
            {
                _current = Build(_options.CurrentValue, firstBuild: false);
                var generation = Interlocked.Increment(ref _generation);
                Rebuilt(reason, generation);
            }
#pragma warning disable CA1031 // A bad change keeps the checker in use; the error is logged, not thrown on a watcher's thread.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                RebuildFailed(ex, reason);
            }
        }
    }

    private FactChecker Build(FactCheckOptions options, bool firstBuild)
    {
        var builder = new FactCheckerBuilder()
            .WithCulture(CultureInfo.GetCultureInfo(options.Culture))
            .WithMaxDocumentLength(options.MaxDocumentLength)
            .WithTimeLimit(options.TimeLimit);
        if (_loggerFactory is not null)
        {
            builder.WithLoggerFactory(_loggerFactory);
        }

        if (_meterFactory is not null)
        {
            builder.WithMeterFactory(_meterFactory);
        }

        var paths = options.ReferenceFacts.Select(p => Path.GetFullPath(p, _contentRoot)).Distinct(StringComparer.Ordinal).ToList();
        Watch(paths);
        var facts = paths.Count == 0 ? null : new ReferenceFacts(paths.SelectMany(p => LoadFacts(p, firstBuild).Facts));
        BuiltInRules.Add(builder, _rules, facts);
        _configure?.Invoke(builder);
        return builder.Build();
    }

    private ReferenceFacts LoadFacts(string path, bool firstBuild)
    {
        var result = ReferenceFacts.Load(path);
        if (result.Succeeded)
        {
            var facts = result.GetFactsOrThrow();
            _lastGoodFacts[path] = facts;
            return facts;
        }

        var errors = string.Join("; ", result.Errors.Select(e => e.ToString()));
        if (firstBuild || !_lastGoodFacts.TryGetValue(path, out var previous))
        {
            throw new InvalidOperationException($"FactCheck configuration: the reference facts in {path} do not read: {errors}");
        }

        FactsKept(path, errors);
        return previous;
    }

    // Watches the directory of each file, since a file replaced by a rename (as editors and deployments do) is a new file.
    private void Watch(List<string> paths)
    {
        DisposeWatches();
        var watches = new List<IDisposable>();
        foreach (var path in paths)
        {
            var directory = Path.GetDirectoryName(path)!;
            var name = Path.GetFileName(path);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            var files = new PhysicalFileProvider(directory);
            watches.Add(files);
            watches.Add(ChangeToken.OnChange(() => files.Watch(name), () => Rebuild(path)));
        }

        _watches = watches;
    }

    private void DisposeWatches()
    {
        foreach (var watch in _watches)
        {
            watch.Dispose();
        }

        _watches = [];
    }

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "FactCheck rebuilt its checker after a change of {Reason} (generation {Generation})")]
    private partial void Rebuilt(string reason, long generation);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "FactCheck could not rebuild its checker after a change of {Reason}; the checker in use stays")]
    private partial void RebuildFailed(Exception exception, string reason);

    [LoggerMessage(EventId = 103, Level = LogLevel.Error, Message = "The reference facts in {Path} do not read ({Errors}); the facts read before are kept")]
    private partial void FactsKept(string path, string errors);
}
