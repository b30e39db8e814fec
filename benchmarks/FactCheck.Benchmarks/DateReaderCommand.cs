using System.Diagnostics;
using System.Globalization;
using FactCheck.Recognition;
using FactCheck.Text;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace FactCheck.Benchmarks;

/// <summary>
/// <c>date-reader</c>: over every sentence of the corpus, compares what <see cref="CommonDateReader"/> answers
/// with what the Recognizers date-time model finds, and reports how many sentences still need the model.
/// </summary>
internal static class DateReaderCommand
{
    public static int Run(string[] args)
    {
        var verbose = args.Contains("--verbose");
        var showAt = Array.IndexOf(args, "--show");
        var show = showAt >= 0 && showAt + 1 < args.Length ? args[showAt + 1] : null;
        var corpus = BenchmarkCorpus.Load();
        var model = new DateTimeRecognizer(Culture.English).GetDateTimeModel();
        var reference = corpus.Published.ToDateTime(TimeOnly.MinValue);
        int sentences = 0, answered = 0, withDates = 0, mismatches = 0, modelFindsInAnswered = 0;
        var declinedBy = new Dictionary<string, int>(StringComparer.Ordinal);
        var read = new List<ModelResult>();
        var modelTime = TimeSpan.Zero;
        var readerTime = TimeSpan.Zero;
        foreach (var article in corpus.Articles)
        {
            foreach (var span in SentenceSegmenter.Split(article.Text))
            {
                var sentence = span.Slice(article.Text);
                sentences++;
                RecognizerResultCaches.Clear();
                var clock = Stopwatch.StartNew();
                var expected = model.Parse(sentence, reference);
                modelTime += clock.Elapsed;
                read.Clear();
                clock.Restart();
                var ok = CommonDateReader.TryRead(sentence, reference, read);
                readerTime += clock.Elapsed;
                if (!ok)
                {
                    var key = string.Join(" | ", expected.Select(e => e.Text));
                    declinedBy[key] = declinedBy.GetValueOrDefault(key) + 1;
                    if (show is not null && key == show)
                    {
                        Console.WriteLine("DECLINED: " + sentence);
                    }

                    continue;
                }

                answered++;
                withDates += read.Count > 0 ? 1 : 0;
                modelFindsInAnswered += expected.Count;
                var want = string.Join("\n", expected.Where(Kept).Select(Describe));
                var got = string.Join("\n", read.Where(Kept).Select(Describe));
                if (want != got)
                {
                    mismatches++;
                    Console.WriteLine($"MISMATCH in {article.Name}: {sentence}\n  model:  {want.Replace("\n", "\n          ", StringComparison.Ordinal)}\n  reader: {got.Replace("\n", "\n          ", StringComparison.Ordinal)}");
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {corpus}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sentences} sentences; answered without the model: {answered} ({100.0 * answered / sentences:F1}%), {withDates} of them with dates ({modelFindsInAnswered} model results); mismatches: {mismatches}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model on every sentence: {modelTime.TotalMilliseconds:F0} ms; reader on every sentence: {readerTime.TotalMilliseconds:F1} ms"));
        if (verbose)
        {
            foreach (var (key, count) in declinedBy.OrderByDescending(p => p.Value).Take(60))
            {
                Console.WriteLine($"  declined x{count}: model found [{key}]");
            }
        }

        return mismatches == 0 ? 0 : 1;
    }

    /// <summary>
    /// What the recognition stage keeps of a model result: calendar dates (not durations, sets, seasons without
    /// a year, "now"/"recently", or the verbs "may" and "march") and clock times (whose digits it sets aside).
    /// </summary>
    public static bool Kept(ModelResult result)
    {
        var type = result.TypeName.Replace("datetimeV2.", string.Empty, StringComparison.Ordinal);
        if (type is "time" or "timerange")
        {
            return true;
        }

        if (type is not ("date" or "daterange" or "datetime" or "datetimerange") || result.Text is "may" or "march")
        {
            return false;
        }

        var values = result.Resolution.TryGetValue("values", out var v) && v is IEnumerable<Dictionary<string, string>> list ? list.ToList() : [];
        return values.Exists(d =>
            !(d.TryGetValue("timex", out var timex) && timex.Contains("REF", StringComparison.Ordinal))
            && (IsDay(d, "value") || IsDay(d, "start") || IsDay(d, "end") || (d.TryGetValue("timex", out var t) && t.Length >= 4 && char.IsAsciiDigit(t[0]))));

        static bool IsDay(Dictionary<string, string> d, string key)
            => d.TryGetValue(key, out var value) && value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    public static string Describe(ModelResult result)
    {
        var values = result.Resolution.TryGetValue("values", out var v) && v is IEnumerable<Dictionary<string, string>> list
            ? string.Join(" | ", list.Select(d => string.Join(",", d.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + p.Value))))
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{result.TypeName} [{result.Start},{result.End}] '{result.Text}' {values}");
    }
}
