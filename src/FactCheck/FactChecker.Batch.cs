using System.Runtime.CompilerServices;
using FactCheck.Reports;

namespace FactCheck;

public sealed partial class FactChecker
{
    /// <summary>
    /// Checks a sequence of documents on several threads at once and returns their reports in the order of the input.
    /// </summary>
    /// <param name="documents">The documents to check. It is enumerated once, on the caller's thread, as reports are asked for.</param>
    /// <param name="maxDegreeOfParallelism">
    /// The most documents checked at the same time (at least 1). Use <see cref="Environment.ProcessorCount"/> for a
    /// machine otherwise idle. At most 32 times this many documents are read ahead of the report last returned, and
    /// fewer when they are long: beyond one per thread, another is read only while those waiting hold at most
    /// 4,000,000 characters in all.
    /// </param>
    /// <param name="cancellationToken">
    /// Cancels the work (pass <see cref="CancellationToken.None"/> for none): documents in progress stop at their next
    /// stage and the enumeration throws.
    /// </param>
    /// <returns>One report per document, in input order, each as soon as it and every document before it is done.</returns>
    /// <remarks>
    /// Each document is checked exactly as <see cref="Check(Document, CancellationToken)"/> would check it. When the
    /// caller stops enumerating early, the documents still in progress are cancelled. An exception thrown while
    /// checking a document (other than by a check, which becomes a finding) is thrown at that document's position.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public IAsyncEnumerable<FactCheckReport> CheckManyAsync(
        IEnumerable<Document> documents,
        int maxDegreeOfParallelism,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        return CheckManyCoreAsync(ToAsync(documents), maxDegreeOfParallelism, cancellationToken);
    }

    /// <summary>
    /// Checks a stream of documents on several threads at once and returns their reports in the order of the input.
    /// </summary>
    /// <param name="documents">The documents to check, read as reports are asked for.</param>
    /// <param name="maxDegreeOfParallelism">
    /// The most documents checked at the same time (at least 1). At most 32 times this many documents are read ahead
    /// of the report last returned, and fewer when they are long: beyond one per thread, another is read only while
    /// those waiting hold at most 4,000,000 characters in all.
    /// </param>
    /// <param name="cancellationToken">
    /// Cancels the work (pass <see cref="CancellationToken.None"/> for none): documents in progress stop at their next
    /// stage and the enumeration throws. A token given through <see cref="TaskAsyncEnumerableExtensions.WithCancellation{T}(IAsyncEnumerable{T}, CancellationToken)"/>
    /// is honoured too.
    /// </param>
    /// <returns>One report per document, in input order, each as soon as it and every document before it is done.</returns>
    /// <remarks>
    /// Each document is checked exactly as <see cref="Check(Document, CancellationToken)"/> would check it. When the
    /// caller stops enumerating early, the documents still in progress are cancelled. An exception thrown while
    /// checking a document (other than by a check, which becomes a finding) is thrown at that document's position.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public IAsyncEnumerable<FactCheckReport> CheckManyAsync(
        IAsyncEnumerable<Document> documents,
        int maxDegreeOfParallelism,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        return CheckManyCoreAsync(documents, maxDegreeOfParallelism, cancellationToken);
    }

#pragma warning disable CS1998 // The adapter is synchronous; the signature is what the pipeline consumes.
    private static async IAsyncEnumerable<Document> ToAsync(IEnumerable<Document> documents)
#pragma warning restore CS1998
    {
        foreach (var document in documents)
        {
            yield return document;
        }
    }

    private async IAsyncEnumerable<FactCheckReport> CheckManyCoreAsync(
        IAsyncEnumerable<Document> documents,
        int maxDegreeOfParallelism,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Reports leave in input order, so a slow document holds back the ones after it; reading more documents
        // ahead than there are threads keeps every thread busy meanwhile (most news articles take about a
        // millisecond, a few many more), and the bounds on documents and on text keep memory flat.
        var readAhead = checked(maxDegreeOfParallelism * ReadAheadPerThread);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(maxDegreeOfParallelism, maxDegreeOfParallelism);
        var pending = new Queue<(Task<FactCheckReport> Task, int Length)>();
        long pendingCharacters = 0;
        try
        {
            var position = 0;
            await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (document is null)
                {
                    throw new ArgumentException(
                        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The document at position {position} is null."),
                        nameof(documents));
                }

                position++;
                pending.Enqueue((CheckInSlotAsync(document, slots, stop.Token), document.Text.Length));
                pendingCharacters += document.Text.Length;
                while (pending.Count >= readAhead || (pending.Count > maxDegreeOfParallelism && pendingCharacters > ReadAheadCharacters))
                {
                    var (next, length) = pending.Dequeue();
                    pendingCharacters -= length;
                    yield return await ReportOfAsync(next, cancellationToken).ConfigureAwait(false);
                }
            }

            while (pending.Count > 0)
            {
                yield return await ReportOfAsync(pending.Dequeue().Task, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // Stopped early (break, exception or cancellation): stop the work still running and wait for it, so
            // that nothing keeps using the caller's documents after the enumeration is disposed.
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var (task, _) in pending)
            {
                try
                {
                    await task.ConfigureAwait(false);
                }
#pragma warning disable CA1031 // Their outcome is no longer wanted; the first failure was already thrown.
                catch (Exception)
#pragma warning restore CA1031
                {
                }
            }
        }
    }

    // How many documents per thread, and how many characters of text in all, may be read ahead of the report last
    // returned.
    private const int ReadAheadPerThread = 32;
    private const long ReadAheadCharacters = 4_000_000;

    private static async Task<FactCheckReport> ReportOfAsync(Task<FactCheckReport> task, CancellationToken cancellationToken)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The work runs under a linked token; report the caller's own token when it is the cause.
            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }
    }

    private Task<FactCheckReport> CheckInSlotAsync(Document document, SemaphoreSlim slots, CancellationToken cancellationToken)
        => Task.Run(
            async () =>
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return Check(document, cancellationToken);
                }
                finally
                {
                    slots.Release();
                }
            },
            cancellationToken);
}
