using System.Diagnostics;
using System.Globalization;
using FactCheck.Reports;
using FactCheck.Storage;
using FactCheck.Storage.PostgreSql;
using FactCheck.Storage.Sqlite;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>store [--claims N] [--probe P] [--store FILE | postgresql://…]</c>: fills a claim store to N claims
/// (default 1,000,000) and reports, at 10k, 100k, 1M claims (each power of ten up to N), the store's size on disk,
/// documents per second for indexing, and the time to look up the stored claims a new document may conflict with.
/// </summary>
/// <remarks>
/// <para>
/// The corpus's articles are checked once: the last P (default 50) are the new documents checked against the store;
/// the others are indexed (checking and indexing timed together), then indexed again as variants until the store
/// holds N claims. A variant is an article's claims about other entities (the entity and subject key carry the
/// variant's number), the way an archive grows with stories about other companies and countries. An earlier edition
/// of each new document, its figures a tenth higher, is stored too, so every lookup reads the same stored claims and
/// reports the same conflicts whatever the store's size.
/// </para>
/// <para>
/// Lookup time is the median, over the new documents, of <see cref="FactChecker.CompareWithStoreAsync"/> (the
/// lookups, the read and the comparison), best of three passes. Checking against the store, in documents per
/// second, adds the pipeline's time for those documents, measured once.
/// </para>
/// </remarks>
internal static class StoreCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        long target = 1_000_000;
        var probeCount = 50;
        string? location = null;
        for (var i = 0; i < args.Length - 1; i++)
        {
            switch (args[i])
            {
                case "--claims":
                    target = long.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--probe":
                    probeCount = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--store":
                    location = args[i + 1];
                    break;
            }
        }

        var corpus = BenchmarkCorpus.Load();
        if (corpus.Articles.Count <= probeCount)
        {
            Console.Error.WriteLine($"store: the corpus has {corpus.Articles.Count} articles; it needs more than the {probeCount} new documents (--probe).");
            return 2;
        }

        var temporary = location is null ? Directory.CreateTempSubdirectory("factcheck-store-") : null;
        location ??= Path.Combine(temporary!.FullName, "claims.db");
        try
        {
            return await RunAsync(corpus, target, probeCount, location);
        }
        finally
        {
            temporary?.Delete(recursive: true);
        }
    }

    private static async Task<int> RunAsync(BenchmarkCorpus corpus, long target, int probeCount, string location)
    {
        var checker = Pipelines.CreateFactChecker();
        var isPostgres = location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);
        IClaimStore store = isPostgres
            ? await PostgreSqlClaimStore.OpenAsync(location)
            : await SqliteClaimStore.OpenAsync(location);
        try
        {
            if ((await store.CountAsync()).Claims != 0)
            {
                Console.Error.WriteLine($"store: {location} already holds claims; the benchmark needs an empty store.");
                return 2;
            }

            var documents = corpus.Articles.Select(a => new Document(a.Text, corpus.Published, source: a.Name)).ToList();
            var filling = documents.Take(documents.Count - probeCount).ToList();
            var probes = documents.Skip(documents.Count - probeCount).ToList();
            checker.Check(new Document("Warm-up: sales rose 5% to $3.1bn in 2004.", corpus.Published, source: "warm-up"));

            Console.WriteLine($"corpus: {corpus}; {filling.Count} articles indexed, {probes.Count} new documents; store: {(isPostgres ? "PostgreSQL" : "SQLite " + location)}");

            // The articles: checked and indexed, timed together (what `factcheck index` does per document).
            var clock = Stopwatch.StartNew();
            var stored = new List<StoredDocument>(filling.Count);
            foreach (var document in filling)
            {
                var one = StoredDocument.FromReport(checker.Check(document));
                await store.IndexAsync(one);
                stored.Add(one);
            }

            var checkAndIndexRate = filling.Count / clock.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"checking and indexing the articles: {checkAndIndexRate:F1} documents/s ({stored.Sum(d => d.Claims.Count):N0} claims)"));

            clock.Restart();
            var probeReports = probes.Select(d => checker.Check(d)).ToList();
            var pipelineSecondsPerProbe = clock.Elapsed.TotalSeconds / probes.Count;

            // An earlier edition of each new document, every figure a tenth higher: each lookup reads stored claims and
            // the comparison has conflicts to report, the same ones at every size.
            foreach (var report in probeReports)
            {
                await store.IndexAsync(Edition(StoredDocument.FromReport(report), "earlier", 1.1m));
            }

            Console.WriteLine();
            Console.WriteLine("| claims in store | documents | size on disk (MB) | indexing (documents/s) | lookup per new document, median (ms) | slowest (ms) | cross-document findings, all new documents | checking against the store (documents/s) |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");

            var marks = new List<long>();
            for (long mark = 10_000; mark <= target; mark *= 10)
            {
                marks.Add(mark);
            }

            if (marks.Count == 0 || marks[^1] != target)
            {
                marks.Add(target);
            }

            var variant = 0;
            var claims = (await store.CountAsync()).Claims;
            foreach (var mark in marks)
            {
                var indexed = 0;
                clock.Restart();
                while (claims < mark)
                {
                    variant++;
                    foreach (var document in stored)
                    {
                        await store.IndexAsync(Edition(document, variant.ToString(CultureInfo.InvariantCulture), 1m));
                        claims += document.Claims.Count;
                        indexed++;
                        if (claims >= mark)
                        {
                            break;
                        }
                    }
                }

                var indexRate = indexed == 0 ? double.NaN : indexed / clock.Elapsed.TotalSeconds;
                var counts = await store.CountAsync();
                var (median, slowest, found) = await LookUpAsync(checker, store, probeReports);
                var checkRate = 1 / (pipelineSecondsPerProbe + median / 1000);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {counts.Claims:N0} | {counts.Documents:N0} | {SizeOnDisk(location, isPostgres):F1} | {indexRate:F0} | {median:F2} | {slowest:F2} | {found:N0} | {checkRate:F1} |"));
            }

            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pipeline alone: {1 / pipelineSecondsPerProbe:F1} documents/s for the new documents"));
            return 0;
        }
        finally
        {
            if (store is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else
            {
                (store as IDisposable)?.Dispose();
            }
        }
    }

    /// <summary>The median and slowest time of one document's lookup (best of three passes), and the stored claims found.</summary>
    private static async Task<(double Median, double Slowest, int Found)> LookUpAsync(FactChecker checker, IClaimStore store, IReadOnlyList<FactCheckReport> reports)
    {
        var best = new double[reports.Count];
        Array.Fill(best, double.MaxValue);
        var found = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            found = 0;
            for (var i = 0; i < reports.Count; i++)
            {
                var clock = Stopwatch.StartNew();
                var findings = await checker.CompareWithStoreAsync(reports[i], store);
                best[i] = Math.Min(best[i], clock.Elapsed.TotalMilliseconds);
                found += findings.Count;
            }
        }

        Array.Sort(best);
        return (best[best.Length / 2], best[^1], found);
    }

    /// <summary>
    /// Another edition of a document's claims, its id and hash marked with <paramref name="mark"/>: about the same
    /// entities with every figure scaled by <paramref name="factor"/> (an earlier edition), or, when the factor is 1,
    /// about other entities (the entity and subject key carry the mark).
    /// </summary>
    private static StoredDocument Edition(StoredDocument document, string mark, decimal factor)
    {
        var id = document.Id + "~" + mark;
        var suffix = factor == 1m ? " " + mark : string.Empty;
        var claims = document.Claims.Select(c => new ClaimRecord(
            id,
            c.DocumentPublished,
            c.ClaimId,
            c.Kind,
            c.Span,
            c.Text,
            c.FigureText,
            c.Value * factor,
            c.Unit,
            c.Low * factor,
            c.High * factor,
            c.PreviousValue,
            c.Direction,
            c.Modality,
            c.Measure,
            c.Subject,
            c.SubjectKey + suffix,
            c.Entity.Length == 0 ? c.Entity : c.Entity + suffix,
            c.Entities.Select(e => e + suffix).ToArray(),
            c.Quantity,
            c.Period,
            c.EffectiveFrom,
            c.EffectiveTo,
            c.Attribution,
            c.Comparable)).ToArray();
        return new StoredDocument(id, document.Published, document.ContentHash + "~" + mark, claims);
    }

    private static double SizeOnDisk(string location, bool isPostgres)
    {
        if (isPostgres)
        {
            return double.NaN;
        }

        long bytes = 0;
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            var file = new FileInfo(location + suffix);
            if (file.Exists)
            {
                bytes += file.Length;
            }
        }

        return bytes / 1048576.0;
    }
}
