using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Languages;
using FactCheck.Reports;
using FactCheck.Text;
using Microsoft.Recognizers.Text;

namespace FactCheck.Recognition;

/// <summary>The recognition stage: finds the figures and dates in a document's sentences.</summary>
/// <remarks>
/// <para>
/// Each sentence is read on its own (never the whole document: the date-time model slows down sharply on long
/// inputs). One cheap scan of the sentence decides what runs on it: numbers written with digits are read by
/// <see cref="NewsLexicon.DigitNumber"/>; the Recognizers number model runs only on sentences with number
/// words that <see cref="WordNumberReader"/> cannot read itself ("forty-two" and "two" it reads; "a third",
/// "a million" go to the model); the date-time model only on sentences with calendar words, years or digit
/// dates. Most sentences of a news text need neither model.
/// </para>
/// <para>
/// Digits that belong to a date are not reported again as numbers, and a date that overlaps a percentage or an
/// amount of money gives way to it.
/// </para>
/// <para>
/// Problems are reported, never swallowed: a sentence whose reading hits a regular-expression timeout yields a
/// <c>recognition-timeout</c> finding, and a document in a culture FactCheck cannot read yet yields a
/// <c>culture-unsupported</c> finding (the text is then read as English).
/// </para>
/// </remarks>
internal sealed class MentionRecognizer
{
    /// <summary>The rule id of the finding reported when a sentence could not be read in time.</summary>
    public const string TimeoutRuleId = RuleIds.RecognitionTimeout;

    /// <summary>The rule id of the finding reported when the document's culture cannot be read.</summary>
    public const string UnsupportedCultureRuleId = RuleIds.CultureUnsupported;

    /// <summary>Finds the mentions of <paramref name="document"/>, dropping any problem report.</summary>
    public IReadOnlyList<Mention> Recognize(LanguagePack language, Document document, IReadOnlyList<TextSpan> sentences, CancellationToken cancellationToken)
        => Recognize(language, document, sentences, problems: null, cancellationToken);

    /// <summary>Finds the mentions of <paramref name="document"/>, in text order.</summary>
    /// <param name="language">The language pack of the document's culture, which gives the words read.</param>
    /// <param name="document">The document.</param>
    /// <param name="sentences">Its sentences, from <see cref="SentenceSegmenter"/>.</param>
    /// <param name="problems">Receives findings about text that could not be read; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the work between sentences.</param>
    /// <param name="progress">Records each sentence as it is read, so work stopped part-way is still reported; may be <see langword="null"/>.</param>
#pragma warning disable CA1822 // An instance stage, like the other stages of the pipeline.
    public IReadOnlyList<Mention> Recognize(LanguagePack language, Document document, IReadOnlyList<TextSpan> sentences, ICollection<Finding>? problems, CancellationToken cancellationToken, CheckProgress? progress = null)
#pragma warning restore CA1822
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        cancellationToken.ThrowIfCancellationRequested();

        RecognizerModels models;
        var culture = document.Culture ?? Document.DefaultCulture;
        if (RecognizerModels.IsSupported(culture))
        {
            models = RecognizerModels.For(culture);
        }
        else
        {
            problems?.Add(new Finding(
                UnsupportedCultureRuleId,
                Severity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"FactCheck cannot read the culture '{culture.Name}' yet; the text was read as English.")));
            models = RecognizerModels.For(Document.DefaultCulture);
        }

        var text = document.Text;
        var currencies = new DocumentCurrencies(text, language.News);
        var mentions = new List<Mention>();
        progress?.ReadInto(mentions);
        var percentagesBefore = false;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.StartSentence(sentence);
            try
            {
                var found = RecognizeSentence(language, models, document, sentence, percentagesBefore, currencies, problems);
                percentagesBefore = found.Exists(m => m.Kind is MentionKind.Percentage or MentionKind.PercentagePoints);
                mentions.AddRange(found);
                progress?.EndSentence();
            }
            catch (RegexMatchTimeoutException ex)
            {
                ReportTimeout(problems, sentence, ex.MatchTimeout);
                percentagesBefore = false;
                progress?.EndSentence();
            }
#pragma warning disable CA1031 // A sentence FactCheck fails on is reported and skipped; the rest of the text is still read.
            catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
#pragma warning restore CA1031
            {
                problems?.Add(new Finding(
                    CheckProgress.InternalErrorRuleId,
                    Severity.Error,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"FactCheck failed on the sentence at {sentence.Start}–{sentence.End} ({ex.GetType().Name}: {ex.Message}); figures or dates in it are missing."),
                    spans: [sentence]));
                percentagesBefore = false;
                progress?.EndSentence();
            }
        }

        FigureContextReader.Annotate(language, text, mentions);
        return mentions;
    }

    private static List<Mention> RecognizeSentence(
        LanguagePack language,
        RecognizerModels models,
        Document document,
        TextSpan sentence,
        bool percentagesBefore,
        DocumentCurrencies currencies,
        ICollection<Finding>? problems)
    {
        var text = document.Text;
        var hasDigit = text.AsSpan(sentence.Start, sentence.Length).IndexOfAnyInRange('0', '9') >= 0;
        var cues = ScanCues(language, text, sentence);
        var changeVerbs = language.News.MayHoldChangeVerb(text.AsSpan(sentence.Start, sentence.Length))
            ? language.News.ChangeVerb().Match(text, sentence.Start, sentence.Length)
            : Match.Empty;
        if (!hasDigit && cues.DateCues.Count == 0 && !cues.NumberWords && !changeVerbs.Success && !PointFractionReader.MayHold(language, text, sentence))
        {
            return [];
        }

        var excluded = new List<TextSpan>();
        var dates = new List<Mention>();
        if (cues.DateCues.Count > 0 || cues.YearCues.Count > 0)
        {
            ReadDates(language, models, document, sentence, cues, dates, excluded, problems);
        }

        var tokens = new List<NumberToken>();
        if (hasDigit)
        {
            ReadDigitNumbers(language, text, sentence, tokens);
        }

        if (cues.NumberWords)
        {
            // Overlong number-word runs are blanked out first (same length, so offsets hold); see NumberWordRuns.
            var masked = NumberWordRuns.Mask(text, sentence, cues.NumberWordCues, problems);
            foreach (var chunk in Chunks(text, sentence))
            {
                var unmasked = masked is null || masked.AsSpan(chunk.Start - sentence.Start, chunk.Length).SequenceEqual(text.AsSpan(chunk.Start, chunk.Length));
                if (unmasked && WordNumberReader.TryRead(language, text, chunk, tokens))
                {
                    continue; // Plain number words ("two", "three million") need no model.
                }

                var chunkText = masked is null ? text.Substring(chunk.Start, chunk.Length) : masked.Substring(chunk.Start - sentence.Start, chunk.Length);
                var results = Run(problems, sentence, () => models.ParseNumber(chunkText));
                ReadWordNumbers(language, text, chunk, results, tokens);
            }
        }

        tokens.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (dates.Count > 0)
        {
            dates.RemoveAll(d => tokens.Exists(t => t.Start < d.Span.Start && d.Span.End <= t.End && text.AsSpan(t.Start, t.End - t.Start).Contains('/')));
        }
        var figures = FigureReader.Read(language, text, sentence, tokens, percentagesBefore, currencies);

        var mentions = new List<Mention>(figures.Count + dates.Count);
        foreach (var figure in figures)
        {
            var mention = figure.ToMention(text);
            var numberOnly = mention.Kind == MentionKind.Number || (figure.UnitInherited && figure.RangeHigh is null);
            var core = new TextSpan(figure.Start, figure.End);
            if (numberOnly && (AnyOverlaps(dates, core) || excluded.Exists(e => e.Overlaps(core))))
            {
                continue; // The digits of a date or a clock time.
            }

            mentions.Add(mention);
        }

        foreach (var date in dates)
        {
            if (!mentions.Exists(m => m.Kind != MentionKind.Number && m.Span.Overlaps(date.Span)))
            {
                mentions.Add(date);
            }
        }

        for (var match = changeVerbs; match.Success; match = match.NextMatch())
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            if (!mentions.Exists(m => m.Span.Overlaps(span)))
            {
                var ratio = RatioOf(match.Value);
                mentions.Add(new Mention(MentionKind.Multiplier, span, match.Value, ratio, "x", ratio, ratio));
            }
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        if (dates.Count > 0)
        {
            DateContextReader.Annotate(language, text, [sentence], mentions);
        }

        return mentions;
    }

    // One pass over the sentence finds its calendar cues and number words.
    private static SentenceCues ScanCues(LanguagePack language, string text, TextSpan sentence)
    {
        List<TextSpan>? words = null;
        List<TextSpan>? years = null;
        List<TextSpan>? dates = null;
        var news = language.News;
        var found = new List<(int Start, int Length, int Expression)>();
        var expressions = news.CueScan();
        OrderedAlternation.Matches(text.AsSpan(sentence.Start, sentence.Length), expressions, news.CueScanWords(), found);
        foreach (var (start, length, expression) in found)
        {
            var cue = new TextSpan(sentence.Start + start, sentence.Start + start + length);
            var list = expression == 0 ? years ??= []
                : expression == expressions.Length - 1 ? words ??= []
                : dates ??= [];
            list.Add(cue);
        }

        return new SentenceCues(dates ?? [], years ?? [], words ?? []);
    }

    // The date-time model costs about as much per call as everything else together and grows with its input.
    // So the common forms ("April 9", "January 2025", "on Friday", "last year"), the longer expressions
    // ("between October and December", "the first half of 2004", "the past two years", "the year to March") and
    // plain years ("A 2022 report") are read without it, and the model reads only windows of a few words around
    // the cues left over ("16 or 17 March", "the autumn of 2003", "the following December"). Where a window reaches a
    // longer expression read here, that reading is kept.
    private static void ReadDates(
        LanguagePack language,
        RecognizerModels models,
        Document document,
        TextSpan sentence,
        SentenceCues cues,
        List<Mention> dates,
        List<TextSpan> excluded,
        ICollection<Finding>? problems)
    {
        var text = document.Text;
        var future = FutureScope.Read(language, text, sentence);
        var phrases = new List<Mention>();
        var read = new List<TextSpan>();
        var common = new List<Mention>();
        DatePhraseReader.Read(language, text, sentence, document.Published, future, phrases, read);
        DigitDateReader.Read(text, sentence, document.Culture ?? Document.DefaultCulture, phrases);
        FiscalYearReader.Read(text, sentence, phrases);
        if (cues.DateCues.Count > 0)
        {
            CommonDateReader.Read(language, text, sentence, document.Published, future, common, read);
            for (var i = common.Count - 1; i >= 0; i--)
            {
                if (AnyOverlaps(phrases, common[i].Span))
                {
                    common.RemoveAt(i);
                }
            }
        }

        // The dates read here: the common ones, then the longer expressions.
        var known = new List<Mention>(common.Count + phrases.Count);
        known.AddRange(common);
        known.AddRange(phrases);
        var windows = new List<TextSpan>();
        foreach (var cue in cues.DateCues)
        {
            if (!AnyContains(known, cue) && !AnyContains(read, cue))
            {
                AddWindow(windows, text, sentence, cue);
            }
        }

        // Each year's own span, or null when it is part of a longer date the model reads; used twice below.
        var plainYears = new TextSpan?[cues.YearCues.Count];
        for (var k = 0; k < cues.YearCues.Count; k++)
        {
            var year = cues.YearCues[k];
            plainYears[k] = PlainYearSpan(language, text, sentence, year);
            if (!AnyOverlaps(known, year) && plainYears[k] is null)
            {
                AddWindow(windows, text, sentence, year);
            }
        }

        // A window never cuts a date in two: one that reaches into a date read here takes all of it.
        for (var i = 0; i < windows.Count; i++)
        {
            var window = windows[i];
            foreach (var date in known)
            {
                if (date.Span.Overlaps(window) && !window.Contains(date.Span))
                {
                    window = new TextSpan(Math.Min(window.Start, date.Span.Start), Math.Max(window.End, date.Span.End));
                }
            }

            windows[i] = window;
        }

        if (windows.Count > 0)
        {
            var reference = document.Published is { } published
                ? published.ToDateTime(TimeOnly.MinValue)
                : DateReader.UnknownReference;
            foreach (var window in windows)
            {
                var windowText = window.Slice(text);
                var results = Run(problems, sentence, () => models.ParseDateTime(windowText, reference));
                DateReader.Read(language, text, window, results, document.Published, future, dates, excluded);
            }
        }

        // The model read what lies in its windows, apart from the longer expressions read here; the rest is read here.
        if (phrases.Count > 0)
        {
            for (var i = dates.Count - 1; i >= 0; i--)
            {
                if (AnyOverlaps(phrases, dates[i].Span))
                {
                    dates.RemoveAt(i);
                }
            }

            dates.AddRange(phrases);
        }

        foreach (var date in common)
        {
            if (!AnyOverlaps(windows, date.Span))
            {
                dates.Add(date);
            }
        }

        for (var k = 0; k < cues.YearCues.Count; k++)
        {
            var year = cues.YearCues[k];
            var span = plainYears[k] ?? year;
            if (!AnyOverlaps(windows, span) && !AnyOverlaps(dates, span))
            {
                dates.Add(DateReader.Year(text, span, year));
            }
        }

        dates.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (var i = dates.Count - 1; i > 0; i--)
        {
            if (dates[i].Span.Overlaps(dates[i - 1].Span))
            {
                dates.RemoveAt(dates[i].Span.Length > dates[i - 1].Span.Length ? i - 1 : i);
            }
        }
    }

    // The span of a year that needs no model: the year itself ("A 2022 report"), or with the bound in front of
    // it ("since 2019", "by 2030"); null when it is part of a longer date ("from 2013 to 2018", "the end of 2024") or
    // may be a decade ("the 1990's").
    // "1990's", and "1990 s" as tokenised text writes "1990s": a decade, which the model reads.
    private static bool DecadeEnding(ReadOnlySpan<char> after)
        => after.Length > 1 && after[0] is '\'' or '’' or ' ' && after[1] == 's' && (after.Length == 2 || !char.IsLetterOrDigit(after[2]));

    private static TextSpan? PlainYearSpan(LanguagePack language, string text, TextSpan sentence, TextSpan year)
    {
        var afterEnd = Math.Min(sentence.End, year.End + 20); // " and September" whole.
        var after = text.AsSpan(year.End, afterEnd - year.End);
        if (language.News.YearContextAfter().IsMatch(after) || (text[year.End - 1] == '0' && DecadeEnding(after)))
        {
            return null;
        }

        var beforeStart = Math.Max(sentence.Start, year.Start - 12);
        var bound = language.News.YearBoundBefore().Match(text, beforeStart, year.Start - beforeStart);
        if (bound.Success)
        {
            return new TextSpan(bound.Index, year.End);
        }

        return language.News.YearContextBefore().IsMatch(text.AsSpan(beforeStart, year.Start - beforeStart)) ? null : year;
    }

    /// <summary>How far around a calendar cue the date-time model reads, in characters (widened to whole words).</summary>
    private const int WindowReach = 40;

    private static void AddWindow(List<TextSpan> windows, string text, TextSpan sentence, TextSpan cue)
    {
        var start = Math.Max(sentence.Start, cue.Start - WindowReach);
        while (start > sentence.Start && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = Math.Min(sentence.End, cue.End + WindowReach);
        while (end < sentence.End && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        // Windows are kept sorted and merged where they touch, up to MaxModelInput characters; beyond that
        // the next window starts where the previous one ends (a run-on "sentence" of dates stays cheap).
        windows.Add(new TextSpan(start, end));
        windows.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = windows.Count - 1; i > 0; i--)
        {
            var previous = windows[i - 1];
            var current = windows[i];
            if (previous.End < current.Start)
            {
                continue;
            }

            var merged = new TextSpan(previous.Start, Math.Max(previous.End, current.End));
            if (merged.Length <= MaxModelInput)
            {
                windows[i - 1] = merged;
                windows.RemoveAt(i);
            }
            else if (current.End > previous.End)
            {
                windows[i] = new TextSpan(previous.End, current.End);
            }
            else
            {
                windows.RemoveAt(i);
            }
        }
    }

    /// <summary>The longest text given to a Recognizers model in one call; their cost grows faster than the input.</summary>
    private const int MaxModelInput = 600;

    // A sentence in pieces of at most MaxModelInput characters, cut at white space.
    private static IEnumerable<TextSpan> Chunks(string text, TextSpan sentence)
    {
        var start = sentence.Start;
        while (sentence.End - start > MaxModelInput)
        {
            var cut = start + MaxModelInput;
            while (cut > start + (MaxModelInput / 2) && !char.IsWhiteSpace(text[cut]))
            {
                cut--;
            }

            yield return new TextSpan(start, cut);
            start = cut;
        }

        yield return new TextSpan(start, sentence.End);
    }

    private readonly record struct SentenceCues(List<TextSpan> DateCues, List<TextSpan> YearCues, List<TextSpan> NumberWordCues)
    {
        public bool NumberWords => NumberWordCues.Count > 0;
    }

    private static void ReadDigitNumbers(LanguagePack language, string text, TextSpan sentence, List<NumberToken> tokens)
    {
        for (var match = language.News.DigitNumber().Match(text, sentence.Start, sentence.Length); match.Success; match = match.NextMatch())
        {
            if (match.Groups["unsure"].Success)
            {
                continue; // "300 mil": a million, a thousand or a thousandth of an inch; not read.
            }

            var integer = match.Groups["int"].Success ? DigitsOnly(match.Groups["int"].ValueSpan) : "0"; // ".005"; "3,40,000", "2 345 678"
            var fraction = match.Groups["frac"];
            var decimals = fraction.Success ? fraction.Length : 0;
            if (integer.Length > 24 || decimals > 20)
            {
                continue; // Beyond what a decimal holds exactly; not a figure anyone reads.
            }

            var next = match.Index + match.Length;
            if (next < sentence.End && char.IsLetter(text[next]) && !AttachedUnit(language, text, next, sentence))
            {
                continue; // "5pm", "3rd", "1990s", "4G": not a figure.
            }

            var number = decimal.Parse(fraction.Success ? integer + "." + fraction.Value : integer, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var scale = match.Groups["scale"].Success ? language.News.ScaleOf(match.Groups["scale"].Value) : 1m;
            var step = Pow10(-decimals) * scale;
            var value = number * scale;
            if (match.Groups["half"].Success)
            {
                // "4 million and a half": half of the scale more, shown to the half.
                value += scale / 2;
                step = scale / 2;
            }

            if (match.Groups["num"].Success)
            {
                // "45-3/8": a share price in eighths, 45.375, shown to the eighth.
                var numerator = int.Parse(match.Groups["num"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
                var denominator = int.Parse(match.Groups["den"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
                if (numerator >= denominator)
                {
                    continue;
                }

                value += scale * numerator / denominator;
                step = scale / denominator;
                decimals = denominator switch { 2 => 1, 4 => 2, 8 => 3, 16 => 4, 32 => 5, _ => 6 };
            }

            tokens.Add(new NumberToken(match.Index, match.Index + match.Length, value, step, decimals, scale, InWords: false));
        }
    }

    private static string DigitsOnly(ReadOnlySpan<char> grouped)
    {
        var digits = new System.Text.StringBuilder(grouped.Length);
        foreach (var c in grouped)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        return digits.ToString();
    }

    private static bool AttachedUnit(LanguagePack language, string text, int start, TextSpan sentence)
    {
        foreach (var unit in language.News.UnitAfter().EnumerateMatches(text.AsSpan(start, sentence.End - start)))
        {
            return unit.Length > 0;
        }

        return false;
    }

    private static void ReadWordNumbers(LanguagePack language, string text, TextSpan sentence, List<ModelResult> results, List<NumberToken> tokens)
    {
        foreach (var result in results)
        {
            var start = sentence.Start + result.Start;
            var end = sentence.Start + result.End + 1;
            if (result.Start < 0 || end > sentence.End || end <= start)
            {
                continue;
            }

            var surface = text.AsSpan(start, end - start);
            if (surface.IndexOfAnyInRange('0', '9') >= 0 || tokens.Exists(t => t.Start < end && start < t.End))
            {
                continue; // Numbers with digits are read by DigitNumber, which keeps "bn", "pc" and "Rs".
            }

            var subtype = result.Resolution?.TryGetValue("subtype", out var s) == true ? s as string : null;
            if (subtype is "ordinal" or "power" || surface.Equals("half", StringComparison.OrdinalIgnoreCase) || surface.Equals("a half", StringComparison.OrdinalIgnoreCase))
            {
                continue; // "third quarter", "first half": ordinals and halves belong to dates and phrases.
            }

            if (result.Resolution?.TryGetValue("value", out var raw) != true
                || !decimal.TryParse(raw as string, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var fraction = subtype == "fraction";
            var scale = fraction ? 1m : ScaleOfWords(language, surface);
            tokens.Add(new NumberToken(start, end, value, fraction ? 0m : scale, 0, scale, InWords: true));
        }
    }

    private static decimal ScaleOfWords(LanguagePack language, ReadOnlySpan<char> words)
    {
        var lastSpace = words.LastIndexOfAny(' ', '-');
        var last = lastSpace < 0 ? words : words[(lastSpace + 1)..];
        var scale = language.News.ScaleOf(last.ToString());
        return last.Equals("hundred", StringComparison.OrdinalIgnoreCase) ? 100m : scale;
    }

    private static decimal RatioOf(string word)
    {
        var lower = word.ToUpperInvariant();
        return lower switch
        {
            _ when lower.StartsWith("DOUBL", StringComparison.Ordinal) || lower is "TWOFOLD" or "TWICE" => 2m,
            _ when lower.StartsWith("TRIPL", StringComparison.Ordinal) || lower.StartsWith("TREBL", StringComparison.Ordinal) || lower == "THREEFOLD" => 3m,
            _ when lower.StartsWith("QUADRUPL", StringComparison.Ordinal) || lower == "FOURFOLD" => 4m,
            "FIVEFOLD" => 5m,
            "TENFOLD" => 10m,
            _ => 0.5m,
        };
    }

    // Loops rather than List.Exists with a lambda: these run for every date cue of every sentence, and a lambda that
    // captures the span allocates each time.
    private static bool AnyOverlaps(List<Mention> mentions, TextSpan span)
    {
        foreach (var mention in mentions)
        {
            if (mention.Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyOverlaps(List<TextSpan> spans, TextSpan span)
    {
        foreach (var other in spans)
        {
            if (other.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyContains(List<Mention> mentions, TextSpan span)
    {
        foreach (var mention in mentions)
        {
            if (mention.Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyContains(List<TextSpan> spans, TextSpan span)
    {
        foreach (var other in spans)
        {
            if (other.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < -exponent; i++)
        {
            result /= 10;
        }

        return result;
    }

    private static List<ModelResult> Run(ICollection<Finding>? problems, TextSpan sentence, Func<List<ModelResult>> parse)
    {
        // The Recognizers models catch their own exceptions and return nothing, so a timeout inside them is
        // noticed by the watch; one that escapes is caught here. Either way it is reported.
        try
        {
            var (results, timeout) = RegexTimeoutWatch.Watch(parse);
            if (timeout is not null)
            {
                ReportTimeout(problems, sentence, timeout.MatchTimeout);
            }

            return results;
        }
        catch (RegexMatchTimeoutException ex)
        {
            ReportTimeout(problems, sentence, ex.MatchTimeout);
            return [];
        }
    }

    private static void ReportTimeout(ICollection<Finding>? problems, TextSpan sentence, TimeSpan timeout)
    {
        problems?.Add(new Finding(
            TimeoutRuleId,
            Severity.Warning,
            string.Create(
                CultureInfo.InvariantCulture,
                $"Reading the sentence at {sentence.Start}–{sentence.End} hit the {timeout.TotalSeconds:0.###} s limit of a regular expression; figures or dates in it may be missing."),
            spans: [sentence]));
    }
}
