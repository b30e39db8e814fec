using FactCheck.Languages;
using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>
/// Where a sentence speaks of the future, so that a date there which names no year lies ahead: in a clause with future
/// wording ("will", "is due", "expected to"), and, when the sentence has such wording, in a clause that tells of nothing
/// past either. A clause with a past verb and no future wording reports what was, whatever the rest of the sentence says:
/// "Sales in January were lower, and the trend is expected to continue" and "The firm said on Friday that it will cut
/// jobs" speak of the last January and the last Friday. A sentence without future wording speaks of the past throughout.
/// </summary>
internal sealed class FutureScope
{
    /// <summary>The scope of a sentence without future wording.</summary>
    public static readonly FutureScope None = new(0, [], [], []);

    private readonly int _sentenceStart;
    private readonly int[] _clauseStarts;
    private readonly bool[] _future;
    private readonly bool[] _past;

    private FutureScope(int sentenceStart, int[] clauseStarts, bool[] future, bool[] past)
    {
        _sentenceStart = sentenceStart;
        _clauseStarts = clauseStarts;
        _future = future;
        _past = past;
    }

    /// <summary>Whether the sentence has future wording anywhere.</summary>
    public bool Any => _future.Length > 0;

    /// <summary>Reads the scope of one sentence.</summary>
    /// <param name="language">The language pack of the document.</param>
    /// <param name="text">The document text.</param>
    /// <param name="sentence">The sentence.</param>
    public static FutureScope Read(LanguagePack language, string text, TextSpan sentence)
    {
        // Most sentences have no future wording: asked first without building a match.
        var words = text.AsSpan(sentence.Start, sentence.Length);
        if (!language.News.MayHoldFutureCue(words) || !language.News.FutureCue().IsMatch(words))
        {
            return None;
        }

        var starts = new List<int>();
        language.News.ClauseStarts(words, starts);
        var future = new bool[starts.Count + 1];
        var past = new bool[starts.Count + 1];
        for (var cue = language.News.FutureCue().Match(text, sentence.Start, sentence.Length); cue.Success; cue = cue.NextMatch())
        {
            future[NewsLexicon.ClauseIndex(starts, cue.Index - sentence.Start)] = true;
        }

        for (var i = 0; i < past.Length; i++)
        {
            past[i] = !future[i] && language.News.SpeaksOfPast(words[NewsLexicon.ClauseRange(starts, i, words.Length)]);
        }

        return new FutureScope(sentence.Start, [.. starts], future, past);
    }

    /// <summary>Whether a date that starts at <paramref name="position"/> (in the document text) lies ahead when it names no year.</summary>
    public bool At(int position)
    {
        if (!Any)
        {
            return false;
        }

        var clause = NewsLexicon.ClauseIndex(_clauseStarts, position - _sentenceStart);
        return _future[clause] || !_past[clause];
    }
}
