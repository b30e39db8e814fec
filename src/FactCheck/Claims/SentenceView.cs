using FactCheck.Text;

namespace FactCheck.Claims;

/// <summary>One sentence as the claims stage reads it: tokens, clauses and paragraph.</summary>
internal sealed class SentenceView
{
    private int[]? clauseOf;

    public SentenceView(int index, TextSpan span, List<ClaimToken> tokens, int paragraph)
    {
        Index = index;
        Span = span;
        Tokens = tokens;
        Paragraph = paragraph;
    }

    public int Index { get; }

    public TextSpan Span { get; }

    public List<ClaimToken> Tokens { get; }

    public int Paragraph { get; }

    /// <summary>The clause number of each token, read when first asked: most sentences without figures are never asked.</summary>
    public int[] ClauseOf => clauseOf ??= Clauses(Tokens);

    public int ClauseCount => Tokens.Count == 0 ? 0 : ClauseOf[^1] + 1;

    /// <summary>The first and last token of the clause holding <paramref name="token"/>.</summary>
    public (int First, int Last) ClauseRange(int token)
    {
        var clauses = ClauseOf;
        var clause = clauses[token];
        var first = token;
        while (first > 0 && clauses[first - 1] == clause)
        {
            first--;
        }

        var last = token;
        while (last < clauses.Length - 1 && clauses[last + 1] == clause)
        {
            last++;
        }

        return (first, last);
    }

    private static int[] Clauses(List<ClaimToken> tokens)
    {
        var clauses = new int[tokens.Count];
        var clause = 0;
        var brackets = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            // "540bn yen ($5.2bn; £2.77bn) in fresh backing": a semicolon between conversions in brackets breaks no clause.
            if (i > 0 && brackets == 0 && StartsClause(tokens, i))
            {
                clause++;
            }

            if (tokens[i].Kind == ClaimTokenKind.Punctuation)
            {
                brackets = tokens[i].Text == "(" ? brackets + 1 : tokens[i].Text == ")" && brackets > 0 ? brackets - 1 : brackets;
            }

            clauses[i] = clause;
        }

        return clauses;
    }

    // "the 12-nation bloc": the hyphen of a number compound joins the number to its noun; it opens no clause.
    private static bool IsJoiningHyphen(List<ClaimToken> tokens, int i) => i > 0 && NounPhrases.IsNumberCompound(tokens, i - 1);

    // Clauses break at semicolons, spaced dashes, "but"/"while"/"whereas", and ", and"/", which".
    // A comma alone does not break: "In January 2025, attacks rose" and "a 29% duty, up from 10%" stay whole.
    private static bool StartsClause(List<ClaimToken> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind == ClaimTokenKind.Punctuation)
        {
            return token.Text is ";" or "\u2013" or "\u2014" or "-" && i + 1 < tokens.Count && !IsJoiningHyphen(tokens, i);
        }

        if (!token.IsWord)
        {
            return false;
        }

        if (token.IsIn(WordClasses.ClauseBreak))
        {
            return true;
        }

        return token.IsIn(WordClasses.ClauseBreakAfterComma) && tokens[i - 1].IsPunctuation(',') && token.Lower != "with";
    }
}
