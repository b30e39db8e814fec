using System.Diagnostics;
using System.Globalization;
using FactCheck.Benchmarks.Baseline;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>cold-start [--launches N]</c>: starts this program N times per side in a fresh process and reports,
/// for FactCheck and for the naive baseline, the time to build, the time of the first document, and the time
/// of a second, unseen document (the warm cost per document, for comparison).
/// </summary>
internal static class ColdStartCommand
{
    private const string ChildMode = "cold-start-child";

    public static int Run(string[] args)
    {
        var launches = 5;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--launches")
            {
                launches = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        var corpus = BenchmarkCorpus.Load();
        Console.WriteLine($"corpus: {corpus}");
        Console.WriteLine($"first document: {corpus.Articles[0].Name}; second: {corpus.Articles[Math.Min(1, corpus.Articles.Count - 1)].Name}; {launches} fresh processes per side");
        Console.WriteLine();
        Console.WriteLine("| side | build (ms) | first document (ms) | build + first (ms) | second document (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var side in new[] { "naive", "factcheck" })
        {
            var samples = new List<double[]>();
            for (var launch = 0; launch < launches; launch++)
            {
                samples.Add(Launch(side));
            }

            string Median(int column)
            {
                var sorted = samples.Select(s => s[column]).Order().ToList();
                return string.Create(CultureInfo.InvariantCulture, $"{sorted[sorted.Count / 2]:F0} ({sorted[0]:F0}–{sorted[^1]:F0})");
            }

            var name = side == "naive" ? "Naive Recognizers (4 models)" : "FactCheck full pipeline";
            Console.WriteLine($"| {name} | {Median(0)} | {Median(1)} | {Median(2)} | {Median(3)} |");
        }

        Console.WriteLine();
        Console.WriteLine("median (min–max) over the launches; each launch is a new process.");
        return 0;
    }

    /// <summary>The child: measures one cold start and prints "build first second" in milliseconds.</summary>
    public static int RunChild(string side)
    {
        var corpus = BenchmarkCorpus.Load();
        var first = corpus.Articles[0];
        var second = corpus.Articles.Count > 1 ? corpus.Articles[1] : first with { Text = DistinctDocuments.Variant(first.Text, 1) };
        var published = corpus.Published;

        var clock = Stopwatch.StartNew();
        double build, firstDone, secondDone;
        if (side == "naive")
        {
            var naive = new NaiveRecognizers();
            build = clock.Elapsed.TotalMilliseconds;
            naive.Recognize(first.Text, published);
            firstDone = clock.Elapsed.TotalMilliseconds;
            naive.Recognize(second.Text, published);
            secondDone = clock.Elapsed.TotalMilliseconds;
        }
        else
        {
            var checker = Pipelines.CreateFactChecker();
            build = clock.Elapsed.TotalMilliseconds;
            checker.Check(new Document(first.Text, published));
            firstDone = clock.Elapsed.TotalMilliseconds;
            checker.Check(new Document(second.Text, published));
            secondDone = clock.Elapsed.TotalMilliseconds;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{build:F1} {firstDone - build:F1} {firstDone:F1} {secondDone - firstDone:F1}"));
        return 0;
    }

    public static bool IsChild(string[] args, out string side)
    {
        side = args.Length > 1 ? args[1] : string.Empty;
        return args.Length > 0 && args[0] == ChildMode;
    }

    private static double[] Launch(string side)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find this program's path.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ColdStartCommand).Assembly.Location);
        }

        start.ArgumentList.Add(ChildMode);
        start.ArgumentList.Add(side);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start " + self);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The cold-start child for {side} failed: {output}");
        }

        return output.Trim().Split('\n')[^1].Split(' ').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
    }
}
