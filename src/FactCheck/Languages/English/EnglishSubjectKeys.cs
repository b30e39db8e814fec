using System.Collections.Frozen;

namespace FactCheck.Languages.English;

/// <summary>The English subject-word normaliser: a crude singular, then the synonyms of news ("duty", "levy" and "customs" are "tariff").</summary>
internal sealed class EnglishSubjectKeys : SubjectKeys
{
    /// <summary>Head nouns that mean the same thing in news ("duty", "levy" and "tariff"), by their singular.</summary>
    private static readonly FrozenDictionary<string, string> Synonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["duty"] = "tariff", ["levy"] = "tariff", ["customs"] = "tariff",
        ["earnings"] = "profit", ["earning"] = "profit", ["income"] = "profit",
        ["revenue"] = "revenue", ["sale"] = "revenue", ["turnover"] = "revenue",
        ["joblessness"] = "unemployment", ["jobless"] = "unemployment",
        ["terrorism"] = "terror", ["terrorist"] = "terror",
        ["cpi"] = "inflation",
        ["workforce"] = "staff", ["employee"] = "staff", ["worker"] = "staff", ["job"] = "staff",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words that name no subject of their own: articles, prepositions, pronouns and the adjectives of time and change.</summary>
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "the", "a", "an", "of", "on", "in", "to", "from", "for", "and", "by", "at", "with", "its", "their", "his", "her",
        "new", "earlier", "previous", "increased", "current", "now", "this", "that", "these", "those",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc/>
    public override string Canonical(string lower)
    {
        ArgumentNullException.ThrowIfNull(lower);

        // "Pakistani goods" facing a US tariff are exports from Pakistan to the US: the places already say which way.
        if (lower is "goods" or "shipments")
        {
            return "export";
        }

        var lemma = Singular(lower);
        return Synonyms.TryGetValue(lemma, out var canonical) ? canonical : lemma;
    }

    /// <inheritdoc/>
    public override bool IsStopWord(string lower) => StopWords.Contains(lower);

    /// <summary>A crude singular for nouns: plural endings removed ("attacks" → "attack", "duties" → "duty").</summary>
    public static string Singular(string lower)
    {
        if (lower.Length <= 3 || lower.EndsWith("ss", StringComparison.Ordinal) || lower.EndsWith("us", StringComparison.Ordinal)
            || lower.EndsWith("is", StringComparison.Ordinal) || lower is "data" or "news" or "series" or "species" or "earnings" or "customs" or "goods" or "sales")
        {
            return lower switch
            {
                "sales" => "sale",
                "goods" => "good",
                _ => lower,
            };
        }

        if (lower.EndsWith("ies", StringComparison.Ordinal))
        {
            return string.Concat(lower.AsSpan(0, lower.Length - 3), "y");
        }

        if (lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal)
            || lower.EndsWith("xes", StringComparison.Ordinal) || lower.EndsWith("sses", StringComparison.Ordinal))
        {
            return lower[..^2];
        }

        if (lower.EndsWith('s') && !lower.EndsWith("'s", StringComparison.Ordinal))
        {
            return lower[..^1];
        }

        return lower;
    }
}
