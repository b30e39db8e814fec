using System.Globalization;
using FactCheck.Reports;
using FactCheck.Reports.Rendering;

namespace FactCheck.Cli;

/// <summary>
/// Writes the reports where <c>--output</c> says: standard output, one file, or one file per document in a
/// directory. Text and JSON Lines (and one file per document) are written report by report as documents finish;
/// the other formats wrap every document in one file, so they are written at the end.
/// </summary>
internal sealed class ReportWriter
{
    private readonly CheckSettings _settings;
    private readonly CliEnvironment _environment;
    private readonly IReportRenderer _renderer;
    private readonly bool _toDirectory;
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);
    private TextWriter? _writer;
    private int _written;

    public ReportWriter(CheckSettings settings, CliEnvironment environment, CultureInfo culture, bool streaming)
    {
        _settings = settings;
        _environment = environment;
        var output = settings.Output;
        _toDirectory = output is not null && (Directory.Exists(output) || output.EndsWith('/') || output.EndsWith(Path.DirectorySeparatorChar));
        var useColor = output is null && environment.OutIsTerminal && settings.Format == "text"
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        _renderer = ReportFormat.Create(settings.Format, culture, useColor, settings.ClaimReview);
        Streaming = streaming && (_toDirectory || settings.Format is "text" or "jsonl");
    }

    /// <summary>Whether each report is written as it comes (else <see cref="WriteAllAsync"/> writes them at the end).</summary>
    public bool Streaming { get; }

    public async Task WriteAsync(InputFile file, FactCheckReport report, CancellationToken cancellationToken)
    {
        if (_toDirectory)
        {
            var target = UniquePath(Path.Combine(_settings.Output!, file.OutputName + ReportFormat.Extension(_settings.Format)));
            if (Path.GetDirectoryName(target) is { } parent)
            {
                Directory.CreateDirectory(parent);
            }

            await File.WriteAllTextAsync(target, _renderer.RenderToString(report), cancellationToken).ConfigureAwait(false);
            return;
        }

        var writer = _writer ??= Open();
        if (_written++ > 0 && _settings.Format == "text")
        {
            await writer.WriteAsync('\n').ConfigureAwait(false);
        }

        _renderer.Render(report, writer);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task WriteAllAsync(IReadOnlyList<(InputFile File, FactCheckReport Report)> reports, CancellationToken cancellationToken)
    {
        if (_toDirectory)
        {
            foreach (var (file, report) in reports)
            {
                await WriteAsync(file, report, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (_settings.Output is null && reports.Count == 0)
        {
            return;
        }

        var writer = _writer ??= Open();
        _renderer.Render(reports.Select(r => r.Report).ToList(), writer);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the format writes documents checked together as one result (<see cref="WriteTogetherAsync"/>): JSON, text, HTML, SARIF and ClaimReview into one file or standard output.</summary>
    public bool WritesTogether => !_toDirectory && _renderer is ICrossDocumentReportRenderer;

    /// <summary>Writes the documents checked together and the findings across them.</summary>
    public async Task WriteTogetherAsync(CrossDocumentReport together, CancellationToken cancellationToken)
    {
        if (_settings.Output is null && together.Reports.Count == 0)
        {
            return;
        }

        var writer = _writer ??= Open();
        ((ICrossDocumentReportRenderer)_renderer).Render(together, writer);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (_settings.Output is not null && !_toDirectory)
        {
            // An output file is written even when no document could be read.
            var writer = _writer ??= Open();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(writer, _environment.Out))
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private TextWriter Open()
    {
        if (_settings.Output is null)
        {
            return _environment.Out;
        }

        if (Path.GetDirectoryName(Path.GetFullPath(_settings.Output)) is { } parent)
        {
            Directory.CreateDirectory(parent);
        }

        return new StreamWriter(_settings.Output, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private string UniquePath(string path)
    {
        var candidate = path;
        var directory = Path.GetDirectoryName(path) ?? string.Empty;
        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        for (var n = 2; !_used.Add(Path.GetFullPath(candidate)); n++)
        {
            candidate = Path.Combine(directory, $"{stem}-{n}{extension}");
        }

        return candidate;
    }
}
