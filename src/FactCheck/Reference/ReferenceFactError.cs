namespace FactCheck.Reference;

/// <summary>Something wrong in a fact file: where it is and what it is.</summary>
public sealed class ReferenceFactError
{
    /// <summary>Creates an error.</summary>
    /// <param name="file">The file (or the name given to the text) the error is in.</param>
    /// <param name="line">The 1-based line of the row or object, or 0 when the error is about the whole file.</param>
    /// <param name="message">What is wrong, in plain English.</param>
    public ReferenceFactError(string file, int line, string message)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        File = file;
        Line = line;
        Message = message;
    }

    /// <summary>The file (or the name given to the text) the error is in.</summary>
    public string File { get; }

    /// <summary>The 1-based line of the row or object, or 0 when the error is about the whole file.</summary>
    public int Line { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>The error as <c>file:line: message</c>.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Message}" : $"{File}: {Message}";
}
