using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using RecognizersCulture = Microsoft.Recognizers.Text.Culture;

namespace FactCheck.Recognition;

/// <summary>
/// The Microsoft.Recognizers.Text models for one culture, built once and shared by every thread.
/// </summary>
/// <remarks>
/// <para>
/// Building a model compiles thousands of regular expressions (about 0.3 s), and concurrent first use of a
/// recognizer is not safe, so each model is built at most once per culture under a lock, on first use.
/// <see cref="Warm"/> builds the models of a culture ahead of the first document.
/// </para>
/// <para>
/// Only the models the recognition stage needs are built: the number model (for numbers in words such as
/// "forty-two" or "a million") and the date-time model. Percentages, percentage points and money are read by
/// <see cref="FigureReader"/> from the numbers, because the percentage and currency models misread news forms
/// ("25 percentage points" as 25 %, "$4.3bn" as 4.3 dollars, "per cent" as a currency) and cost as much again
/// to build and run.
/// </para>
/// <para>
/// Every regular expression runs with <see cref="RegexTimeout"/> (instead of the library's default of hours), so
/// a pathological sentence cannot stall a document.
/// </para>
/// </remarks>
internal sealed class RecognizerModels
{
    /// <summary>The longest any one regular expression of the models may run on a sentence.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);

    private static readonly ConcurrentDictionary<string, RecognizerModels> ByCulture = new(StringComparer.Ordinal);

    private static long s_numberCalls;
    private static long s_dateTimeCalls;
    private static long s_allocatedBytes;

    private readonly Lazy<IModel> _number;
    private readonly Lazy<DateTimeModel> _dateTime;

    private RecognizerModels(string recognizersCulture)
    {
        RecognizersCultureName = recognizersCulture;
        var timeoutSeconds = (int)RegexTimeout.TotalSeconds;

        // ExecutionAndPublication: one thread builds, the others wait for it (the lock the models need).
        _number = new Lazy<IModel>(
            () => new NumberRecognizer(recognizersCulture, NumberOptions.None, lazyInitialization: false, timeoutSeconds)
                .GetNumberModel(recognizersCulture, fallbackToDefaultCulture: false),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _dateTime = new Lazy<DateTimeModel>(
            () => new DateTimeRecognizer(recognizersCulture, DateTimeOptions.None, lazyInitialization: false, timeoutSeconds)
                .GetDateTimeModel(recognizersCulture, fallbackToDefaultCulture: false),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The Recognizers culture code the models read, such as <c>en-us</c>.</summary>
    public string RecognizersCultureName { get; }

    /// <summary>The number model ("forty-two", "1.5 million", "a third").</summary>
    public IModel Number => _number.Value;

    /// <summary>The date-time model. Always call it with a reference date.</summary>
    public DateTimeModel DateTime => _dateTime.Value;

    /// <summary>How often the number and date-time models have been called in this process, over every culture.</summary>
    /// <remarks>For measuring how much text the recognition stage gives the models; it never affects a reading.</remarks>
    public static (long Number, long DateTime) Calls => (Interlocked.Read(ref s_numberCalls), Interlocked.Read(ref s_dateTimeCalls));

    /// <summary>The managed memory the two models have allocated in their calls in this process, over every culture.</summary>
    /// <remarks>For measuring; it never affects a reading.</remarks>
    public static long AllocatedBytes => Interlocked.Read(ref s_allocatedBytes);

    /// <summary>
    /// Sees the text of every model call ("number" or "date-time", then the text), so the benchmarks can list what
    /// FactCheck's own readers leave to the models; <see langword="null"/> (the default) outside them.
    /// </summary>
    internal static Action<string, string>? InputObserver { get; set; }

    /// <summary>Runs the number model on <paramref name="text"/>.</summary>
    public List<ModelResult> ParseNumber(string text)
    {
        Interlocked.Increment(ref s_numberCalls);
        Diagnostics.ModelCallTally.Number();
        InputObserver?.Invoke("number", text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            return Number.Parse(text);
        }
        finally
        {
            Interlocked.Add(ref s_allocatedBytes, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }

    /// <summary>Runs the date-time model on <paramref name="text"/>, read relative to <paramref name="reference"/>.</summary>
    public List<ModelResult> ParseDateTime(string text, System.DateTime reference)
    {
        Interlocked.Increment(ref s_dateTimeCalls);
        Diagnostics.ModelCallTally.DateTime();
        InputObserver?.Invoke("date-time", text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            return DateTime.Parse(text, reference);
        }
        finally
        {
            Interlocked.Add(ref s_allocatedBytes, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }

    /// <summary>Whether FactCheck can read <paramref name="culture"/>.</summary>
    public static bool IsSupported(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return TryMapCulture(culture, out _);
    }

    /// <summary>Returns the shared models for <paramref name="culture"/>.</summary>
    /// <exception cref="NotSupportedException">FactCheck does not read <paramref name="culture"/> yet.</exception>
    public static RecognizerModels For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (!TryMapCulture(culture, out var code))
        {
            throw new NotSupportedException(string.Create(
                CultureInfo.InvariantCulture,
                $"FactCheck does not read the culture '{culture.Name}' yet; supported: English (en)."));
        }

        return ByCulture.GetOrAdd(code, static c => new RecognizerModels(c));
    }

    /// <summary>Builds the models of this culture now instead of on first use.</summary>
    /// <remarks>
    /// The two models are built one after the other: building them on two threads showed no gain on a busy
    /// two-core machine (400–630 ms against 420–560 ms), and concurrent construction of recognizers is where
    /// the library has been seen to fail.
    /// </remarks>
    public void Warm()
    {
        _ = Number;
        _ = DateTime;
    }

    // Culture → Recognizers culture. The news lexicon (units, hedges, currency words) is English only for now,
    // so only English cultures are accepted; a new culture needs its lexicon and an entry here.
    private static bool TryMapCulture(CultureInfo culture, out string code)
    {
        var language = culture.TwoLetterISOLanguageName;
        if (string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) || culture.Equals(CultureInfo.InvariantCulture))
        {
            code = RecognizersCulture.English;
            return true;
        }

        code = string.Empty;
        return false;
    }
}
