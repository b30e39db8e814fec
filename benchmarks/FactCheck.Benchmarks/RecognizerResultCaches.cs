using System.Reflection;
using Microsoft.Extensions.Caching.Memory;

namespace FactCheck.Benchmarks;

/// <summary>
/// Empties the result caches of Microsoft.Recognizers.Text, so that the next parse of a text costs what the
/// first parse of an unseen text costs.
/// </summary>
/// <remarks>
/// Recognizers 1.8 memoises extractor results in static <c>ResultsCache</c> fields (a <see cref="MemoryCache"/>
/// keyed by the exact input string, plus the reference date for dates). A benchmark that parses the same text
/// again measures those caches, not the recognizers. The library's only switch (<c>NoProtoCache</c>) also turns
/// off the memoisation that a single parse relies on internally, which makes the first parse about four times
/// slower than a user ever sees, so it is no fair baseline. Emptying the caches before each measured invocation
/// gives every model, FactCheck's and the baseline's alike, the state it has in front of text it has never
/// parsed, whatever pieces of the text (whole document or sentences) it passes to the models.
/// </remarks>
internal static class RecognizerResultCaches
{
    private static readonly Lazy<IReadOnlyList<MemoryCache>> Caches = new(Find);

    /// <summary>The number of caches found (the number models and the date extractors).</summary>
    public static int Count => Caches.Value.Count;

    /// <summary>The number of results the caches hold now.</summary>
    public static int Entries => Caches.Value.Sum(c => c.Count);

    public static void Clear()
    {
        foreach (var cache in Caches.Value)
        {
            cache.Compact(1.0);
        }
    }

    private static List<MemoryCache> Find()
    {
        // Load the assemblies that hold the caches, in case no model has been built yet.
        _ = typeof(Microsoft.Recognizers.Text.Number.NumberRecognizer).Assembly;
        _ = typeof(Microsoft.Recognizers.Text.DateTime.DateTimeRecognizer).Assembly;
        _ = typeof(Microsoft.Recognizers.Text.NumberWithUnit.NumberWithUnitRecognizer).Assembly;

        var caches = new List<MemoryCache>();
        var assemblies = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("Microsoft.Recognizers.Text", StringComparison.Ordinal) == true);
        foreach (var assembly in assemblies)
        {
            foreach (var type in assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
            {
                foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.FieldType.IsGenericType || field.FieldType.GetGenericTypeDefinition().Name != "ResultsCache`1")
                    {
                        continue;
                    }

                    var resultsCache = field.GetValue(null);
                    var inner = resultsCache?.GetType().GetField("resultsCache", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(resultsCache);
                    if (inner is MemoryCache memoryCache)
                    {
                        caches.Add(memoryCache);
                    }
                }
            }
        }

        // Fail loudly rather than measure the caches if a new Recognizers version moves them.
        if (caches.Count == 0)
        {
            throw new InvalidOperationException("No Recognizers result cache found: the benchmarks would measure cached results.");
        }

        return caches;
    }
}
