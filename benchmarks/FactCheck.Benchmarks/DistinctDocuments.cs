using System.Text;

namespace FactCheck.Benchmarks;

/// <summary>
/// Makes as many distinct documents as needed from a corpus: variant 0 of an article is the article itself,
/// variant k &gt; 0 has every run of digits replaced by other digits of the same length (a pseudo-random
/// choice seeded by k), so figures keep their shape ("$4.3bn", "29%", "2005") and their sentences are new text.
/// </summary>
internal static class DistinctDocuments
{
    public static string Variant(string text, int variant)
    {
        if (variant == 0)
        {
            return text;
        }

        var random = new Random(variant);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsAsciiDigit(c))
            {
                builder.Append(c);
                continue;
            }

            var runStart = i;
            for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
                // A leading zero stays a zero ("05"), any other leading digit stays non-zero.
                var leading = i == runStart && text[i] != '0';
                builder.Append((char)('0' + (leading ? random.Next(1, 10) : random.Next(0, 10))));
            }

            i--;
        }

        return builder.ToString();
    }

    /// <summary>The documents <c>0 .. count-1</c>: article <c>j mod N</c>, variant <c>j / N</c>.</summary>
    public static IEnumerable<Document> Stream(BenchmarkCorpus corpus, int count)
    {
        var articles = corpus.Articles;
        for (var j = 0; j < count; j++)
        {
            var article = articles[j % articles.Count];
            var variant = j / articles.Count;
            yield return new Document(Variant(article.Text, variant), corpus.Published, source: $"{article.Name}#{variant}");
        }
    }
}
