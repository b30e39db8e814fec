using FactCheck.Checks;
using FactCheck.Claims;
using FactCheck.Languages;
using FactCheck.Recognition;
using FactCheck.Reports;
using FactCheck.Text;

namespace FactCheck.Tests.Checks;

/// <summary>
/// Builds the mentions and claims of a text by hand, the way the recognition and claims stages describe them, so each
/// rule can be tested on its own. Figures get the intervals their precision gives ("29%" is 28.5 to 29.5).
/// </summary>
internal sealed class Scenario
{
    private readonly List<Mention> _mentions = [];

    public Scenario(string text, DateOnly? published = null, string source = "text")
    {
        Document = new Document(text, published, source: source);
    }

    public Document Document { get; }

    /// <summary>The entity the claims are about unless a claim names its own, as the claims stage resolves it.</summary>
    public string Entity { get; init; } = "";

    /// <summary>
    /// A scenario whose text is <paramref name="passage"/> written <paramref name="times"/> times over, as in a long
    /// document that says the same things again and again; <paramref name="describe"/> adds the mentions and claims of
    /// copy k (use <c>occurrence: k</c>).
    /// </summary>
    public static Scenario Repeated(string passage, int times, DateOnly? published, Action<Scenario, int> describe, string entity = "")
    {
        var scenario = new Scenario(string.Concat(Enumerable.Repeat(passage, times)), published) { Entity = entity };
        for (var k = 0; k < times; k++)
        {
            describe(scenario, k);
        }

        return scenario;
    }

    public string Text => Document.Text;

    public List<Claim> Claims { get; } = [];

    public IReadOnlyList<Mention> Mentions => _mentions;

    public TextSpan Find(string surface, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = Text.IndexOf(surface, start + 1, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new ArgumentException($"'{surface}' (occurrence {occurrence}) is not in the text.");
            }
        }

        return new TextSpan(start, start + surface.Length);
    }

    public int Percent(string surface, decimal value, int decimals = 0, Qualifier qualifier = Qualifier.None, decimal? low = null, decimal? high = null, int occurrence = 0)
        => Add(MentionKind.Percentage, surface, value, "%", decimals, qualifier, low, high, occurrence, widen: true);

    public int Points(string surface, decimal value, int decimals = 0, int occurrence = 0)
        => Add(MentionKind.PercentagePoints, surface, value, "pp", decimals, Qualifier.None, null, null, occurrence, widen: true);

    public int Money(string surface, decimal value, string currency, decimal? low = null, decimal? high = null, Qualifier qualifier = Qualifier.None, int occurrence = 0)
        => Add(MentionKind.Money, surface, value, currency, 0, qualifier, low, high, occurrence, widen: false);

    public int Number(string surface, decimal value, decimal? low = null, decimal? high = null, Qualifier qualifier = Qualifier.None, int occurrence = 0)
        => Add(MentionKind.Number, surface, value, string.Empty, 0, qualifier, low, high, occurrence, widen: false);

    public int Multiplier(string surface, decimal value, int decimals = 0, int occurrence = 0)
        => Add(MentionKind.Multiplier, surface, value, "x", decimals, Qualifier.None, null, null, occurrence, widen: surface.Any(char.IsAsciiDigit));

    public int Date(string surface, DateGrain grain, DateOnly start, DateOnly end, int occurrence = 0)
    {
        var span = Find(surface, occurrence);
        _mentions.Add(new Mention(MentionKind.Date, span, surface, start.Year, "date", start.Year, start.Year, date: new DateValue(grain, start, end, "test")));
        return _mentions.Count - 1;
    }

    public int Day(string surface, int year, int month, int day, int occurrence = 0)
        => Date(surface, DateGrain.Day, new DateOnly(year, month, day), new DateOnly(year, month, day), occurrence);

    public int Year(string surface, int year, int occurrence = 0)
        => Date(surface, DateGrain.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), occurrence);

    /// <summary>Adds a claim over <paramref name="clause"/> whose main value is the mention <paramref name="main"/>.</summary>
    public Claim Claim(
        ClaimKind kind,
        string clause,
        int main,
        int[]? others = null,
        ChangeDirection direction = ChangeDirection.None,
        decimal? previous = null,
        string subject = "",
        Measure measure = Measure.Unknown,
        ClaimTime? time = null,
        ClaimTime? effective = null,
        ClaimSource? source = null,
        string[]? related = null,
        int clauseOccurrence = 0,
        string? entity = null,
        string? quantity = null)
    {
        var span = Find(clause, clauseOccurrence);
        var mention = _mentions[main];
        var indices = new List<int> { main };
        indices.AddRange(others ?? []);
        var claim = new Claim(
            $"c{Claims.Count + 1}",
            kind,
            span,
            clause,
            mention.Value,
            mention.Unit,
            mention.Low,
            mention.High,
            indices.Select(i => ClaimFigure.FromMention(_mentions[i], i)).ToArray(),
            document: Document.Source,
            direction: direction,
            previousValue: previous,
            subject: subject,
            subjectKey: subject.ToLowerInvariant(),
            entity: entity ?? Entity,
            quantity: quantity ?? subject,
            measure: measure,
            modality: ModalityAt(span, time ?? Present),
            time: time ?? Present,
            effectiveDate: effective,
            source: source,
            related: related ?? [],
            qualifier: mention.Qualifier)
        {
            Cues = ClaimWording.CuesOf(clause, subject),
        };
        Claims.Add(claim);
        return claim;
    }

    // The modality the claims stage reads from the claim's sentence.
    private ClaimModality ModalityAt(TextSpan span, ClaimTime? time)
    {
        var sentences = SentenceSegmenter.Split(Text);
        var index = SentenceIndex.Of(sentences, span.Start);
        return index < 0 ? ClaimModality.Past : ClaimWording.ModalityOf(Text, sentences[index], time?.FromPublicationDate == true);
    }

    /// <summary>The time of a present-tense claim: the publication date.</summary>
    public ClaimTime? Present => Document.Published is DateOnly p
        ? new ClaimTime(p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null, new DateValue(DateGrain.Day, p, p, "PRESENT_REF"), TimeBasis.PublicationDate)
        : null;

    public ClaimTime TimeOf(int dateMention) => new(_mentions[dateMention].Text, _mentions[dateMention].Span, _mentions[dateMention].Date);

    /// <summary>
    /// The context the rules see. What the recognition stage records about the words around the hand-built mentions
    /// (the weekday beside a date, its bound, the periods and reports of the text) is recorded the same way here.
    /// </summary>
    public CheckContext Context()
    {
        var language = CheckPipeline.Language(Document);
        var sentences = SentenceSegmenter.Split(Text, language);
        var mentions = _mentions.ToList();
        DateContextReader.Annotate(language, Text, sentences, mentions);
        FigureContextReader.Annotate(language, Text, mentions);
        return new(Document, mentions, Claims, sentences, DateMarks.Read(language, Text, sentences, mentions), CancellationToken.None);
    }

    /// <summary>Runs the checks a configured builder holds on this scenario (the builder is cleared first by the caller).</summary>
    public IReadOnlyList<Finding> Run(FactCheckerBuilder builder) =>
        builder.Checks.SelectMany(c => c.Check(Context())).ToList();

    public FactCheckReport Report(IReadOnlyList<Finding>? findings = null) => new(Document, _mentions, Claims, findings ?? []);

    private int Add(MentionKind kind, string surface, decimal value, string unit, int decimals, Qualifier qualifier, decimal? low, decimal? high, int occurrence, bool widen)
    {
        var span = Find(surface, occurrence);
        var half = widen && qualifier == Qualifier.None ? HalfUnit(decimals) : 0m;
        _mentions.Add(new Mention(kind, span, surface, value, unit, low ?? value - half, high ?? value + half, qualifier, decimals));
        return _mentions.Count - 1;
    }

    private static decimal HalfUnit(int decimals)
    {
        var unit = 0.5m;
        for (var i = 0; i < decimals; i++)
        {
            unit /= 10m;
        }

        return unit;
    }
}
