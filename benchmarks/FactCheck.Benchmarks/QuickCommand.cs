using System.Diagnostics;
using System.Globalization;
using FactCheck.Benchmarks.Baseline;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>quick [--stages] [--baseline] [--rounds N]</c>: a fast, rough throughput reading for profiling sessions
/// (every article, or the first <c>--articles N</c>, once per round, caches emptied before each document), with
/// <c>--stages</c> the time per pipeline stage and the number of model calls. Quote BenchmarkDotNet's figures, not
/// these.
/// </summary>
internal static class QuickCommand
{
    public static int Run(string[] args)
    {
        var corpus = BenchmarkCorpus.Load();
        var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(1);
        var articles = Environment.GetEnvironmentVariable(BenchmarkCorpus.ArticlesVariable) is null ? corpus.Articles : corpus.Subset;
        var documents = articles.Select(a => new Document(a.Text, corpus.Published, source: a.Name)).ToList();
        var kilobytes = BenchmarkCorpus.Utf8Bytes(articles) / 1024.0;
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

        if (args.Contains("--stages"))
        {
            Stages(documents, kilobytes);
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

    // Time per stage of the pipeline, and how often the models run.
    private static void Stages(List<Document> documents, double kilobytes)
    {
        var recognizer = new FactCheck.Recognition.MentionRecognizer();
        var extractor = new FactCheck.Claims.ClaimExtractor();
        var checks = new FactCheckerBuilder().Checks;
        var split = new Stopwatch();
        var recognize = new Stopwatch();
        var extract = new Stopwatch();
        var check = new Stopwatch();
        var callsBefore = FactCheck.Recognition.RecognizerModels.Calls;
        foreach (var document in documents)
        {
            RecognizerResultCaches.Clear();
            split.Start();
            var sentences = FactCheck.Text.SentenceSegmenter.Split(document.Text);
            split.Stop();
            recognize.Start();
            var mentions = recognizer.Recognize(document, sentences, CancellationToken.None);
            recognize.Stop();
            extract.Start();
            var claims = extractor.Extract(document, sentences, mentions, CancellationToken.None);
            extract.Stop();
            check.Start();
            var context = new FactCheck.Checks.CheckContext(document, mentions, claims, CancellationToken.None);
            foreach (var rule in checks)
            {
                _ = rule.Check(context).ToList();
            }

            check.Stop();
        }

        var calls = FactCheck.Recognition.RecognizerModels.Calls;
        var numberCalls = calls.Number - callsBefore.Number;
        var dateTimeCalls = calls.DateTime - callsBefore.DateTime;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"model calls: number {numberCalls}, date-time {dateTimeCalls}, {(double)(numberCalls + dateTimeCalls) / documents.Count:F2} per article ({documents.Count} articles)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stages: split {split.Elapsed.TotalMilliseconds:F0} ms, recognize {recognize.Elapsed.TotalMilliseconds:F0} ms, claims {extract.Elapsed.TotalMilliseconds:F0} ms, checks {check.Elapsed.TotalMilliseconds:F0} ms ({kilobytes:F0} KB)"));
    }
}
