namespace FactCheck.Reference;

/// <summary>
/// What loading a fact file gave: the facts when every row was good, or every error found. A file with any bad row
/// gives no facts at all, so a fact table is never partly loaded without notice.
/// </summary>
public sealed class ReferenceFactsLoadResult
{
    internal ReferenceFactsLoadResult(string file, ReferenceFacts? facts, IReadOnlyList<ReferenceFactError> errors)
    {
        File = file;
        Errors = errors.ToArray();
        Facts = Errors.Count == 0 ? facts : null;
    }

    /// <summary>The file read (or the name given to the text).</summary>
    public string File { get; }

    /// <summary>Whether every row was read; <see cref="Facts"/> is then set and <see cref="Errors"/> is empty.</summary>
    public bool Succeeded => Facts is not null;

    /// <summary>The facts, or <see langword="null"/> when there were errors.</summary>
    public ReferenceFacts? Facts { get; }

    /// <summary>Every problem found, in file order, each with its line.</summary>
    public IReadOnlyList<ReferenceFactError> Errors { get; }

    /// <summary>Returns the facts, or throws when the file had errors.</summary>
    /// <exception cref="InvalidDataException">The file had errors; the message lists them with their lines.</exception>
    public ReferenceFacts GetFactsOrThrow() => Facts ?? throw new InvalidDataException(
        $"The fact file {File} has {Errors.Count} error(s):{Environment.NewLine}" + string.Join(Environment.NewLine, Errors));
}
