using System.Globalization;
using System.Text;
using Xunit;

namespace FactCheck.Tests.Robustness;

/// <summary>One checker, many threads: the results are those of a sequential run, from the very first use on.</summary>
public sealed class ConcurrencyTests
{
    private static readonly DateOnly Published = new(2025, 4, 5);

    [Fact]
    public void Check_EightThreadsOnAThousandDocumentsFromTheFirstUse_MatchesASequentialRun()
    {
        var documents = HostileCorpus.Documents(1_000, seed: 20250405, HostileText.ShortDocument);

        // Sequential reference, on an already used checker.
        var sequential = documents.Select(d => Render(RobustnessCheckers.Full().CheckText(d, Published))).ToArray();

        // A cold copy of the library: its first use (model building under the lazy-initialisation lock) happens on
        // eight threads at once, straight after Build().
        var isolated = new IsolatedFactCheck();
        try
        {
            var checker = isolated.NewBuilder().Build();
            var concurrent = new string[documents.Count];
            using var start = new Barrier(8);
            var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                for (var i = t; i < documents.Count; i += 8)
                {
                    concurrent[i] = Render(checker.CheckText(documents[i], (DateOnly?)Published, CancellationToken.None));
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            // A regular expression that runs out of time on a machine under load is reported as a
            // recognition-timeout finding, not hidden: such a document may rightly differ. On a cold start that
            // is at most the first documents of each thread; every other document must match exactly.
            var timedOut = Enumerable.Range(0, documents.Count)
                .Where(i => concurrent[i].Contains("F recognition-timeout", StringComparison.Ordinal)
                    && !sequential[i].Contains("F recognition-timeout", StringComparison.Ordinal))
                .ToHashSet();
            Assert.True(timedOut.Count <= 16, $"{timedOut.Count} of {documents.Count} documents timed out in the concurrent run.");
            for (var i = 0; i < documents.Count; i++)
            {
                if (timedOut.Contains(i))
                {
                    continue;
                }

                Assert.True(
                    sequential[i] == concurrent[i],
                    $"Document {i} differs between the sequential and the concurrent run.\nsequential:\n{sequential[i]}\nconcurrent:\n{concurrent[i]}");
            }

            // The cold copy really was separate: its own FactCheck and its own Recognizers models.
            Assert.NotSame(typeof(FactChecker).Assembly, isolated.Library);
            Assert.Contains(isolated.Assemblies, a => a.GetName().Name == "Microsoft.Recognizers.Text.Number");
        }
        finally
        {
            isolated.Unload();
        }
    }

    // Everything a user reads from a report, written out; works on reports of either load context.
    private static string Render(dynamic report)
    {
        var text = new StringBuilder();
        foreach (var mention in report.Mentions)
        {
            text.Append(CultureInfo.InvariantCulture, $"M {mention.Kind} [{mention.Span.Start},{mention.Span.End}) {mention.Text}|{mention.Value}|{mention.Unit}|{mention.Low}|{mention.High}|{mention.Qualifier}|{mention.Decimals}");
            if (mention.Date is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"|{mention.Date.Grain}|{mention.Date.Start}|{mention.Date.End}|{mention.Date.Timex}|{mention.Date.UnresolvedReason}");
            }

            text.Append('\n');
        }

        foreach (var claim in report.Claims)
        {
            text.Append(CultureInfo.InvariantCulture, $"C {claim} [{claim.Span.Start},{claim.Span.End}) {claim.Low}|{claim.High}|{claim.Qualifier}|{claim.Direction}|{claim.PreviousValue}|{claim.SubjectKey}|{string.Join(",", claim.MentionIndices)}|{string.Join(",", claim.Related)}\n");
        }

        foreach (var finding in report.Findings)
        {
            text.Append(CultureInfo.InvariantCulture, $"F {finding.RuleId} {finding.Severity} {finding.Message} [{string.Join(",", finding.ClaimIds)}] {finding.Suggestion}\n");
        }

        return text.ToString();
    }
}
