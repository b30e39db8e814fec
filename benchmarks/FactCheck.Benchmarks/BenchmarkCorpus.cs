using System.Globalization;
using System.Text;

namespace FactCheck.Benchmarks;

/// <summary>
/// The texts the benchmarks read: every <c>*.txt</c> file of a directory (but its licence and read-me), in file-name order.
/// </summary>
/// <remarks>
/// The directory comes from <c>--corpus DIR</c> or the environment variable <c>FACTCHECK_CORPUS</c>
/// (default: the repository's <c>seeds/</c>); the publication date from <c>--published yyyy-MM-dd</c> or
/// <c>FACTCHECK_PUBLISHED</c> (default: 2025-04-05, the seed article's); the number of articles per
/// benchmark invocation from <c>--articles N</c> or <c>FACTCHECK_ARTICLES</c> (default 20). Command-line
/// options are copied into the environment so that the processes BenchmarkDotNet starts see them too.
/// </remarks>
internal sealed class BenchmarkCorpus
{
    public const string CorpusVariable = "FACTCHECK_CORPUS";
    public const string PublishedVariable = "FACTCHECK_PUBLISHED";
    public const string ArticlesVariable = "FACTCHECK_ARTICLES";
    public const string InvocationsVariable = "FACTCHECK_INVOCATIONS";

    private BenchmarkCorpus(string directory, DateOnly published, IReadOnlyList<Article> articles)
    {
        Directory = directory;
        Published = published;
        Articles = articles;
    }

    public string Directory { get; }

    public DateOnly Published { get; }

    /// <summary>Every article of the directory, in file-name order.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The fixed subset one benchmark invocation reads: the first N articles.</summary>
    public IReadOnlyList<Article> Subset
    {
        get
        {
            var count = int.TryParse(Environment.GetEnvironmentVariable(ArticlesVariable), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 20;
            return Articles.Take(count).ToList();
        }
    }

    /// <summary>The name that stands for the whole corpus when it has no subfolders.</summary>
    public const string AllKinds = "all";

    /// <summary>
    /// The kinds of text of the corpus: the names of its subfolders of <c>.txt</c> files ("business", "sport", …), or
    /// <see cref="AllKinds"/> when it has none. A benchmark reports each kind apart, each against the baseline on the same articles.
    /// </summary>
    public static IEnumerable<string> Kinds()
    {
        var (directory, _) = Options();
        var kinds = System.IO.Directory.GetDirectories(directory)
            .Where(folder => ReadArticles(folder, string.Empty).Count > 0)
            .Select(folder => Path.GetFileName(folder))
            .Order(StringComparer.Ordinal)
            .ToList();
        return kinds.Count == 0 ? [AllKinds] : kinds;
    }

    /// <summary>The articles one invocation reads for a kind of text: the first N of its subfolder, or <see cref="Subset"/> for <see cref="AllKinds"/>.</summary>
    public static IReadOnlyList<Article> SubsetOf(string kind)
    {
        if (kind == AllKinds)
        {
            return Load().Subset;
        }

        var corpus = LoadWithSources();
        var count = int.TryParse(Environment.GetEnvironmentVariable(ArticlesVariable), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 20;
        return corpus.Articles.Where(a => a.Source == kind).Take(count).ToList();
    }

    public static BenchmarkCorpus Load()
    {
        var (directory, published) = Options();
        var articles = ReadArticles(directory, string.Empty);
        if (articles.Count == 0)
        {
            throw new InvalidOperationException($"The corpus directory '{directory}' has no .txt files.");
        }

        return new BenchmarkCorpus(Path.GetFullPath(directory), published, articles);
    }

    /// <summary>
    /// The corpus with its sources: the <c>*.txt</c> files of the directory itself are one source (named after the
    /// directory), those of each subfolder another (named after the subfolder); article names are prefixed with
    /// their subfolder. MEANTIME documents (<c>*.xml</c>) are read as text too, each with its creation date as its
    /// publication date.
    /// </summary>
    public static BenchmarkCorpus LoadWithSources()
    {
        var (directory, published) = Options();
        var articles = ReadArticlesAndMeantime(directory, string.Empty)
            .Select(a => a with { Source = Path.GetFileName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar)) })
            .ToList();
        foreach (var folder in System.IO.Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            articles.AddRange(ReadArticlesAndMeantime(folder, name + "/").Select(a => a with { Source = name }));
        }

        if (articles.Count == 0)
        {
            throw new InvalidOperationException($"The corpus directory '{directory}' and its subfolders have no .txt files.");
        }

        return new BenchmarkCorpus(Path.GetFullPath(directory), published, articles);
    }

    private static (string Directory, DateOnly Published) Options()
    {
        var directory = Environment.GetEnvironmentVariable(CorpusVariable);
        if (string.IsNullOrWhiteSpace(directory))
        {
            directory = Path.Combine(FindRepositoryRoot(), "seeds");
        }

        if (!System.IO.Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The corpus directory '{directory}' does not exist (set --corpus or {CorpusVariable}).");
        }

        var publishedText = Environment.GetEnvironmentVariable(PublishedVariable);
        var published = string.IsNullOrWhiteSpace(publishedText)
            ? new DateOnly(2025, 4, 5)
            : DateOnly.ParseExact(publishedText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (directory, published);
    }

    private static List<Article> ReadArticles(string directory, string prefix)
        => System.IO.Directory.GetFiles(directory, "*.txt")
            .Where(path => !Path.GetFileName(path).StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(path).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => new Article(prefix + Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8)))
            .ToList();

    /// <summary>The <c>*.txt</c> files of the directory and its MEANTIME documents (<c>*.xml</c>), each with its own creation date.</summary>
    private static List<Article> ReadArticlesAndMeantime(string directory, string prefix)
        => ReadArticles(directory, prefix)
            .Concat(System.IO.Directory.GetFiles(directory, "*.xml")
                .Where(MeantimeDocument.IsMeantime)
                .Select(path =>
                {
                    var (text, created) = MeantimeDocument.Read(path);
                    return new Article(prefix + Path.GetFileName(path), text) { Published = created };
                }))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The invocations per iteration of the throughput benchmarks, from <c>--invocations N</c> or
    /// <c>FACTCHECK_INVOCATIONS</c>; <see langword="null"/> (the default) lets BenchmarkDotNet's pilot stage choose them.
    /// </summary>
    public static int? Invocations =>
        int.TryParse(Environment.GetEnvironmentVariable(InvocationsVariable), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    /// <summary>Moves <c>--corpus</c>, <c>--published</c>, <c>--articles</c> and <c>--invocations</c> into the environment and returns the other arguments.</summary>
    public static string[] TakeOptions(string[] args)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var variable = args[i] switch
            {
                "--corpus" => CorpusVariable,
                "--published" => PublishedVariable,
                "--articles" => ArticlesVariable,
                "--invocations" => InvocationsVariable,
                _ => null,
            };
            if (variable is not null && i + 1 < args.Length)
            {
                var value = args[++i];
                Environment.SetEnvironmentVariable(variable, variable == CorpusVariable ? Path.GetFullPath(value) : value);
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return rest.ToArray();
    }

    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (FactCheck.sln) above " + AppContext.BaseDirectory);
    }

    public static long Utf8Bytes(IEnumerable<Article> articles) => articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));

    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Directory} ({Articles.Count} articles, {Utf8Bytes(Articles) / 1024.0:F0} KB), published {Published:yyyy-MM-dd}");
}

/// <summary>One text of the corpus.</summary>
internal sealed record Article(string Name, string Text)
{
    /// <summary>The source of text the article belongs to (its subfolder), when the corpus was loaded with sources.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The article's own publication date (a MEANTIME document's creation time), else null: the corpus's.</summary>
    public DateOnly? Published { get; init; }
}
