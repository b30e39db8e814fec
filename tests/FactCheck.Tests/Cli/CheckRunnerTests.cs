using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactCheck.Cli;
using Xunit;

namespace FactCheck.Tests.Cli;

public class CheckRunnerTests
{
    // April 9, 2025 is a Wednesday: the weekday rule reports it as an error.
    private const string WrongWeekday = "The duty took effect on Monday, April 9, 2025, officials said.";

    [Fact]
    public async Task Run_ConfigurationInAParentDirectory_TurnsTheRuleOff()
    {
        using var dir = new TempDirectory();
        var article = dir.Write("news/2025/a.txt", WrongWeekday);
        var before = await CliRun.RunAsync(["check", article, "--format", "json"]);
        dir.Write(".factcheck.json", """{ "rules": { "weekday": "off" } }""");

        var after = await CliRun.RunAsync(["check", article, "--format", "json"]);

        Assert.Equal(1, before.ExitCode);
        Assert.Contains("weekday", RuleIds(before), StringComparer.Ordinal);
        Assert.Equal(0, after.ExitCode);
        Assert.DoesNotContain("weekday", RuleIds(after), StringComparer.Ordinal);
    }

    [Fact]
    public async Task Run_ConfigurationSeverity_ChangesTheFindingsSeverityAndTheExitCode()
    {
        using var dir = new TempDirectory();
        var article = dir.Write("a.txt", WrongWeekday);
        var config = dir.Write("lint.json", """{ "rules": { "weekday": { "severity": "info" } }, "published": "2025-04-10" }""");

        var run = await CliRun.RunAsync(["check", article, "--config", config, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("2025-04-10", root.GetProperty("published").GetString());
        var finding = Assert.Single(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "weekday");
        Assert.Equal("info", finding.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Run_BadConfiguration_ExitsTwoNamingFileAndLineAndChecksNothing()
    {
        using var dir = new TempDirectory();
        var article = dir.Write("a.txt", WrongWeekday);
        var config = dir.Write(".factcheck.json", "{\n  \"rules\": {\n    \"weekday\": \"sometimes\"\n  }\n}");

        var run = await CliRun.RunAsync(["check", article]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{config}:3: error: 'weekday': 'sometimes' is not a severity", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Run_MarkerInTheText_SuppressesTheFinding()
    {
        using var dir = new TempDirectory();
        var article = dir.Write("a.md", "# Duties\n\n<!-- factcheck-ignore weekday -->\n" + WrongWeekday + "\n");

        var run = await CliRun.RunAsync(["check", article, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("weekday", RuleIds(run), StringComparer.Ordinal);
        Assert.DoesNotContain("factcheck-ignore", JsonDocument.Parse(run.Output).RootElement.GetProperty("source").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SuppressionInTheConfiguration_MatchesTheSpanTextWhereverItMoves()
    {
        using var dir = new TempDirectory();
        var article = dir.Write("a.txt", WrongWeekday);
        var spanText = Span(await CliRun.RunAsync(["check", article, "--format", "json"]), "weekday");
        dir.Write(".factcheck.json", JsonSerializer.Serialize(new { suppress = new[] { new { rule = "weekday", text = spanText } } }));
        dir.Write("a.txt", "A new first paragraph.\n\nAnd another one.\n\n" + WrongWeekday);

        var run = await CliRun.RunAsync(["check", article, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("weekday", RuleIds(run), StringComparer.Ordinal);
    }

    [Fact]
    public async Task Baseline_LaterRunReportsOnlyNewFindings()
    {
        using var dir = new TempDirectory();
        var old = dir.Write("old.txt", WrongWeekday);
        var baselinePath = Path.Combine(dir.Path, ".factcheck-baseline.json");

        var recorded = await CliRun.RunAsync(["baseline", dir.Path, "--baseline", baselinePath]);
        dir.Write("old.txt", "An edit above.\n\n" + WrongWeekday);
        var added = dir.Write("new.txt", "Prices fell on Friday, April 9, 2025.");
        var run = await CliRun.RunAsync(["check", dir.Path, "--format", "jsonl"]);

        Assert.Equal(0, recorded.ExitCode);
        Assert.Contains("\"rule\": \"weekday\"", File.ReadAllText(baselinePath), StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
        var reports = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Empty(reports.Single(r => r.GetProperty("source").GetString() == old).GetProperty("findings").EnumerateArray());
        Assert.Contains(
            reports.Single(r => r.GetProperty("source").GetString() == added).GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("ruleId").GetString() == "weekday");
    }

    [Fact]
    public async Task Run_ExcludeGlobs_LeaveFilesOut()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", "Prices rose 5%.");
        dir.Write("drafts/b.txt", WrongWeekday);
        dir.Write("c.draft.md", WrongWeekday);
        dir.Write(".factcheck.json", """{ "exclude": ["drafts/**"] }""");

        var run = await CliRun.RunAsync(["check", dir.Path, "--exclude", "*.draft.md", "--format", "jsonl"]);

        Assert.Equal(0, run.ExitCode);
        var source = JsonDocument.Parse(Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement.GetProperty("source").GetString();
        Assert.Equal(Path.Combine(dir.Path, "a.txt"), source);
    }

    [Fact]
    public async Task Run_Windows1252File_ReadsTheEuroAmount()
    {
        using var dir = new TempDirectory();
        var bytes = Encoding.ASCII.GetBytes("The levy rose to #5 million this year.");
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0x80;
        var path = dir.WriteBytes("a.txt", bytes);

        var run = await CliRun.RunAsync(["check", path, "--format", "json"]);

        Assert.Equal($"{path}: note: not valid UTF-8 (byte offset 17); read as Windows-1252", Assert.Single(run.ErrorLines));
        var mentions = JsonDocument.Parse(run.Output).RootElement.GetProperty("mentions").EnumerateArray();
        Assert.Contains(mentions, m => m.GetProperty("text").GetString()!.StartsWith("€5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_InternalError_IsOneLineWithExitThreeAndTheStackOnlyWithVerbose()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", "Prices rose 5%.");
        void Throw(FactCheckerBuilder builder) => throw new InvalidOperationException("the builder broke");

        var quiet = await CliRun.RunAsync(["check", path], configure: Throw);
        var verbose = await CliRun.RunAsync(["check", path, "--verbose"], configure: Throw);

        Assert.Equal(3, quiet.ExitCode);
        Assert.Equal(
            "factcheck: internal error: InvalidOperationException: the builder broke (run with --verbose for the stack trace)",
            Assert.Single(quiet.ErrorLines));
        Assert.Equal(3, verbose.ExitCode);
        Assert.Contains(" at ", verbose.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Reports are written as documents finish and nothing is kept per document but a summary row, so the peak
    /// working set of the tool (its own process) hardly grows when the number of files grows eightfold.
    /// </summary>
    [Fact]
    public void Run_ManyFiles_MemoryStaysFlat()
    {
        using var dir = new TempDirectory();
        var few = PeakMegabytes(dir, "few", 250);
        var many = PeakMegabytes(dir, "many", 2_000);

        // Kept per document, 2,000 of these reports (each document's text, mentions, claims and findings) would
        // add well over 100 MB.
        Assert.True(many < few + 40, $"peak working set {few} MB for 250 files, {many} MB for 2,000");
    }

    private static long PeakMegabytes(TempDirectory dir, string name, int files)
    {
        var paragraph = string.Join(' ', Enumerable.Range(0, 12).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $"Sales rose {i + 3}% to ${i + 10}.{i} billion in 2024 from ${i + 9} billion, and {i * 1000 + 250} jobs went on Monday, April {i + 1}, 2025.")));
        for (var i = 0; i < files; i++)
        {
            dir.Write(Path.Combine(name, string.Create(CultureInfo.InvariantCulture, $"{i:D5}.txt")), string.Create(CultureInfo.InvariantCulture, $"Article {i}. {paragraph}\n\n{paragraph}"));
        }

        var tool = typeof(CheckRunner).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { tool, "check", Path.Combine(dir.Path, name), "--format", "jsonl", "-o", Path.Combine(dir.Path, name + ".jsonl"), "--fail-on", "never", "--verbose", "--parallel", "2" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        var match = Regex.Match(error, @"peak working set ([\d,]+) MB");
        Assert.True(match.Success, error);
        return long.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    private static List<string> RuleIds(CliRun run) =>
        JsonDocument.Parse(run.Output).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).ToList();

    private static string Span(CliRun run, string ruleId) =>
        JsonDocument.Parse(run.Output).RootElement.GetProperty("findings").EnumerateArray()
            .First(f => f.GetProperty("ruleId").GetString() == ruleId).GetProperty("spans")[0].GetProperty("text").GetString()!;
}
