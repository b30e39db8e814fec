using System.Text;
using System.Text.Json;
using FactCheck.Checks;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests.Cli;

public class ProgramTests
{
    private static string Seed => Path.Combine(AppContext.BaseDirectory, "seeds", "000_23fa9f6dec8fb977.txt");

    [Fact]
    public async Task Check_SeedAsJson_PrintsOneDocumentAndExitsZero()
    {
        var run = await CliRun.RunAsync(["check", Seed, "--published", "2025-04-05", "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(Seed, root.GetProperty("source").GetString());
        Assert.Equal("2025-04-05", root.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("mentions").ValueKind);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task Check_MissingFileBesideGoodOne_NamesItExitsTwoAndStillReportsTheOther()
    {
        using var dir = new TempDirectory();
        var good = dir.Write("good.txt", "Prices rose 5% in 2024.");
        var missing = Path.Combine(dir.Path, "missing.txt");

        var run = await CliRun.RunAsync(["check", missing, good, "--published", "2025-04-05", "--format", "jsonl"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{missing}: error: no such file or directory", run.ErrorLines[0]);
        var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(good, JsonDocument.Parse(line).RootElement.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Check_SeveralFiles_PrintsSummaryTableOnStandardError()
    {
        using var dir = new TempDirectory();
        var a = dir.Write("a.txt", "Prices rose 5% in 2024.");
        var b = dir.Write("b.md", "# Title\n\nUnemployment fell to 4%.");

        var run = await CliRun.RunAsync(["check", a, b, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, JsonDocument.Parse(run.Output).RootElement.GetArrayLength());
        Assert.Contains("factcheck summary", run.Error, StringComparison.Ordinal);
        Assert.Contains(a, run.Error, StringComparison.Ordinal);
        Assert.Contains(b, run.Error, StringComparison.Ordinal);
        Assert.Contains("2 document(s)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Directory_ReadsTextAndMarkdownRecursively()
    {
        using var dir = new TempDirectory();
        dir.Write("one.txt", "One.");
        dir.Write("sub/two.md", "Two.");
        dir.Write("sub/skip.csv", "a,b");
        dir.Write(".hidden/three.txt", "Three.");

        var run = await CliRun.RunAsync(["check", dir.Path, "--format", "jsonl"]);

        Assert.Equal(0, run.ExitCode);
        var sources = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => Path.GetRelativePath(dir.Path, JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!))
            .ToList();
        Assert.Equal(["one.txt", Path.Combine("sub", "two.md")], sources);
    }

    [Fact]
    public async Task Check_EmptyDirectory_SaysThereIsNothingToReadAndExitsTwo()
    {
        using var dir = new TempDirectory();
        dir.Write("data.csv", "a,b");

        var run = await CliRun.RunAsync(["check", dir.Path]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{dir.Path}: error: directory has no .txt or .md files to read", run.ErrorLines[0]);
    }

    [Fact]
    public async Task Check_Glob_ExpandsToMatchingFiles()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", "A.");
        dir.Write("b.txt", "B.");
        dir.Write("c.md", "C.");

        var run = await CliRun.RunAsync(["check", Path.Combine(dir.Path, "*.txt"), "--format", "jsonl"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Check_GlobMatchingNothing_NamesThePatternAndExitsTwo()
    {
        using var dir = new TempDirectory();
        var pattern = Path.Combine(dir.Path, "*.txt");

        var run = await CliRun.RunAsync(["check", pattern]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{pattern}: error: no file matches this pattern", run.ErrorLines[0]);
    }

    [Fact]
    public async Task Check_StandardInput_ReadsTheText()
    {
        var run = await CliRun.RunAsync(["check", "-", "--format", "html"], Encoding.UTF8.GetBytes("Read from a pipe: 12%."));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Read from a pipe: 12%.", ArticleText(run.Output));
        Assert.Contains("<h2><span class=\"verdict green\"></span>stdin</h2>", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BinaryFile_IsRefusedByNameAndTheOthersAreChecked()
    {
        using var dir = new TempDirectory();
        var binary = dir.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
        var good = dir.Write("good.txt", "Fine.");

        var run = await CliRun.RunAsync(["check", binary, good, "--format", "jsonl"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{binary}: error: binary file", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("skipped", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Check_NonUtf8File_IsReadAsWindows1252WithANote()
    {
        using var dir = new TempDirectory();
        var path = dir.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Le café coûte 5% de plus."));

        var run = await CliRun.RunAsync(["check", path, "--format", "html"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Le café coûte 5% de plus.", ArticleText(run.Output));
        Assert.Equal($"{path}: note: not valid UTF-8 (byte offset 6); read as Windows-1252", run.ErrorLines[0]);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-8-bom")]
    public async Task Check_FileWithByteOrderMark_IsDecoded(string encoding)
    {
        using var dir = new TempDirectory();
        const string text = "Tariffs — now 29% — rose.";
        var bytes = encoding switch
        {
            "utf-16le" => new UnicodeEncoding(false, true).GetPreamble().Concat(new UnicodeEncoding(false, true).GetBytes(text)).ToArray(),
            "utf-16be" => new UnicodeEncoding(true, true).GetPreamble().Concat(new UnicodeEncoding(true, true).GetBytes(text)).ToArray(),
            _ => new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
        };
        var path = dir.WriteBytes("bom.txt", bytes);

        var run = await CliRun.RunAsync(["check", path, "--format", "html"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(text, ArticleText(run.Output));
        Assert.Equal(string.Empty, run.Error);
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("05/04/2025")]
    [InlineData("yesterday")]
    public async Task Check_BadPublishedDate_ExitsTwoWithOneLine(string date)
    {
        var run = await CliRun.RunAsync(["check", Seed, "--published", date]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"--published: error: '{date}' is not a date (expected yyyy-MM-dd)", Assert.Single(run.ErrorLines));
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Check_UnknownFormat_IsAUsageErrorWithExitTwo()
    {
        var run = await CliRun.RunAsync(["check", Seed, "--format", "xml"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("xml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_FrontMatterDate_IsUsedAndBlankedOut()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("post.md", "---\ntitle: Tariffs\npublished: 2024-11-30\n---\nDuties rose 5%.");

        var run = await CliRun.RunAsync(["check", path, "--published", "2025-04-05", "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2024-11-30", JsonDocument.Parse(run.Output).RootElement.GetProperty("published").GetString());
    }

    [Fact]
    public async Task Check_BadFrontMatterDate_NamesFileAndLine()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("post.md", "---\ntitle: Tariffs\ndate: next Tuesday\n---\nDuties rose 5%.");

        var run = await CliRun.RunAsync(["check", path]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{path}:3: error: front matter 'date' is not a date", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Dateline_GivesThePublicationDate()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("wire.txt", "LONDON, April 5, 2025 – Duties rose 5%.");

        var run = await CliRun.RunAsync(["check", path, "--format", "json"]);

        Assert.Equal("2025-04-05", JsonDocument.Parse(run.Output).RootElement.GetProperty("published").GetString());
    }

    [Fact]
    public async Task Check_OutputDirectory_WritesOneReportPerDocument()
    {
        using var dir = new TempDirectory();
        var a = dir.Write("in/a.txt", "A 5% rise.");
        var b = dir.Write("in/b.md", "A 6% rise.");
        var output = Path.Combine(dir.Path, "out") + Path.DirectorySeparatorChar;

        var run = await CliRun.RunAsync(["check", a, b, "--format", "sarif", "--output", output]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.True(File.Exists(Path.Combine(output, "a.txt.sarif")));
        Assert.Equal("2.1.0", JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "b.md.sarif"))).RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Check_OutputFile_WritesAllDocumentsIntoIt()
    {
        using var dir = new TempDirectory();
        var a = dir.Write("a.txt", "A 5% rise.");
        var output = Path.Combine(dir.Path, "reports", "report.md");

        var run = await CliRun.RunAsync(["check", a, "--format", "markdown", "--output", output]);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("### 🟢 FactCheck", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Severity.Error, "error", 1)]
    [InlineData(Severity.Error, "never", 0)]
    [InlineData(Severity.Warning, "error", 0)]
    [InlineData(Severity.Warning, "warning", 1)]
    [InlineData(Severity.Info, "warning", 0)]
    public async Task Check_FailOn_ExitsOneOnlyWhenMet(Severity severity, string failOn, int expected)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", "A 5% rise.");

        var run = await CliRun.RunAsync(["check", path, "--fail-on", failOn], configure: b => b.AddCheck(new FixedRule(severity)));

        Assert.Equal(expected, run.ExitCode);
    }

    [Fact]
    public async Task Check_NoFailOn_FailsOnErrorsByDefault()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", "A 5% rise.");

        var run = await CliRun.RunAsync(["check", path], configure: b => b.AddCheck(new FixedRule(Severity.Error)));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ERROR", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BadInputAndErrorFindings_BadInputWins()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", "A 5% rise.");

        var run = await CliRun.RunAsync(["check", path, Path.Combine(dir.Path, "nope.txt")], configure: b => b.AddCheck(new FixedRule(Severity.Error)));

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Check_Together_ReportsDocumentsThatDisagree()
    {
        using var dir = new TempDirectory();
        var dawn = dir.Write("dawn.txt", "Pakistani goods now face a 29% tariff in the US.");
        var nation = dir.Write("nation.txt", "Pakistani goods now face a 30% tariff in the US.");

        var alone = await CliRun.RunAsync(["check", dawn, nation, "--published", "2025-04-05", "--format", "json"]);
        var together = await CliRun.RunAsync(["check", dawn, nation, "--published", "2025-04-05", "--format", "json", "--together"]);

        Assert.Equal(0, alone.ExitCode);
        Assert.All(JsonDocument.Parse(alone.Output).RootElement.EnumerateArray(), d => Assert.Equal(0, d.GetProperty("findings").GetArrayLength()));
        Assert.Equal(1, together.ExitCode);
        var result = JsonDocument.Parse(together.Output).RootElement;
        Assert.Equal([dawn, nation], result.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("source").GetString()));
        var finding = result.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "cross-document");
        Assert.Equal(dawn, finding.GetProperty("document").GetProperty("source").GetString());
        Assert.Equal("29%", finding.GetProperty("document").GetProperty("spans")[0].GetProperty("text").GetString());
        Assert.Equal(1, finding.GetProperty("otherDocument").GetProperty("index").GetInt32());
        Assert.Equal("30%", finding.GetProperty("otherDocument").GetProperty("spans")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Check_TogetherAsText_ListsTheFindingsAcrossDocumentsWithBothPlaces()
    {
        using var dir = new TempDirectory();
        var dawn = dir.Write("dawn.txt", "Pakistani goods now face a 29% tariff in the US.");
        var nation = dir.Write("nation.txt", "Pakistani goods now face a 30% tariff in the US.");

        var run = await CliRun.RunAsync(["check", dawn, nation, "--published", "2025-04-05", "--together"]);

        Assert.Equal(1, run.ExitCode);
        var across = run.Output[run.Output.IndexOf("Finding across documents (1)", StringComparison.Ordinal)..];
        Assert.Contains($"{dawn}:1:28 \"29%\"", across, StringComparison.Ordinal);
        Assert.Contains($"{nation}:1:28 \"30%\"", across, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_TogetherAsMarkdown_AddsTheFindingsAcrossToEachDocument()
    {
        using var dir = new TempDirectory();
        var dawn = dir.Write("dawn.txt", "Pakistani goods now face a 29% tariff in the US.");
        var nation = dir.Write("nation.txt", "Pakistani goods now face a 30% tariff in the US.");

        var run = await CliRun.RunAsync(["check", dawn, nation, "--published", "2025-04-05", "--together", "--format", "markdown"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cross-document", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ClaimReview_WritesTheReviewOfAChangeGivenInTheWrongUnit()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("points.txt", "Exports from Pakistan to the US now face a 29% duty, up 19% from the earlier 10%.");

        var run = await CliRun.RunAsync(["check", path, "--published", "2025-04-05", "--format", "claimreview", "--review-author", "Example Fact Desk",
            "--review-url", "https://factdesk.example/checks/points", "--review-date", "2025-04-06", "--fail-on", "never"]);

        Assert.Equal(0, run.ExitCode);
        var review = Assert.Single(JsonDocument.Parse(run.Output).RootElement.EnumerateArray());
        Assert.StartsWith("https://factdesk.example/checks/points#finding-1-", review.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("Questionable", review.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.Equal("Example Fact Desk", review.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("2025-04-06", review.GetProperty("datePublished").GetString());
    }

    [Fact]
    public async Task Check_ClaimReviewWithoutAnAuthor_IsBadInputNamingTheOption()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("points.txt", "Exports now face a 29% duty, up 19% from the earlier 10%.");

        var run = await CliRun.RunAsync(["check", path, "--published", "2025-04-05", "--format", "claimreview"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.StartsWith("--review-author: error:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_TogetherAsClaimReview_ReviewsTheFindingAcrossDocuments()
    {
        using var dir = new TempDirectory();
        var dawn = dir.Write("dawn.txt", "Pakistani goods now face a 29% tariff in the US.");
        var nation = dir.Write("nation.txt", "Pakistani goods now face a 30% tariff in the US.");

        var run = await CliRun.RunAsync(["check", dawn, nation, "--published", "2025-04-05", "--together", "--format", "claimreview",
            "--review-author", "Example Fact Desk", "--review-url", "https://factdesk.example/checks/tariffs"]);

        Assert.Equal(1, run.ExitCode);
        var review = Assert.Single(JsonDocument.Parse(run.Output).RootElement.EnumerateArray());
        Assert.Equal("https://factdesk.example/checks/tariffs#finding-across-1", review.GetProperty("url").GetString());
        Assert.Contains("29%", review.GetProperty("claimReviewed").GetString(), StringComparison.Ordinal);
        Assert.Equal(dawn, review.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("name").GetString());
        Assert.Contains(nation, review.GetProperty("reviewBody").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_NamesTheToolAndItsOptions()
    {
        var run = await CliRun.RunAsync(["check", "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("factcheck check <paths>... [options]", run.Output, StringComparison.Ordinal);
        Assert.Contains("--fail-on <error|never|warning>", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCommand_IsAUsageErrorWithExitTwo()
    {
        var run = await CliRun.RunAsync([]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("factcheck check --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_UnknownCulture_ExitsTwo()
    {
        var run = await CliRun.RunAsync(["check", Seed, "--culture", "xx-NOPE"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("--culture: error: 'xx-NOPE' is not a known culture (for example en-US, en-GB)", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Check_FactsFile_ChecksClaimsAgainstIt()
    {
        using var dir = new TempDirectory();
        var facts = dir.Write("tariffs.csv", "subject,measure,value,unit,valid_from,valid_to,source,tolerance\n" +
            "duty on exports from Pakistan to the US,rate,10,%,,2025-04-08,US tariff schedule,\n" +
            "duty on exports from Pakistan to the US,rate,29,%,2025-04-09,,US tariff schedule,\n");

        var run = await CliRun.RunAsync(["check", Seed, "--published", "2025-04-05", "--facts", facts, "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        var findings = JsonDocument.Parse(run.Output).RootElement.GetProperty("findings").EnumerateArray().ToList();
        var reference = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "reference");
        Assert.Equal("29%", reference.GetProperty("spans")[0].GetProperty("text").GetString());
        Assert.Contains("US tariff schedule", reference.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_MalformedFactsFile_NamesFileAndLineAndStillChecks()
    {
        using var dir = new TempDirectory();
        var facts = dir.Write("bad.csv", "subject,measure,value,unit,source\nduty,rate,twenty,%,schedule\n");
        var missing = Path.Combine(dir.Path, "missing.json");

        var run = await CliRun.RunAsync(["check", Seed, "--published", "2025-04-05", "--facts", facts, "--facts", missing, "--format", "json"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{facts}:2: error: ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("twenty", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal($"{missing}: error: no such facts file", run.ErrorLines[1]);
        Assert.Equal(Seed, JsonDocument.Parse(run.Output).RootElement.GetProperty("source").GetString());
    }

    /// <summary>The article as the HTML report shows it, highlights removed.</summary>
    private static string ArticleText(string html)
    {
        var article = System.Text.RegularExpressions.Regex.Match(html, "<article class=\"text\"[^>]*>(.*?)</article>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(article.Success, html);
        return System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(article.Groups[1].Value, "<[^>]+>", string.Empty));
    }

    private sealed class FixedRule(Severity severity) : IFactCheckRule
    {
        public string RuleId => "fixed-rule";

        public string Description => "A rule of the tests.";

        public IEnumerable<Finding> Check(CheckContext context) => [new Finding("fixed", severity, "A finding for the test.")];
    }
}
