namespace FactCheck.Cli;

/// <summary>The text of a file, a note about how it was read, or why it could not be.</summary>
internal sealed record DecodedText(string? Text, string? Note, string? Error)
{
    public static DecodedText Ok(string text, string? note = null) => new(text, note, null);

    public static DecodedText Failed(string error) => new(null, null, error);
}
