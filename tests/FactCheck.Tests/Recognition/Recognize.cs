using System.Globalization;
using FactCheck.Recognition;
using FactCheck.Reports;
using FactCheck.Text;
using Xunit;

namespace FactCheck.Tests.Recognition;

/// <summary>
/// Runs the pipeline's segmenter and recognizer on a text. The Recognizers models are shared per culture by the
/// library itself, so every test reuses the same models.
/// </summary>
internal static class Recognize
{
    public static readonly DateOnly Published = new(2025, 4, 5);

    public static readonly CultureInfo EnglishUs = CultureInfo.GetCultureInfo("en-US");

    private static readonly CheckPipeline Pipeline = new FactCheckerBuilder().Build().Pipeline;

    public static IReadOnlyList<Mention> Mentions(string text) => Mentions(text, Published);

    public static IReadOnlyList<Mention> Mentions(string text, DateOnly? published)
        => Mentions(text, published, out _);

    public static IReadOnlyList<Mention> Mentions(string text, DateOnly? published, out List<Finding> problems)
    {
        var document = new Document(text, published, EnglishUs);
        problems = [];
        var language = CheckPipeline.Language(document);
        return Pipeline.Recognize(language, document, CheckPipeline.Segment(language, document), problems, CancellationToken.None);
    }

    public static Mention Single(string text, MentionKind kind, DateOnly? published = null)
    {
        var mentions = Mentions(text, published ?? Published).Where(m => m.Kind == kind).ToList();
        Assert.True(mentions.Count == 1, $"Expected one {kind} in '{text}', found: {string.Join(", ", Mentions(text, published ?? Published))}");
        return mentions[0];
    }

    public static decimal Dec(string value) => decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
}
