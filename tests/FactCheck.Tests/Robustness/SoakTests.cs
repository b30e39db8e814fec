using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using FactCheck.Reports;
using Xunit;
using Xunit.Abstractions;

namespace FactCheck.Tests.Robustness;

/// <summary>
/// Soak mode (skipped unless <c>FACTCHECK_SOAK</c> is set; see README, Robustness): thousands of generated hostile
/// documents, a 20 MB document and a 100,000-document stream. Each prints what it measured and writes it to
/// <c>artifacts/soak</c>.
/// </summary>
[Trait("Category", "Soak")]
public sealed class SoakTests(ITestOutputHelper output)
{
    private static readonly DateOnly Published = new(2025, 4, 5);

    [SoakFact]
    public void Soak_GeneratedHostileDocuments_NoneFails()
    {
        var cases = SoakSettings.Cases;
        var checker = RobustnessCheckers.Full();
        var longLines = Gen.Int[50_000, 100_000].Select(HostileText.LineWithoutSentenceEnd);
        var bigStorms = Gen.Select(HostileText.Storm, Gen.Int[20, 40]).Select((storm, times) => string.Concat(Enumerable.Repeat(storm, times)));
        var gen = Gen.Select(Gen.Frequency((200, HostileText.Document), (1, longLines), (1, bigStorms)), Gen.Bool);

        var run = 0;
        var failures = new ConcurrentQueue<(string Text, string Problem)>();
        var slowest = (Elapsed: TimeSpan.Zero, Text: string.Empty);
        var slowestLock = new object();
        long mentions = 0, claims = 0, findings = 0, timeLimited = 0, characters = 0;
        var clock = Stopwatch.StartNew();

        gen.Sample(
            (text, dated) =>
            {
                Interlocked.Increment(ref run);
                Interlocked.Add(ref characters, text.Length);
                var watch = Stopwatch.StartNew();
                try
                {
                    var report = checker.CheckText(text, dated ? Published : null);
                    watch.Stop();
                    Interlocked.Add(ref mentions, report.Mentions.Count);
                    Interlocked.Add(ref claims, report.Claims.Count);
                    Interlocked.Add(ref findings, report.Findings.Count);
                    if (report.Findings.Any(f => f.RuleId == "time-limit"))
                    {
                        Interlocked.Increment(ref timeLimited);
                    }

                    var problems = ReportInvariants.Violations(report);
                    if (problems.Count > 0)
                    {
                        failures.Enqueue((text, string.Join("; ", problems)));
                    }
                }
#pragma warning disable CA1031 // Counted and written out: the soak reports every failure, then fails.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    watch.Stop();
                    failures.Enqueue((text, ex.ToString()));
                }

                lock (slowestLock)
                {
                    if (watch.Elapsed > slowest.Elapsed)
                    {
                        slowest = (watch.Elapsed, text);
                    }
                }
            },
            iter: cases,
            threads: Environment.ProcessorCount);

        clock.Stop();
        var failed = failures.ToArray();
        var directory = SoakSettings.OutputDirectory;
        for (var i = 0; i < Math.Min(failed.Length, 50); i++)
        {
            File.WriteAllText(Path.Combine(directory, $"failure-{i:000}.txt"), $"{failed[i].Problem}\n\n{ReportInvariants.Escape(failed[i].Text)}\n");
            File.WriteAllBytes(Path.Combine(directory, $"failure-{i:000}.utf16le"), Encoding.Unicode.GetBytes(failed[i].Text));
        }

        using var process = Process.GetCurrentProcess();
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"""
            Fuzz soak: {run:N0} cases run, {failed.Length} failure(s), in {clock.Elapsed.TotalSeconds:F0} s on {Environment.ProcessorCount} threads ({characters / 1e6:F1} M characters).
            Slowest document: {slowest.Elapsed.TotalMilliseconds:F0} ms, {slowest.Text.Length:N0} characters, starting {ReportInvariants.Escape(slowest.Text[..Math.Min(80, slowest.Text.Length)])}.
            Peak working set: {process.PeakWorkingSet64 / 1048576.0:F0} MB.
            Found {mentions:N0} mentions, {claims:N0} claims, {findings:N0} findings; {timeLimited} document(s) stopped at the time limit.
            """);
        Report("fuzz", summary + (failed.Length > 0 ? $"\nFirst failure: {failed[0].Problem}\n{ReportInvariants.Escape(failed[0].Text)}" : string.Empty));
        Assert.Empty(failed);
    }

    [SoakFact]
    public void Soak_TwentyMegabyteDocument_IsReadWithBoundedMemoryAndRefusedByDefault()
    {
        var megabytes = EnvironmentInt("FACTCHECK_SOAK_MB", 20);
        var text = BigDocument(megabytes * 1_000_000);

        if (text.Length > FactCheckerBuilder.DefaultMaxDocumentLength)
        {
            var refused = RobustnessCheckers.Full().CheckText(text, Published);
            Assert.Equal("input-too-large", Assert.Single(refused.Findings).RuleId);
        }

        var checker = RobustnessCheckers.Configure(new FactCheckerBuilder())
            .WithMaxDocumentLength(text.Length)
            .WithTimeLimit(Timeout.InfiniteTimeSpan)
            .Build();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        var clock = Stopwatch.StartNew();
        var report = checker.CheckText(text, Published);
        clock.Stop();
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        var live = GC.GetTotalMemory(forceFullCollection: true); // what the report and the text hold

        var renderClock = Stopwatch.StartNew();
        ReportInvariants.AssertSound(report);
        renderClock.Stop();
        process.Refresh();
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"""
            Large document: {text.Length:N0} characters ({Encoding.UTF8.GetByteCount(text) / 1e6:F1} MB as UTF-8) read in {clock.Elapsed.TotalSeconds:F1} s: {report.Mentions.Count:N0} mentions, {report.Claims.Count:N0} claims, {report.Findings.Count:N0} findings.
            Working set before {before / 1048576.0:F0} MB, peak while checking {peak / 1048576.0:F0} MB; managed heap after a full collection, with the report held, {live / 1048576.0:F0} MB.
            Invariants and the five renderings (to files) checked in {renderClock.Elapsed.TotalSeconds:F1} s; peak working set with the renderings {process.PeakWorkingSet64 / 1048576.0:F0} MB. With the default limit ({FactCheckerBuilder.DefaultMaxDocumentLength:N0} characters) a longer document is refused with input-too-large.
            """);
        Report("large-document", summary);
    }

    [SoakFact]
    public void Soak_HundredThousandDocumentStream_MemoryDoesNotGrowWithTheNumberRead()
    {
        var count = EnvironmentInt("FACTCHECK_SOAK_DOCUMENTS", 100_000);
        var checker = RobustnessCheckers.Full();
        var marks = new SortedSet<int> { count / 10, count / 2, count };
        var heapAt = new Dictionary<int, long>();
        var table = new StringBuilder("| documents | elapsed (s) | working set (MB) | managed heap after full GC (MB) |\n|---:|---:|---:|---:|\n");
        var clock = Stopwatch.StartNew();
        long mentions = 0;
        var done = 0;
        foreach (var text in StreamDocuments(count))
        {
            var report = checker.CheckText(text, Published);
            mentions += report.Mentions.Count;
            done++;
            if (marks.Contains(done))
            {
                var heap = GC.GetTotalMemory(forceFullCollection: true);
                heapAt[done] = heap;
                using var self = Process.GetCurrentProcess();
                table.Append(CultureInfo.InvariantCulture, $"| {done:N0} | {clock.Elapsed.TotalSeconds:F0} | {self.WorkingSet64 / 1048576.0:F0} | {heap / 1048576.0:F1} |\n");
            }
        }

        using var process = Process.GetCurrentProcess();
        Report(
            "stream",
            string.Create(CultureInfo.InvariantCulture, $"Stream: {count:N0} distinct documents, {mentions:N0} mentions, {clock.Elapsed.TotalSeconds:F0} s; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB.\n\n{table}"));

        // Bounded: after the first tenth, reading nine times as many documents must not grow the heap by more than half.
        var first = heapAt[count / 10];
        Assert.True(heapAt[count] < first * 1.5 + (16 << 20), $"The managed heap grew from {first / 1048576.0:F1} MB to {heapAt[count] / 1048576.0:F1} MB.");
    }

    // Distinct documents (so no result cache flatters the run), made on the fly: the stream is never held in memory.
    private static IEnumerable<string> StreamDocuments(int count)
    {
        var pcg = new PCG(7, 20250405);
        var gen = HostileText.NewsSentence.Array[1, 6];
        for (var i = 0; i < count; i++)
        {
            var sentences = gen.Generate(pcg, null, out _);
            yield return string.Create(CultureInfo.InvariantCulture, $"Report {i}. ") + string.Join(" ", sentences);
        }
    }

    private static string BigDocument(int characters)
    {
        var builder = new StringBuilder(characters + 10_000);
        var i = 0;
        while (builder.Length < characters)
        {
            foreach (var document in HostileCorpus.Documents(200, seed: (ulong)i++))
            {
                builder.Append(document).Append("\n\n");
            }
        }

        return builder.ToString(0, characters);
    }

    private static int EnvironmentInt(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    private void Report(string name, string summary)
    {
        output.WriteLine(summary);
        File.WriteAllText(Path.Combine(SoakSettings.OutputDirectory, name + ".txt"), summary + "\n");
    }
}
