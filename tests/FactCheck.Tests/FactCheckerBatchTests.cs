using System.Globalization;
using FactCheck.Checks;
using FactCheck.Reports;
using Xunit;

namespace FactCheck.Tests;

public sealed class FactCheckerBatchTests
{
    private static readonly DateOnly Published = new(2025, 4, 5);

    private static readonly string[] Texts =
    [
        "Exports from Pakistan to the US now face a 29% duty, up from the earlier 10%.",
        "The company said revenue rose 12 per cent to $4.3bn in the third quarter of 2024.",
        "Between 2013 and 2018 the share fell from 42% to 35%, and it doubled last year.",
        "Tariffs of 25% on steel take full effect on April 9, the White House said on Friday.",
        "Nearly 1.5 million people lost jobs in January 2025, about 3.5pc of the workforce.",
        "No figures here at all, only words about the weather and the markets.",
        "The central bank cut rates by 50 basis points to 4.25%, its first cut since August 2021.",
        "Sales of £1.2m in 2022 compare with €3.5bn for the group, a rise of 19 percentage points.",
    ];

    [Fact]
    public async Task CheckManyAsync_DocumentsFinishingOutOfOrder_ReturnsReportsInInputOrder()
    {
        // The first documents take longest, so with four threads later documents finish first.
        var checker = new FactCheckerBuilder().AddCheck(new SleepingCheck()).Build();
        var documents = Enumerable.Range(0, 12)
            .Select(i => new Document($"Document {i}.", Published, source: $"doc-{i}"))
            .ToList();

        var sources = new List<string>();
        await foreach (var report in checker.CheckManyAsync(documents, maxDegreeOfParallelism: 4, CancellationToken.None))
        {
            sources.Add(report.Document.Source);
        }

        Assert.Equal(documents.Select(d => d.Source), sources);
    }

    [Fact]
    public async Task CheckManyAsync_SeedAndTexts_SameReportsAsCheckingOneByOne()
    {
        var checker = new FactCheckerBuilder().AddCheck(new FigureCountCheck()).Build();
        var seed = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "000_23fa9f6dec8fb977.txt"));
        var documents = Texts.Prepend(seed)
            .Select((text, i) => new Document(text, Published, source: $"doc-{i}"))
            .ToList();

        var sequential = documents.Select(d => Describe(checker.Check(d))).ToList();
        var batched = new List<string>();
        await foreach (var report in checker.CheckManyAsync(documents, maxDegreeOfParallelism: 3, CancellationToken.None))
        {
            batched.Add(Describe(report));
        }

        Assert.Equal(sequential, batched);
        Assert.Contains(batched, d => d.Contains("figure-count", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckManyAsync_AsyncSource_SameReportsAsEnumerableSource()
    {
        var checker = new FactCheckerBuilder().AddCheck(new FigureCountCheck()).Build();
        var documents = Texts.Select((text, i) => new Document(text, Published, source: $"doc-{i}")).ToList();

        var fromEnumerable = new List<string>();
        await foreach (var report in checker.CheckManyAsync(documents, 2, CancellationToken.None))
        {
            fromEnumerable.Add(Describe(report));
        }

        var fromAsync = new List<string>();
        await foreach (var report in checker.CheckManyAsync(ReadSlowlyAsync(documents), 2, CancellationToken.None))
        {
            fromAsync.Add(Describe(report));
        }

        Assert.Equal(Texts.Length, fromAsync.Count);
        Assert.Equal(fromEnumerable, fromAsync);
    }

    [Fact]
    public async Task CheckManyAsync_MaxDegreeOfParallelismTwo_NeverChecksMoreThanTwoAtOnce()
    {
        var check = new ConcurrencyProbeCheck();
        var checker = new FactCheckerBuilder().AddCheck(check).Build();
        var documents = Enumerable.Range(0, 16).Select(i => new Document($"Document {i}.", Published)).ToList();

        var count = 0;
        await foreach (var report in checker.CheckManyAsync(documents, maxDegreeOfParallelism: 2, CancellationToken.None))
        {
            count++;
        }

        Assert.Equal(16, count);
        Assert.InRange(check.MostAtOnce, 1, 2);
    }

    [Fact]
    public async Task CheckManyAsync_SlowConsumer_ReadsOnlyABoundedNumberOfDocumentsAhead()
    {
        var checker = new FactCheckerBuilder().Build();
        var read = 0;
        IEnumerable<Document> Endless()
        {
            for (var i = 0; ; i++)
            {
                Interlocked.Increment(ref read);
                yield return new Document($"Document {i}.", Published);
            }
        }

        var taken = 0;
        await foreach (var report in checker.CheckManyAsync(Endless(), maxDegreeOfParallelism: 2, CancellationToken.None))
        {
            if (++taken == 3)
            {
                break;
            }
        }

        // 32 times the degree of parallelism may be read ahead of the report being returned.
        Assert.InRange(Volatile.Read(ref read), 3, 3 + 64);
    }

    [Fact]
    public async Task CheckManyAsync_SlowConsumerOfLongDocuments_ReadsAheadOnlyUpToTheTextBound()
    {
        var checker = new FactCheckerBuilder().Build();
        var read = 0;

        // 1,000,000 characters each: beyond one document per thread, at most 4,000,000 characters are read ahead.
        var filler = "Flat." + new string(' ', 1_000_000 - 5);
        IEnumerable<Document> Endless()
        {
            for (var i = 0; ; i++)
            {
                Interlocked.Increment(ref read);
                yield return new Document(filler, Published);
            }
        }

        await foreach (var report in checker.CheckManyAsync(Endless(), maxDegreeOfParallelism: 2, CancellationToken.None))
        {
            break;
        }

        // The first report leaves once more than 2 documents and more than 4,000,000 characters are pending: 5 documents.
        Assert.Equal(5, Volatile.Read(ref read));
    }

    [Fact]
    public async Task CheckManyAsync_CancelledWhileChecking_StopsTheWorkAndThrows()
    {
        var check = new BlockingCheck();
        var checker = new FactCheckerBuilder().AddCheck(check).Build();
        var documents = Enumerable.Range(0, 6).Select(i => new Document($"Document {i}.", Published)).ToList();
        using var cancellation = new CancellationTokenSource();

        var enumeration = Task.Run(async () =>
        {
            await foreach (var report in checker.CheckManyAsync(documents, 2, cancellation.Token))
            {
            }
        });
        await check.Started.Task;
        await cancellation.CancelAsync();

        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => enumeration);
        Assert.Equal(cancellation.Token, thrown.CancellationToken);
        Assert.True(check.SawCancellation, "The check in progress was not cancelled; it ran until its own time-out.");
        Assert.Equal(0, check.Running);
    }

    [Fact]
    public async Task CheckManyAsync_ConsumerStopsEarly_CancelsDocumentsStillInProgress()
    {
        var check = new BlockingCheck(releaseFirst: true);
        var checker = new FactCheckerBuilder().AddCheck(check).Build();
        var documents = Enumerable.Range(0, 6).Select(i => new Document($"Document {i}.", Published)).ToList();

        await foreach (var report in checker.CheckManyAsync(documents, 2, CancellationToken.None))
        {
            Assert.Equal(documents[0].Text, report.Document.Text);
            await check.Started.Task;
            break;
        }

        // Disposing the enumeration waited for the work in progress, which saw the cancellation.
        Assert.True(check.SawCancellation, "The documents still in progress were not cancelled.");
        Assert.Equal(0, check.Running);
    }

    [Fact]
    public void CheckManyAsync_ZeroDegreeOfParallelism_ThrowsAtOnce()
    {
        var checker = new FactCheckerBuilder().Build();

        Assert.Throws<ArgumentOutOfRangeException>(() => checker.CheckManyAsync(Array.Empty<Document>(), 0, CancellationToken.None));
        Assert.Throws<ArgumentNullException>(() => checker.CheckManyAsync((IEnumerable<Document>)null!, 1, CancellationToken.None));
    }

    [Fact]
    public async Task CheckManyAsync_NullDocumentInSequence_ThrowsNamingItsPosition()
    {
        var checker = new FactCheckerBuilder().Build();
        var documents = new[] { new Document("One.", Published), null!, new Document("Three.", Published) };

        var thrown = await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var report in checker.CheckManyAsync(documents, 2, CancellationToken.None))
            {
            }
        });
        Assert.Contains("position 1", thrown.Message, StringComparison.Ordinal);
    }

    private static async IAsyncEnumerable<Document> ReadSlowlyAsync(IEnumerable<Document> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }

    private static string Describe(FactCheckReport report)
        => string.Join(
            "\n",
            report.Mentions.Select(m => string.Create(CultureInfo.InvariantCulture, $"M {m.Kind} {m.Span.Start}-{m.Span.End} {m.Value} {m.Unit} {m.Date?.Start} {m.Date?.End}"))
                .Concat(report.Claims.Select(c => string.Create(CultureInfo.InvariantCulture, $"C {c.Id} {c.Kind} {c.Span.Start}-{c.Span.End} {c.Value} {c.Unit}")))
                .Concat(report.Findings.Select(f => $"F {f.RuleId} {f.Severity} {f.Message}"))
                .Prepend(report.Document.Source));

    /// <summary>A finding that depends on the document, so that mixed-up reports show.</summary>
    private sealed class FigureCountCheck : IFactCheckRule
    {
        public string RuleId => "figure-count-check";

        public string Description => "A rule of the tests.";

        public IEnumerable<Finding> Check(CheckContext context)
        {
            var digits = context.Document.Text.Count(char.IsAsciiDigit);
            yield return new Finding("figure-count", Severity.Info, string.Create(CultureInfo.InvariantCulture, $"{digits} digits, {context.Mentions.Count} mentions"));
        }
    }

    /// <summary>Sleeps longer for earlier documents ("Document 0." sleeps longest).</summary>
    private sealed class SleepingCheck : IFactCheckRule
    {
        public string RuleId => "sleeping-check";

        public string Description => "A rule of the tests.";

        public IEnumerable<Finding> Check(CheckContext context)
        {
            var index = int.Parse(context.Document.Text.AsSpan(9, context.Document.Text.Length - 10), CultureInfo.InvariantCulture);
            Thread.Sleep((12 - index) * 15);
            return [];
        }
    }

    private sealed class ConcurrencyProbeCheck : IFactCheckRule
    {
        public string RuleId => "concurrency-probe-check";

        public string Description => "A rule of the tests.";

        private int _running;
        private int _mostAtOnce;

        public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

        public IEnumerable<Finding> Check(CheckContext context)
        {
            var now = Interlocked.Increment(ref _running);
            int seen;
            while (now > (seen = Volatile.Read(ref _mostAtOnce)) && Interlocked.CompareExchange(ref _mostAtOnce, now, seen) != seen)
            {
            }

            Thread.Sleep(20);
            Interlocked.Decrement(ref _running);
            return [];
        }
    }

    /// <summary>Blocks until the document's cancellation token fires (or a long time-out passes).</summary>
    private sealed class BlockingCheck(bool releaseFirst = false) : IFactCheckRule
    {
        public string RuleId => "blocking-check";

        public string Description => "A rule of the tests.";

        private int _running;
        private volatile bool _sawCancellation;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool SawCancellation => _sawCancellation;

        public int Running => Volatile.Read(ref _running);

        public IEnumerable<Finding> Check(CheckContext context)
        {
            if (releaseFirst && context.Document.Text == "Document 0.")
            {
                return [];
            }

            Interlocked.Increment(ref _running);
            try
            {
                Started.TrySetResult();
                if (context.CancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(60)))
                {
                    _sawCancellation = true;
                    context.CancellationToken.ThrowIfCancellationRequested();
                }

                return [];
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }
}
