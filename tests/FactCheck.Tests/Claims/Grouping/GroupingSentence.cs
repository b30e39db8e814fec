using FactCheck.Claims;
using FactCheck.Claims.Grouping;
using FactCheck.Recognition;
using FactCheck.Text;

namespace FactCheck.Tests.Claims.Grouping;

/// <summary>
/// One sentence with the mentions recognition finds in it, tokenized as the claims stage reads it, so that a
/// grouping rule can be run on it alone.
/// </summary>
internal sealed class GroupingSentence
{
    private static readonly FactChecker Checker = new FactCheckerBuilder().Build();

    private GroupingSentence(SentenceView view, IReadOnlyList<Mention> mentions)
    {
        View = view;
        Mentions = mentions;
    }

    public SentenceView View { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    public static GroupingSentence Read(string text)
    {
        var mentions = Checker.CheckText(text, new DateOnly(2025, 4, 5)).Mentions;
        var order = Enumerable.Range(0, mentions.Count).OrderBy(i => mentions[i].Span.Start).ThenByDescending(i => mentions[i].Span.Length).ToList();
        var span = new TextSpan(0, text.Length);
        return new GroupingSentence(new SentenceView(0, span, SentenceTokenizer.Tokenize(text, span, mentions, order), 0), mentions);
    }

    /// <summary>The draft begun at the figure that reads <paramref name="figure"/>, before any rule has run.</summary>
    public FigureGrouping At(string figure) => new(View, Mentions, new bool[View.Tokens.Count], Token(figure));

    /// <summary>The token of the mention that reads <paramref name="text"/>.</summary>
    public int Token(string text)
    {
        var index = View.Tokens.FindIndex(t => t.IsMention && t.Text == text);
        return index >= 0 ? index : throw new ArgumentException($"no mention reads '{text}'", nameof(text));
    }

    /// <summary>The text of a token, or null for none.</summary>
    public string? Text(int? token) => token is int i ? View.Tokens[i].Text : null;

    /// <summary>The drafts of the sentence as the figure rules leave them, before the sentence rules.</summary>
    public List<ClaimDraft> DraftEachFigure() => FigureGrouper.DraftEachFigure(View, Mentions);
}
