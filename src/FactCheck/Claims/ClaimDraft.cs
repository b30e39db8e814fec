using FactCheck.Recognition;

namespace FactCheck.Claims;

/// <summary>A claim while it is being put together; turned into an immutable <see cref="Claim"/> at the end.</summary>
internal sealed class ClaimDraft
{
    public ClaimDraft(int sentence, int clause, ClaimKind kind, int mainToken)
    {
        Sentence = sentence;
        Clause = clause;
        Kind = kind;
        MainToken = mainToken;
    }

    public int Sentence { get; }

    /// <summary>
    /// Whether the figure the draft began at is a percentage or points (set by the grouper): for "fell 3% to 20.7 SEK"
    /// the change, so that "in early trading" after the level is not read as its subject.
    /// </summary>
    public bool IsPercentage { get; set; }

    public int Clause { get; }

    public ClaimKind Kind { get; set; }

    /// <summary>The token of the main figure (or of the date, for events).</summary>
    public int MainToken { get; set; }

    public int? PreviousToken { get; set; }

    public int? StatedChangeToken { get; set; }

    /// <summary>
    /// The mention of the earlier value when it is in another sentence ("That was 24.4% above the previous record of
    /// $496.5bn" after the level): set by <see cref="ChangeLinker"/>.
    /// </summary>
    public int? LinkedPreviousMention { get; set; }

    /// <summary>The mention of the change stated in another sentence ("That is an increase of 12%"): set by <see cref="ChangeLinker"/>.</summary>
    public int? LinkedStatedChangeMention { get; set; }

    public int? WholeToken { get; set; }

    public int? ComparedToken { get; set; }

    /// <summary>For ranges made of two mentions, the token of the upper end.</summary>
    public int? RangeEndToken { get; set; }

    /// <summary>Figures in brackets that restate the main one in another unit ("$1.13bn (£600m)").</summary>
    public List<int> ConversionTokens { get; } = [];

    /// <summary>Dates that name the base period of a change ("up 27% from its 2003 performance"), not the claim's time.</summary>
    public List<int> BaseDateTokens { get; } = [];

    public ChangeDirection Direction { get; set; }

    /// <summary>An earlier claim of the sentence whose subject this one shares ("rose by 8% ... and by 24% in China").</summary>
    public ClaimDraft? SameSubjectAs { get; set; }

    /// <summary>The object a change verb acts on, when the figure follows "by" ("cut rates by 50 basis points").</summary>
    public (int First, int Last)? ChangedObject { get; set; }

    public int? Rank { get; set; }

    public SubjectInfo? Subject { get; set; }

    public Measure Measure { get; set; }

    /// <summary>Who or what the figure is about, resolved across the article; empty when none.</summary>
    public string Entity { get; set; } = string.Empty;

    public EntityResolution EntityResolution { get; set; }

    /// <summary>The thing measured, without the entity; empty when the text names none.</summary>
    public string Quantity { get; set; } = string.Empty;

    /// <summary>For pairs and changes, the period of the earlier value.</summary>
    public ClaimTime? PreviousTime { get; set; }

    public ClaimTime? Time { get; set; }

    public ClaimTime? EffectiveDate { get; set; }

    public ClaimSource? Source { get; set; }

    public bool IsPresentTense { get; set; }

    /// <summary>Whether the earlier value is a profit and this one a loss, or the other way round: the direction is not the sums'.</summary>
    public bool CrossesZero { get; set; }

    /// <summary>Whether a pronoun subject is the thing measured ("It rose 5%", "it stood at 3%") rather than an actor.</summary>
    public bool PronounIsMeasured { get; set; }

    public bool IsAdditional { get; set; }

    /// <summary>For the total of a stack of tariff rates, the token of the rate already in force (<see cref="StackedTariffReader"/>).</summary>
    public int? StackedExistingToken { get; set; }

    /// <summary>For the total of a stack of tariff rates, the token of the rate put on top.</summary>
    public int? StackedAdditionalToken { get; set; }

    public string? Imposer { get; set; }

    public string? Target { get; set; }

    public string? Goods { get; set; }

    public HashSet<int> Related { get; } = [];

    /// <summary>The first and last tokens the claim covers (subject included when it is in the sentence).</summary>
    public int FirstToken { get; set; }

    public int LastToken { get; set; }

    /// <summary>The figure tokens of the claim, in a fixed order: earlier value, stated change, main, range end, whole, compared, conversions.</summary>
    public FigureTokenList FigureTokens() => new(this);

    public int LastFigure() => FigureTokens().Max();

    public Mention MainMention(IReadOnlyList<Mention> mentions, List<ClaimToken> tokens) => mentions[tokens[MainToken].MentionIndex];

    /// <summary>
    /// The drafts of figures (events left out) in text order: by sentence, then by first figure token; drafts whose first
    /// figures are the same token keep their order. The readings that carry what one figure measures to the next walk them so.
    /// </summary>
    public static ClaimDraft[] FiguresInTextOrder(List<ClaimDraft> drafts)
    {
        var count = 0;
        foreach (var d in drafts)
        {
            count += d.Kind == ClaimKind.Event ? 0 : 1;
        }

        var ordered = new ClaimDraft[count];
        var firsts = new int[count];
        var n = 0;
        foreach (var d in drafts)
        {
            if (d.Kind == ClaimKind.Event)
            {
                continue;
            }

            // An insertion sort, stable: drafts come sentence by sentence, so each moves back past a few of its sentence at most.
            var first = d.FigureTokens().Min();
            var j = n - 1;
            while (j >= 0 && (ordered[j].Sentence > d.Sentence || (ordered[j].Sentence == d.Sentence && firsts[j] > first)))
            {
                ordered[j + 1] = ordered[j];
                firsts[j + 1] = firsts[j];
                j--;
            }

            ordered[j + 1] = d;
            firsts[j + 1] = first;
            n++;
        }

        return ordered;
    }
}
