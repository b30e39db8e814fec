namespace FactCheck.Cli;

/// <summary>Reads an input file (or standard input) into a document: decodes its bytes, reads its publication date and its suppressions.</summary>
internal sealed class DocumentLoader
{
    private readonly CliEnvironment _environment;
    private readonly Action<string, string> _note;

    /// <param name="environment">Where standard input comes from.</param>
    /// <param name="note">Reports a note about a file (its path and the note).</param>
    public DocumentLoader(CliEnvironment environment, Action<string, string> note)
    {
        _environment = environment;
        _note = note;
    }

    public async Task<(Document? Document, TextSuppressions? Suppressions, InputProblem? Problem)> LoadAsync(
        InputFile file, System.Globalization.CultureInfo culture, DateOnly? published, CancellationToken cancellationToken)
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
            return (null, null, new InputProblem(file.DisplayName, "cannot be read: " + ex.Message + "; skipped"));
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            return (null, null, new InputProblem(file.DisplayName, decoded.Error ?? "cannot be decoded; skipped"));
        }

        if (decoded.Note is { } note)
        {
            _note(file.DisplayName, note);
        }

        var (text, ownDate, dateProblem) = PublicationDateReader.Read(file.DisplayName, decoded.Text);
        if (dateProblem is not null)
        {
            return (null, null, dateProblem with { Message = dateProblem.Message + "; skipped" });
        }

        var (checkedText, suppressions) = TextSuppressions.Read(text);
        return (new Document(checkedText, ownDate ?? published, culture, file.DisplayName), suppressions, null);
    }
}
