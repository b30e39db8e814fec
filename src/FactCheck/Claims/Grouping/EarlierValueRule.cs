using FactCheck.Languages.English;

namespace FactCheck.Claims.Grouping;

/// <summary>
/// The earlier value after the claim's figure: ", up from the earlier 10%", "from $639m year-earlier",
/// "compared with 4% a year ago"; or a stated change with no earlier figure (", up 27% from its 2003
/// performance"). Dates after "from" name the base period, not the claim's time. A figure after "compared to"
/// and another owner ("compared to EA's $17.8bn") is a comparison instead.
/// </summary>
internal sealed class EarlierValueRule : IFigureRule
{
    private const int LookAhead = 12;

    public void Apply(FigureGrouping grouping)
    {
        var d = grouping.Draft;
        if (d.Kind is not (ClaimKind.Level or ClaimKind.FromTo) || d.PreviousToken is not null)
        {
            return;
        }

        var t = grouping.Tokens;
        var main = grouping.Mention(d.MainToken);
        var sawMarker = false;
        var sawComma = false;
        var direction = ChangeDirection.None;
        int? stated = null;
        var words = 0;
        var baseDates = new List<int>();
        var sawOwner = false;
        var mainIsResult = MainIsResult(grouping);
        var sawTurn = false;
        // The window opens after the figure's restatements in other units ("1.4bn euros (£960m; $1.85bn), a change from").
        var limit = Math.Max(d.MainToken, d.ConversionTokens.Count > 0 ? d.ConversionTokens.Max() + 1 : 0) + LookAhead;
        for (var j = d.MainToken + 1; j < t.Count && j <= limit; j++)
        {
            var token = t[j];
            if (token.Kind == ClaimTokenKind.Figure)
            {
                var figure = grouping.Mention(j);
                if (grouping.IsUsed(j) || Figures.IsMinorNumber(figure))
                {
                    continue; // a conversion already taken, or "three" in "the three months to December"
                }

                if (sawMarker && sawOwner && Figures.Compatible(main, figure))
                {
                    d.ComparedToken = j; // "compared to EA's $17.8bn": another owner's figure, not an earlier value
                    grouping.Take(j);
                    d.Kind = ClaimKind.Comparison;
                    break;
                }

                if (sawMarker && (Figures.Compatible(main, figure) || Figures.ElidesCurrency(main, figure, t, j)))
                {
                    d.PreviousToken = j;
                    grouping.Take(j);
                    grouping.TakeConversions(j);
                    d.Kind = ClaimKind.FromTo;
                    if ((grouping.DateAfter(j) ?? DateOfClauseAfter(t, j)) is int baseDate)
                    {
                        baseDates.Add(baseDate); // "compared with 4.8% a year earlier", "from 5.4% in September", "the loss it made in 2003"
                    }

                    break;
                }

                if (!sawMarker && stated is null && direction != ChangeDirection.None && Figures.IsChangeUnit(figure) && d.StatedChangeToken is null)
                {
                    stated = j; // "up 19% from 10%"
                    continue;
                }

                break;
            }

            if (token.Kind == ClaimTokenKind.Date)
            {
                if (sawMarker)
                {
                    baseDates.Add(j);
                }

                continue;
            }

            if (token.Kind == ClaimTokenKind.Punctuation)
            {
                if (token.Text is "," or "(" or ")" || (token.Text == ";" && j > 0 && t[j - 1].Kind == ClaimTokenKind.Figure && grouping.IsUsed(j - 1)))
                {
                    sawComma |= token.Text == ",";
                    if (token.Text == "," && !sawMarker && AsideBeforeEarlierValue(t, j) is int asideEnd)
                    {
                        limit += asideEnd - j; // "was 1.6%, after a year of contraction in 2003, down from 1.7%"
                        j = asideEnd - 1;
                    }

                    continue; // "30.6bn yen ($291m; £154m), up 31.8%"
                }

                break;
            }

            if (token.Kind == ClaimTokenKind.Possessive)
            {
                // "compared to EA's $17.8bn" names another owner; "down from 2002's $900m" names when the earlier value stood.
                sawOwner |= sawMarker && t[j - 1].Kind != ClaimTokenKind.Date;
                continue;
            }

            var lower = token.Lower;
            if (EnglishWordClasses.PreviousMarkers.Contains(lower))
            {
                if (lower == "than")
                {
                    break; // a comparison, read by the comparison rule
                }

                sawMarker = true;
                continue;
            }

            if (lower is "up" or "down")
            {
                direction = lower == "up" ? ChangeDirection.Up : ChangeDirection.Down;
                continue;
            }

            if (EnglishWordClasses.WindowWords.Contains(lower))
            {
                continue;
            }

            if (sawComma && !sawMarker && TurnNounBeforeMarker(t, j) is int turn)
            {
                j = turn; // "a profit of $5m, a dramatic change from the loss of $3m": the move, then its earlier value
                sawTurn = true;
                continue;
            }

            if (sawMarker && (mainIsResult || sawTurn) && ResultBeforeFigure(t, j) is int of)
            {
                j = of; // "a profit of $5m, compared with a net loss of $3m": the earlier result, named before its sum
                continue;
            }

            // The head noun right after the figure ("a 29% duty, up from ...") may sit before the comma.
            if (!sawComma && !sawMarker && words < 3 && NounPhrases.IsContentWord(t, j))
            {
                words++;
                continue;
            }

            if (sawMarker && token.IsCapitalized && j + 1 < t.Count && (t[j + 1].Kind == ClaimTokenKind.Possessive || t[j + 1].IsCapitalized))
            {
                continue; // "compared to EA's $17.8bn": the owner of the other figure
            }

            if (sawMarker && (stated is not null || direction != ChangeDirection.None) && NounPhrases.IsContentWord(t, j))
            {
                continue; // "from its 2003 performance"
            }

            if (sawMarker && j > 1 && t[j - 1].IsWord && t[j - 1].Lower is "the" or "a" && t[j - 2].IsWord && t[j - 2].Lower is "against" or "versus" && NounPhrases.IsContentWord(t, j))
            {
                sawMarker = false; // "$1.2871 against the euro, from $1.2974": a pair, not the earlier value
                words++;
                continue;
            }

            break;
        }

        if (stated is int s)
        {
            d.StatedChangeToken = s;
            grouping.Take(s);
        }

        if (direction != ChangeDirection.None && (stated is not null || d.PreviousToken is not null))
        {
            d.Direction = direction;
        }

        if (d.PreviousToken is not null || stated is not null)
        {
            d.BaseDateTokens.AddRange(baseDates);
        }
    }

    private const int LongestNounPhrase = 3;

    /// <summary>
    /// Whether the draft's figure is a result above or below zero: named by a result noun next to it ("a net profit of
    /// $5m", "a $676m loss") or by a result noun a verb of its clause follows ("Net profit came in at $5m").
    /// </summary>
    private static bool MainIsResult(FigureGrouping grouping)
    {
        var t = grouping.Tokens;
        var main = grouping.Draft.MainToken;
        if (grouping.ResultNoun(main).Length > 0)
        {
            return true;
        }

        for (var k = grouping.ClauseFirst; k + 1 < main; k++)
        {
            if (t[k].IsWord && FigureGrouping.IsResult(t[k].Lower) && Lexicon.IsVerb(t, k + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The noun of a move from one value to another that opens at <paramref name="first"/> and comes right before the word
    /// that introduces the earlier value ("dramatic change" before "from"); otherwise <see langword="null"/>.
    /// </summary>
    private static int? TurnNounBeforeMarker(List<ClaimToken> t, int first)
    {
        for (var k = first; k < t.Count - 1 && k < first + LongestNounPhrase; k++)
        {
            if (EnglishWordClasses.TurnNouns.Contains(t[k].Lower) && t[k + 1].IsWord && t[k + 1].Lower == "from")
            {
                return k;
            }

            if (!NounPhrases.IsContentWord(t, k))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The "of" between a result noun opened at <paramref name="first"/> and its sum ("loss of" in "a net loss of $3m"), when a
    /// figure follows it; otherwise <see langword="null"/>.
    /// </summary>
    private static int? ResultBeforeFigure(List<ClaimToken> t, int first)
    {
        for (var k = first; k < t.Count - 1 && k <= first + LongestNounPhrase; k++)
        {
            if (t[k].IsWord && t[k].Lower == "of")
            {
                var result = k > first && FigureGrouping.IsResult(t[k - 1].Lower);
                return result && t[k + 1].Kind == ClaimTokenKind.Figure ? k : null;
            }

            if (!NounPhrases.IsContentWord(t, k))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The date of a clause that says when the earlier value at <paramref name="figure"/> was made, with its doer a pronoun
    /// ("the loss of $3m it made a year earlier", "the $2m they earned in 2003"); otherwise <see langword="null"/>.
    /// </summary>
    private static int? DateOfClauseAfter(List<ClaimToken> t, int figure)
    {
        var verb = figure + 2;
        if (verb >= t.Count || !t[figure + 1].IsWord || t[figure + 1].Lower is not ("it" or "they" or "we") || !t[verb].IsWord || !Lexicon.IsVerb(t, verb))
        {
            return null;
        }

        var date = verb + 1 < t.Count && t[verb + 1].IsWord && t[verb + 1].Lower is "in" or "during" or "for" ? verb + 2 : verb + 1;
        return date < t.Count && t[date].Kind == ClaimTokenKind.Date ? date : null;
    }

    private const int LongestAside = 10;

    /// <summary>
    /// The comma that closes an aside without figures opened at <paramref name="comma"/>, when an earlier value follows it
    /// ("1.6%, after a year of contraction in 2003, down from an earlier estimate of 1.7%"); otherwise <see langword="null"/>.
    /// </summary>
    private static int? AsideBeforeEarlierValue(List<ClaimToken> t, int comma)
    {
        for (var k = comma + 1; k < t.Count && k <= comma + LongestAside; k++)
        {
            if (t[k].Kind == ClaimTokenKind.Figure || (t[k].Kind == ClaimTokenKind.Punctuation && t[k].Text != ","))
            {
                return null;
            }

            if (!t[k].IsPunctuation(','))
            {
                continue;
            }

            return k > comma + 1 && k + 2 < t.Count && t[k + 1].IsWord && t[k + 1].Lower is "up" or "down"
                && t[k + 2].IsWord && EnglishWordClasses.PreviousMarkers.Contains(t[k + 2].Lower) ? k : null;
        }

        return null;
    }
}
