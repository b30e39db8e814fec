using System.Text;
using FactCheck.Cli;

namespace FactCheck.Tests.Cli;

/// <summary>Runs the factcheck tool in-process, as a shell would, and captures what it prints.</summary>
internal sealed class CliRun
{
    private CliRun(int exitCode, string output, string error)
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static async Task<CliRun> RunAsync(string[] args, byte[]? stdin = null, Action<FactCheckerBuilder>? configure = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new MemoryStream(stdin ?? []);
        var environment = new CliEnvironment(input, output, error, OutIsTerminal: false, ErrorIsTerminal: false) { ConfigureChecker = configure };
        var exitCode = await Program.RunAsync(args, environment);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
