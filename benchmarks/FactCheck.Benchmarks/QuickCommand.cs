using System.Diagnostics;
using System.Globalization;
using FactCheck.Benchmarks.Baseline;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>quick [--baseline] [--rounds N]</c>: a fast, rough throughput reading for profiling sessions (every
/// article once per round, caches emptied before each document). Quote BenchmarkDotNet's figures, not these.
/// </summary>
internal static class QuickCommand
{
    public static int Run(string[] args)
    {
        var corpus = BenchmarkCorpus.Load();
        var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(1);
        var documents = corpus.Articles.Select(a => new Document(a.Text, corpus.Published, source: a.Name)).ToList();
        var kilobytes = BenchmarkCorpus.Utf8Bytes(corpus.Articles) / 1024.0;
        var checker = Pipelines.CreateFactChecker();
        foreach (var document in documents.Take(10))
        {
            checker.Check(document);
        }

        for (var round = 0; round < rounds; round++)
        {
            var clock = new Stopwatch();
            var mentions = 0;
            foreach (var document in documents)
            {
                RecognizerResultCaches.Clear();
                clock.Start();
                mentions += checker.Check(document).Mentions.Count;
                clock.Stop();
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FactCheck: {clock.Elapsed.TotalMilliseconds:F0} ms, {kilobytes / clock.Elapsed.TotalSeconds:F0} KB/s, {mentions} mentions"));
        }

        if (args.Contains("--baseline"))
        {
            var naive = new NaiveRecognizers();
            var clock = new Stopwatch();
            foreach (var document in documents)
            {
                RecognizerResultCaches.Clear();
                clock.Start();
                naive.Recognize(document.Text, corpus.Published);
                clock.Stop();
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Naive: {clock.Elapsed.TotalMilliseconds:F0} ms, {kilobytes / clock.Elapsed.TotalSeconds:F0} KB/s"));
        }

        return 0;
    }
}
