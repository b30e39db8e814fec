using System.Diagnostics;
using System.Globalization;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>memory [--documents N] [--threads T]</c>: checks a long stream of distinct documents (default 20,000,
/// made from the corpus by <see cref="DistinctDocuments"/>) through the batch API and reports the process
/// working set and the managed heap at the start, the middle and the end.
/// </summary>
/// <remarks>
/// The Recognizers result caches are left alone here, as in a real service: the point is that nothing grows
/// with the number of documents read.
/// </remarks>
internal static class MemoryCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var documents = 20_000;
        var threads = 1;
        for (var i = 0; i < args.Length - 1; i++)
        {
            switch (args[i])
            {
                case "--documents":
                    documents = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--threads":
                    threads = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
            }
        }

        var corpus = BenchmarkCorpus.Load();
        Console.WriteLine($"corpus: {corpus}; {documents:N0} distinct documents; {threads} thread(s); server GC: {System.Runtime.GCSettings.IsServerGC}");
        var checker = Pipelines.CreateFactChecker();
        var marks = new SortedSet<int> { 1, documents / 4, documents / 2, documents * 3 / 4, documents };
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        long mentions = 0;
        var done = 0;
        Console.WriteLine();
        Console.WriteLine("| documents | MB of text read | elapsed (s) | working set (MB) | managed heap after full GC (MB) | allocated so far (MB) | Recognizers cache entries |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        var allocatedAtStart = GC.GetTotalAllocatedBytes(precise: false);
        await foreach (var report in checker.CheckManyAsync(DistinctDocuments.Stream(corpus, documents), threads, CancellationToken.None))
        {
            done++;
            bytes += System.Text.Encoding.UTF8.GetByteCount(report.Document.Text);
            mentions += report.Mentions.Count;
            if (marks.Contains(done))
            {
                var heap = GC.GetTotalMemory(forceFullCollection: true);
                using var self = Process.GetCurrentProcess();
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {done:N0} | {bytes / 1048576.0:F1} | {clock.Elapsed.TotalSeconds:F1} | {self.WorkingSet64 / 1048576.0:F0} | {heap / 1048576.0:F1} | {(GC.GetTotalAllocatedBytes(precise: false) - allocatedAtStart) / 1048576.0:F0} | {RecognizerResultCaches.Entries:N0} |"));
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mentions:N0} mentions; {bytes / 1024.0 / clock.Elapsed.TotalSeconds:F0} KB/s overall"));
        RecognizerResultCaches.Clear();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"managed heap after full GC once the Recognizers result caches are emptied: {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F1} MB"));
        return 0;
    }
}
