namespace FactCheck.Cli;

/// <summary>Where the tool reads and writes, so it can run in-process in tests as it does from a shell.</summary>
internal sealed record CliEnvironment(Stream Input, TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal)
{
    /// <summary>Adds checks to the checker after the built-in ones (lets tests plug in a rule of their own).</summary>
    public Action<FactCheckerBuilder>? ConfigureChecker { get; init; }

    public static CliEnvironment FromConsole() => new(
        Console.OpenStandardInput(),
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected);
}
