using System.Globalization;
using System.Text;
using FactCheck.Benchmarks.Baseline;
using FactCheck.Recognition;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>agreement [--verbose]</c>: over every article of the corpus, how many of the naive baseline's
/// percentage, currency and date mentions FactCheck finds with the same span and value, and which it corrects
/// on purpose (see <see cref="MentionAgreement"/>). When the corpus folder has subfolders of <c>.txt</c> files,
/// each subfolder is one source of text and agreement is also reported per source. MEANTIME documents are read with
/// their own creation dates (<c>--corpus ../shared/corpus/meantime</c>). The model calls per article are reported per
/// source; <c>--calls</c> lists the text of each call (what FactCheck's readers leave to the models), and
/// <c>--corrected</c> lists the baseline mentions FactCheck reads differently on purpose, with the reason and its own reading;
/// <c>--factcheck-only</c> the percentages, points, money and dates FactCheck finds where the baseline has none.
/// </summary>
internal static class AgreementCommand
{
    public static int Run(string[] args)
    {
        var verbose = args.Contains("--verbose");
        var factCheckOnly = args.Contains("--factcheck-only");
        var listCalls = args.Contains("--calls");
        var listCorrected = args.Contains("--corrected");
        var corpus = BenchmarkCorpus.LoadWithSources();
        var naive = new NaiveRecognizers();
        var checker = Pipelines.CreateFactChecker();
        var items = new List<(string Source, string Article, AgreementItem Item)>();
        var overlapping = new Dictionary<(string, int, int), string>();
        var onlyFactCheck = new List<(string Source, string Article, string Line)>();
        var calls = new List<(string Source, string Article, string Model, string Input)>();
        var current = (Source: string.Empty, Article: string.Empty);
        RecognizerModels.InputObserver = (model, input) => calls.Add((current.Source, current.Article, model, input));
        foreach (var article in corpus.Articles)
        {
            var source = article.Source;
            var published = article.Published ?? corpus.Published;
            var baseline = naive.Recognize(article.Text, published);
            current = (source, article.Name);
            var report = checker.Check(new Document(article.Text, published, source: article.Name));
            current = (string.Empty, string.Empty);
            foreach (var mention in MentionAgreement.FactCheckOnly(baseline, report.Mentions))
            {
                onlyFactCheck.Add((source, article.Name, Describe(article.Text, mention)));
            }

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

        RecognizerModels.InputObserver = null;
        Calls(corpus, calls, listCalls);
        Console.WriteLine();
        Console.WriteLine($"found by FactCheck only (percentages, points, money and dates that overlap no baseline percentage, currency or date): {onlyFactCheck.Count}");
        foreach (var group in onlyFactCheck.GroupBy(o => o.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {group.Key}: {group.Count()}");
        }

        foreach (var (_, article, line) in factCheckOnly ? onlyFactCheck : [])
        {
            Console.WriteLine($"  {article} {line}");
        }

        var corrected = items.Where(i => i.Item.Outcome == AgreementOutcome.Corrected).ToList();
        foreach (var (_, article, item) in listCorrected ? corrected : corrected.Take(0))
        {
            Console.WriteLine($"  corrected: {article} [{item.Span.Start},{item.Span.End}) {item.Category} '{item.Text}' = {item.Value} ({item.Reason}); FactCheck: {overlapping[(article, item.Span.Start, item.Span.End)]}");
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

    // The model calls per article of each source, and with --calls the text of each call: what FactCheck's own readers
    // left to the models.
    private static void Calls(BenchmarkCorpus corpus, List<(string Source, string Article, string Model, string Input)> calls, bool list)
    {
        Console.WriteLine();
        Console.WriteLine("| source | articles | KB | number-model calls | date-time-model calls | calls per article |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var source in corpus.Articles.GroupBy(a => a.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ofSource = calls.Where(c => c.Source == source.Key).ToList();
            var number = ofSource.Count(c => c.Model == "number");
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {source.Key} | {source.Count()} | {BenchmarkCorpus.Utf8Bytes(source) / 1024.0:F1} | {number} | {ofSource.Count - number} | {(double)ofSource.Count / source.Count():F2} |"));
        }

        foreach (var (_, article, model, input) in list ? calls : [])
        {
            Console.WriteLine($"  {article} {model}: {input.ReplaceLineEndings(" ")}");
        }
    }

    private static string Describe(string text, Mention mention)
    {
        var start = Math.Max(0, mention.Span.Start - 50);
        var end = Math.Min(text.Length, mention.Span.End + 30);
        var dates = mention.Date is { } date ? string.Create(CultureInfo.InvariantCulture, $" {date.Start:yyyy-MM-dd}..{date.End:yyyy-MM-dd}") : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"[{mention.Span.Start},{mention.Span.End}) {mention.Kind} '{mention.Text}' = {mention.Value} {mention.Unit}{dates} | …{text[start..end].ReplaceLineEndings(" ")}…");
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
