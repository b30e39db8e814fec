using System.Globalization;
using System.Text;
using FactCheck.Benchmarks.Baseline;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>agreement [--verbose]</c>: over every article of the corpus, how many of the naive baseline's
/// percentage, currency and date mentions FactCheck finds with the same span and value, and which it corrects
/// on purpose (see <see cref="MentionAgreement"/>). When the corpus folder has subfolders of <c>.txt</c> files,
/// each subfolder is one source of text and agreement is also reported per source. MEANTIME documents are read with
/// their own creation dates (<c>--corpus ../shared/corpus/meantime</c>).
/// </summary>
internal static class AgreementCommand
{
    public static int Run(string[] args)
    {
        var verbose = args.Contains("--verbose");
        var corpus = BenchmarkCorpus.LoadWithSources();
        var naive = new NaiveRecognizers();
        var checker = Pipelines.CreateFactChecker();
        var items = new List<(string Source, string Article, AgreementItem Item)>();
        var overlapping = new Dictionary<(string, int, int), string>();
        foreach (var article in corpus.Articles)
        {
            var source = article.Source;
            var published = article.Published ?? corpus.Published;
            var baseline = naive.Recognize(article.Text, published);
            var report = checker.Check(new Document(article.Text, published, source: article.Name));
            foreach (var item in MentionAgreement.Compare(article.Text, baseline, report.Mentions))
            {
                items.Add((source, article.Name, item));
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
            Console.WriteLine(Row(group.Key, group.Select(g => g.Item).ToList()));
        }

        var sources = items.Select(i => i.Source).Distinct(StringComparer.Ordinal).ToList();
        if (sources.Count > 1)
        {
            Console.WriteLine();
            Console.WriteLine("| source | kind | compared | same span and value | missed | agreement | corrected on purpose | not compared |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
            foreach (var source in sources)
            {
                var ofSource = items.Where(i => i.Source == source).ToList();
                foreach (var group in ofSource.GroupBy(i => i.Item.Category).OrderBy(g => g.Key, StringComparer.Ordinal).Append(ofSource.GroupBy(_ => "all").Single()))
                {
                    Console.WriteLine($"| {source} {Row(group.Key, group.Select(g => g.Item).ToList())}");
                }
            }
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
        foreach (var (_, article, item) in verbose ? misses : misses.Take(0))
        {
            Console.WriteLine($"  {article} [{item.Span.Start},{item.Span.End}) {item.Category} '{item.Text}' = {item.Value}; FactCheck: {overlapping[(article, item.Span.Start, item.Span.End)]}");
        }

        return 0;
    }

    private static string Row(string kind, List<AgreementItem> list)
    {
        var same = list.Count(i => i.Outcome == AgreementOutcome.Same);
        var missed = list.Count(i => i.Outcome == AgreementOutcome.Missed);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {kind} | {same + missed} | {same} | {missed} | {100 * MentionAgreement.Agreement(list):F1}% | {list.Count(i => i.Outcome == AgreementOutcome.Corrected)} | {list.Count(i => i.Outcome == AgreementOutcome.NotCompared)} |");
    }
}
