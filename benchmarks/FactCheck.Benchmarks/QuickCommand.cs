using System.Diagnostics;
using System.Globalization;
using FactCheck.Benchmarks.Baseline;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>quick [--stages] [--baseline] [--scaling] [--claims-only] [--recognition-only] [--rounds N]</c>: a fast, rough throughput reading for profiling
/// sessions (every article, or the first <c>--articles N</c>, once per round, caches emptied before each document), with
/// <c>--stages</c> the time per pipeline stage (wall clock, and processor time, which the load of other processes moves less)
/// and the number of model calls, once per round (the last rounds are the steady state), and with <c>--scaling</c> rounds of the batch API on one and on two threads, taken in turn
/// in one process; <c>--claims-only</c> runs only the claims stage, round after round on mentions found once (for a
/// profiler); <c>--recognition-only</c> runs only the recognition stage, round after round on sentences split once, the caches
/// emptied before each document, and gives the fastest and the median round besides each round's time. Quote
/// BenchmarkDotNet's figures, not these.
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
        if (args.Contains("--claims-only"))
        {
            ClaimsOnly(documents, kilobytes, rounds);
            return 0;
        }

        if (args.Contains("--recognition-only"))
        {
            RecognitionOnly(documents, kilobytes, rounds);
            return 0;
        }

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
            // The first passes run code the JIT has not yet optimised: every pass is printed, and the last ones are the
            // steady state a long-running checker reaches.
            for (var round = 0; round < rounds; round++)
            {
                Stages(documents, kilobytes);
            }
        }

        if (args.Contains("--scaling"))
        {
            Scaling(checker, documents, kilobytes, rounds);
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

    // The batch API on one and two threads in turn, so both see the same state of the JIT and of the machine; the
    // caches are emptied before each round (each round reads every article once).
    private static void Scaling(FactChecker checker, List<Document> documents, double kilobytes, int rounds)
    {
        var times = new Dictionary<int, List<double>> { [1] = [], [2] = [] };
        for (var round = 0; round < Math.Max(rounds, 2) * 2; round++)
        {
            var threads = round % 2 == 0 ? 1 : 2;
            RecognizerResultCaches.Clear();
            var pausedBefore = GC.GetTotalPauseDuration();
            var collectionsBefore = GC.CollectionCount(0);
            var clock = Stopwatch.StartNew();
            var reports = checker.CheckManyAsync(documents, threads, CancellationToken.None).ToBlockingEnumerable().Count();
            clock.Stop();
            var paused = GC.GetTotalPauseDuration() - pausedBefore;
            times[threads].Add(clock.Elapsed.TotalMilliseconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CheckManyAsync, {threads} thread(s): {clock.Elapsed.TotalMilliseconds:F0} ms, {kilobytes / clock.Elapsed.TotalSeconds:F0} KB/s, {reports} reports; {GC.CollectionCount(0) - collectionsBefore} collections, paused {paused.TotalMilliseconds:F0} ms"));
        }

        // The JIT keeps improving the code over the first rounds: only the second half of each side counts.
        static double SecondHalfMedian(List<double> t) => t.Skip(t.Count / 2).Order().ElementAt((t.Count - (t.Count / 2) - 1) / 2);
        var one = SecondHalfMedian(times[1]);
        var two = SecondHalfMedian(times[2]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median of the second half of the rounds: 1 thread {one:F0} ms, 2 threads {two:F0} ms, {one / two:F2}x; {Environment.ProcessorCount} processors, server GC {System.Runtime.GCSettings.IsServerGC}"));
    }

    // The claims stage alone, round after round on mentions found once: for a profiler attached to the process.
    private static void ClaimsOnly(List<Document> documents, double kilobytes, int rounds)
    {
        var pipeline = Pipelines.CreatePipeline();
        var inputs = documents.Select(d =>
        {
            var language = CheckPipeline.Language(d);
            var sentences = CheckPipeline.Segment(language, d);
            return (Document: d, Sentences: sentences, Mentions: pipeline.Recognize(language, d, sentences, problems: null, CancellationToken.None));
        }).ToList();
        for (var round = 0; round < rounds; round++)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var clock = Stopwatch.StartNew();
            var claims = 0;
            foreach (var (document, sentences, mentions) in inputs)
            {
                claims += pipeline.ReadClaims(document, sentences, mentions, problems: null, CancellationToken.None).Count;
            }

            clock.Stop();
            var processor = Environment.CpuUsage.TotalTime - cpuBefore;
            var allocated = (GC.GetAllocatedBytesForCurrentThread() - bytes) / 1024.0 / kilobytes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"claims stage: {clock.Elapsed.TotalMilliseconds:F0} ms ({processor.TotalMilliseconds:F0} ms of processor time), {claims} claims, {allocated:F1} KB allocated per KB of text"));
        }
    }

    // The recognition stage alone, round after round on sentences split once: for a profiler attached to the process,
    // and for comparing two versions of the stage on a busy machine (the fastest round moves least with the load).
    private static void RecognitionOnly(List<Document> documents, double kilobytes, int rounds)
    {
        var pipeline = Pipelines.CreatePipeline();
        var inputs = documents.Select(d =>
        {
            var language = CheckPipeline.Language(d);
            return (Document: d, Language: language, Sentences: CheckPipeline.Segment(language, d));
        }).ToList();
        var times = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var clock = new Stopwatch();
            var mentions = 0;
            foreach (var (document, language, sentences) in inputs)
            {
                RecognizerResultCaches.Clear();
                clock.Start();
                mentions += pipeline.Recognize(language, document, sentences, problems: null, CancellationToken.None).Count;
                clock.Stop();
            }

            var processor = Environment.CpuUsage.TotalTime - cpuBefore;
            var allocated = (GC.GetAllocatedBytesForCurrentThread() - bytes) / 1024.0 / kilobytes;
            times.Add(clock.Elapsed.TotalMilliseconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recognition stage: {clock.Elapsed.TotalMilliseconds:F1} ms ({processor.TotalMilliseconds:F0} ms of processor time), {mentions} mentions, {allocated:F1} KB allocated per KB of text"));
        }

        var sorted = times.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recognition stage over {rounds} rounds: fastest {sorted[0]:F2} ms, median {sorted[sorted.Count / 2]:F2} ms ({kilobytes:F1} KB)"));
    }

    // Time per stage of the pipeline, and how often the models run.
    private static void Stages(List<Document> documents, double kilobytes)
    {
        var pipeline = Pipelines.CreatePipeline();
        var split = new Stopwatch();
        var recognize = new Stopwatch();
        var extract = new Stopwatch();
        var check = new Stopwatch();
        var callsBefore = FactCheck.Recognition.RecognizerModels.Calls;
        var allocated = new long[4];
        var claimsPaused = TimeSpan.Zero;
        var cpu = new TimeSpan[4];
        var modelBytesBefore = FactCheck.Recognition.RecognizerModels.AllocatedBytes;
        foreach (var document in documents)
        {
            RecognizerResultCaches.Clear();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore0 = Environment.CpuUsage.TotalTime;
            split.Start();
            var language = CheckPipeline.Language(document);
            var sentences = CheckPipeline.Segment(language, document);
            split.Stop();
            cpu[0] += Environment.CpuUsage.TotalTime - cpuBefore0;
            allocated[0] += GC.GetAllocatedBytesForCurrentThread() - bytes;
            bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore1 = Environment.CpuUsage.TotalTime;
            recognize.Start();
            var mentions = pipeline.Recognize(language, document, sentences, problems: null, CancellationToken.None);
            recognize.Stop();
            cpu[1] += Environment.CpuUsage.TotalTime - cpuBefore1;
            allocated[1] += GC.GetAllocatedBytesForCurrentThread() - bytes;
            bytes = GC.GetAllocatedBytesForCurrentThread();
            var pausedBefore = GC.GetTotalPauseDuration();
            var cpuBefore2 = Environment.CpuUsage.TotalTime;
            extract.Start();
            var claims = pipeline.ReadClaims(document, sentences, mentions, problems: null, CancellationToken.None);
            extract.Stop();
            cpu[2] += Environment.CpuUsage.TotalTime - cpuBefore2;
            claimsPaused += GC.GetTotalPauseDuration() - pausedBefore;
            allocated[2] += GC.GetAllocatedBytesForCurrentThread() - bytes;
            bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore3 = Environment.CpuUsage.TotalTime;
            check.Start();
            pipeline.RunChecks(CheckPipeline.Context(language, document, sentences, mentions, claims, CancellationToken.None), new CheckProgress());

            check.Stop();
            cpu[3] += Environment.CpuUsage.TotalTime - cpuBefore3;
            allocated[3] += GC.GetAllocatedBytesForCurrentThread() - bytes;
        }

        var calls = FactCheck.Recognition.RecognizerModels.Calls;
        var numberCalls = calls.Number - callsBefore.Number;
        var dateTimeCalls = calls.DateTime - callsBefore.DateTime;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"model calls: number {numberCalls}, date-time {dateTimeCalls}, {(double)(numberCalls + dateTimeCalls) / documents.Count:F2} per article ({documents.Count} articles)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stages: split {split.Elapsed.TotalMilliseconds:F0} ms, recognize {recognize.Elapsed.TotalMilliseconds:F0} ms, claims {extract.Elapsed.TotalMilliseconds:F0} ms, checks {check.Elapsed.TotalMilliseconds:F0} ms ({kilobytes:F0} KB)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"processor time (all threads): split {cpu[0].TotalMilliseconds:F0} ms, recognize {cpu[1].TotalMilliseconds:F0} ms, claims {cpu[2].TotalMilliseconds:F0} ms ({100 * cpu[2] / (cpu[0] + cpu[1] + cpu[2] + cpu[3]):F1}%), checks {cpu[3].TotalMilliseconds:F0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"of the claims stage's time, paused for garbage collection: {claimsPaused.TotalMilliseconds:F0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated per KB of text: split {allocated[0] / 1024.0 / kilobytes:F1} KB, recognize {allocated[1] / 1024.0 / kilobytes:F1} KB (the models {(FactCheck.Recognition.RecognizerModels.AllocatedBytes - modelBytesBefore) / 1024.0 / kilobytes:F1} KB of it), claims {allocated[2] / 1024.0 / kilobytes:F1} KB, checks {allocated[3] / 1024.0 / kilobytes:F1} KB"));
    }
}
