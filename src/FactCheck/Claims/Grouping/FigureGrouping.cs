using FactCheck.Languages.English;
using FactCheck.Recognition;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// The claim draft begun at one figure of a sentence (its anchor), with what the rules read around the anchor:
/// the word before it and the clause's verb. Figures a rule takes into the draft are marked as used for the
/// whole sentence, so no later draft takes them again.
/// </summary>
internal sealed class FigureGrouping
{
    private readonly bool[] _used;

    public FigureGrouping(SentenceView sentence, IReadOnlyList<Mention> mentions, bool[] used, int anchor)
    {
        Sentence = sentence;
        Mentions = mentions;
        _used = used;
        Anchor = anchor;
        Draft = new ClaimDraft(sentence.Index, sentence.ClauseOf[anchor], ClaimKind.Level, anchor);
        used[anchor] = true;
        AnchorMention = Mention(anchor);
        Draft.IsPercentage = AnchorMention.Kind is MentionKind.Percentage or MentionKind.PercentagePoints;
        ClauseFirst = sentence.ClauseRange(anchor).First;
        Verb = SubjectFinder.FindVerbBefore(Tokens, anchor, ClauseFirst);
        VerbDirection = Verb >= 0 && !Figures.IsParticleOfPartVerb(Tokens, Verb) ? Figures.DirectionOf(Tokens[Verb].Lower) : ChangeDirection.None;
        WordBefore = anchor > 0 && Tokens[anchor - 1].IsWord ? Tokens[anchor - 1].Lower : string.Empty;
    }

    public SentenceView Sentence { get; }

    public List<ClaimToken> Tokens => Sentence.Tokens;

    public IReadOnlyList<Mention> Mentions { get; }

    public ClaimDraft Draft { get; }

    /// <summary>The token of the figure the draft was begun at; the draft's main figure may move on from it ("from 10% to 29%").</summary>
    public int Anchor { get; }

    public Mention AnchorMention { get; }

    /// <summary>The lower-case word right before the anchor, or empty.</summary>
    public string WordBefore { get; }

    /// <summary>The first token of the anchor's clause.</summary>
    public int ClauseFirst { get; }

    /// <summary>The token of the verb before the anchor in its clause, or -1.</summary>
    public int Verb { get; }

    /// <summary>The direction of change the clause states for the anchor; the verb rules refine it ("raised $2bn" states none).</summary>
    public ChangeDirection VerbDirection { get; set; }

    /// <summary>Whether no pairing rule has matched yet: the draft is still a plain level with no stated change.</summary>
    public bool IsUnpaired => Draft.Kind == ClaimKind.Level && Draft.StatedChangeToken is null;

    public Mention Mention(int token) => Mentions[Tokens[token].MentionIndex];

    public bool IsUsed(int token) => _used[token];

    /// <summary>Marks a figure as part of this draft.</summary>
    public void Take(int token) => _used[token] = true;

    /// <summary>
    /// Whether the anchor is a sum or count that a level follows with "to": "closed up $2.80 to $51.15",
    /// "adding $1.89 to $48.62" give a change in money, then the level it reached.
    /// </summary>
    public bool IsAmountChangeToLevel() =>
        AnchorMention.Kind is MentionKind.Money or MentionKind.Number && Next(Anchor, "to") is int reached && Figures.Compatible(AnchorMention, Mention(reached));

    /// <summary>
    /// Makes the figure at <paramref name="change"/> the draft's stated change and the one at <paramref name="level"/> the
    /// level it reached, with their conversions; with "from" after the level, the earlier value too, as a from/to pair
    /// ("rose 20% to £5bn from £4bn").
    /// </summary>
    public void ChangeReaches(int change, int level)
    {
        Draft.StatedChangeToken = change;
        Draft.MainToken = level;
        Take(level);
        TakeConversions(level);
        if (Next(level, "from") is int earlier)
        {
            Draft.PreviousToken = earlier;
            Take(earlier);
            TakeConversions(earlier);
            Draft.Kind = ClaimKind.FromTo;
        }
    }

    /// <summary>
    /// Takes the figures that restate the one at <paramref name="figure"/>: in brackets right after it
    /// ("$1.13bn (£600m)") or after "or" ("rose by £106m or 47.3%", "were up 56 pence, or 7.6%": the same change said twice),
    /// also past the things a change by a count counts ("cut output by 10,000 cars, or 1.2%"; not a level's count, whose
    /// percentage is of a whole of its own: "to 4.4 million people, or 10.8% of the workforce").
    /// </summary>
    public void TakeConversions(int figure)
    {
        var t = Tokens;
        var after = figure + 1;
        var changeBy = figure >= 2 && (t[figure - 1].Is("by") || (t[figure - 2].Is("by") && t[figure - 1].IsWord && t[figure - 1].Lower is "another" or "a" or "further"));
        while (changeBy && Mention(figure).Kind == MentionKind.Number && after < t.Count && after <= figure + 2 && t[after].IsWord && !t[after].IsCapitalized
            && !Lexicon.IsFunctionWord(t[after]) && !Lexicon.IsVerb(t, after))
        {
            after++;
        }

        var or = after < t.Count && t[after].IsPunctuation(',') ? after + 1 : after;
        if (or + 1 < t.Count && t[or].Is("or") && t[or + 1].Kind == ClaimTokenKind.Figure && !_used[or + 1])
        {
            Draft.ConversionTokens.Add(or + 1);
            _used[or + 1] = true;
            return;
        }

        if (figure + 2 >= t.Count || t[figure + 1].Text != "(")
        {
            return;
        }

        for (var j = figure + 2; j < t.Count && j <= figure + 8; j++)
        {
            if (t[j].Kind == ClaimTokenKind.Figure && !_used[j])
            {
                Draft.ConversionTokens.Add(j);
                _used[j] = true;
                continue;
            }

            if (t[j].Text == ")")
            {
                return;
            }

            if (!(t[j].Kind == ClaimTokenKind.Punctuation || t[j].Is("or") || t[j].Is("about") || t[j].Is("around")))
            {
                return;
            }
        }
    }

    /// <summary>A date right after a figure, bare or with a preposition: "4.8% a year earlier", "£180,126 in November".</summary>
    public int? DateAfter(int figure)
    {
        var t = Tokens;
        var j = figure + 1;
        if (j < t.Count && t[j].IsWord && t[j].Lower is "in" or "on" or "during" or "at" or "for")
        {
            j++;
        }

        return j < t.Count && t[j].Kind == ClaimTokenKind.Date ? j : null;
    }

    /// <summary>The unused figure after "to"/"from"/"and" that continues the one at <paramref name="figure"/>: "5% in 2003 to a record 13.3%".</summary>
    public int? Next(int figure, string connector)
    {
        var t = Tokens;
        var j = figure + 1;
        while (j < t.Count && t[j].Text == "(")
        {
            // step over a conversion in brackets
            while (j < t.Count && t[j].Text != ")")
            {
                j++;
            }

            j++;
        }

        if (DateAfter(j - 1) is int date)
        {
            j = date + 1;
        }

        if (j >= t.Count || !t[j].Is(connector))
        {
            return null;
        }

        j++;
        for (var skipped = 0; skipped < 2 && j < t.Count && t[j].IsWord && t[j].Lower is "a" or "an" or "the" or "record" or "new" or "just" or "only" or "fresh"; skipped++)
        {
            j++;
        }

        return j < t.Count && t[j].Kind == ClaimTokenKind.Figure && !_used[j] ? j : null;
    }

    /// <summary>The lower-case word right after a figure and its conversion in brackets ("$676m (£352m) loss"), or empty.</summary>
    public string NounAfter(int figure)
    {
        var t = Tokens;
        var j = figure + 1;
        if (j < t.Count && t[j].Text == "(")
        {
            while (j < t.Count && t[j].Text != ")")
            {
                j++;
            }

            j++;
        }

        return j < t.Count && t[j].IsWord ? t[j].Lower : string.Empty;
    }

    /// <summary>
    /// The lower-case noun of a result above or below zero that names the figure at <paramref name="figure"/>, after it
    /// ("a $676m loss") or before "of" right before it ("a net loss of $3m"); otherwise empty.
    /// </summary>
    public string ResultNoun(int figure)
    {
        var after = NounAfter(figure);
        if (IsResult(after))
        {
            return after;
        }

        var t = Tokens;
        return figure >= 2 && t[figure - 1].Is("of") && t[figure - 2].IsWord && IsResult(t[figure - 2].Lower) ? t[figure - 2].Lower : string.Empty;
    }

    /// <summary>Whether a lower-case noun names a result above or below zero ("profit", "loss", "deficit").</summary>
    public static bool IsResult(string noun) => EnglishWordClasses.ProfitNouns.Contains(noun) || EnglishWordClasses.LossNouns.Contains(noun);

    /// <summary>The unused figure joined to the one at <paramref name="figure"/> by a dash with no space before it: "10-20%".</summary>
    public int? NextAfterDash(int figure)
    {
        var t = Tokens;
        return figure + 2 < t.Count && t[figure + 1].Kind == ClaimTokenKind.Punctuation && t[figure + 1].Text is "-" or "\u2013" && t[figure + 1].Start == t[figure].End
            && t[figure + 2].Kind == ClaimTokenKind.Figure && !_used[figure + 2] ? figure + 2 : null;
    }
}
