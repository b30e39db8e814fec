using System.Globalization;
using FactCheck.Benchmarks.Baseline;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>agreement [--verbose]</c>: over every article of the corpus, how many of the naive baseline's
/// percentage, currency and date mentions FactCheck finds with the same span and value, and which it corrects
/// on purpose (see <see cref="MentionAgreement"/>).
/// </summary>
internal static class AgreementCommand
{
    public static int Run(string[] args)
    {
        var verbose = args.Contains("--verbose");
        var corpus = BenchmarkCorpus.Load();
        var naive = new NaiveRecognizers();
        var checker = Pipelines.CreateFactChecker();
        var items = new List<(string Article, AgreementItem Item)>();
        var overlapping = new Dictionary<(string, int, int), string>();
        foreach (var article in corpus.Articles)
        {
            var baseline = naive.Recognize(article.Text, corpus.Published);
            var report = checker.Check(new Document(article.Text, corpus.Published, source: article.Name));
            foreach (var item in MentionAgreement.Compare(article.Text, baseline, report.Mentions))
            {
                items.Add((article.Name, item));
                overlapping[(article.Name, item.Span.Start, item.Span.End)] = string.Join(
                    "; ",
                    report.Mentions.Where(m => m.Span.Overlaps(item.Span)).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Kind} '{m.Text}' {m.Value} {m.Unit} {m.Date?.Start:yyyy-MM-dd}..{m.Date?.End:yyyy-MM-dd}")));
            }
        }

        Console.WriteLine($"corpus: {corpus}");
        Console.WriteLine();
        Console.WriteLine("| baseline mentions | compared | same span and value | missed | agreement | corrected on purpose | not compared |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var group in items.GroupBy(i => i.Item.Category).Append(items.GroupBy(_ => "all").Single()))
        {
            var list = group.Select(g => g.Item).ToList();
            var same = list.Count(i => i.Outcome == AgreementOutcome.Same);
            var missed = list.Count(i => i.Outcome == AgreementOutcome.Missed);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {group.Key} | {same + missed} | {same} | {missed} | {100 * MentionAgreement.Agreement(list):F1}% | {list.Count(i => i.Outcome == AgreementOutcome.Corrected)} | {list.Count(i => i.Outcome == AgreementOutcome.NotCompared)} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| corrected on purpose / not compared | count |");
        Console.WriteLine("|---|---:|");
        foreach (var reason in items.Where(i => i.Item.Outcome is AgreementOutcome.Corrected or AgreementOutcome.NotCompared)
                     .GroupBy(i => $"{i.Item.Outcome}: {i.Item.Category}: {i.Item.Reason}").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"| {reason.Key} | {reason.Count()} |");
        }

        var misses = items.Where(i => i.Item.Outcome == AgreementOutcome.Missed).ToList();
        Console.WriteLine();
        Console.WriteLine($"missed: {misses.Count}");
        foreach (var (article, item) in verbose ? misses : misses.Take(0))
        {
            Console.WriteLine($"  {article} [{item.Span.Start},{item.Span.End}) {item.Category} '{item.Text}' = {item.Value}; FactCheck: {overlapping[(article, item.Span.Start, item.Span.End)]}");
        }

        return 0;
    }
}
