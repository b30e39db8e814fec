using System.Collections.Frozen;

namespace FactCheck.Languages;

/// <summary>
/// The abbreviations and sentence openers the sentence segmenter of one language reads a full stop with. Immutable
/// and safe to share between threads.
/// </summary>
internal sealed class AbbreviationWords
{
    /// <param name="neverFinal">Titles and abbreviations followed by a name or a figure, never by a new sentence ("Dr.", "vs.").</param>
    /// <param name="beforeFigure">Abbreviations that never end a sentence when a figure follows ("No. 10", "Jan. 5").</param>
    /// <param name="maybeFinal">Abbreviations that end a sentence only when a usual sentence opener follows ("Inc.", "Ltd.").</param>
    /// <param name="sentenceOpeners">Capitalised words that usually open a sentence ("The", "However").</param>
    public AbbreviationWords(IEnumerable<string> neverFinal, IEnumerable<string> beforeFigure, IEnumerable<string> maybeFinal, IEnumerable<string> sentenceOpeners)
    {
        NeverFinal = neverFinal.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        BeforeFigure = beforeFigure.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        MaybeFinal = maybeFinal.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        SentenceOpeners = sentenceOpeners.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Titles and abbreviations followed by a name or a figure, never by a new sentence; any case.</summary>
    public FrozenSet<string> NeverFinal { get; }

    /// <summary>Abbreviations that never end a sentence when a figure follows; any case.</summary>
    public FrozenSet<string> BeforeFigure { get; }

    /// <summary>Abbreviations that end a sentence only when a usual sentence opener follows; any case.</summary>
    public FrozenSet<string> MaybeFinal { get; }

    /// <summary>Capitalised words that usually open a sentence: after "U.S." or "Inc." they mark a boundary.</summary>
    public FrozenSet<string> SentenceOpeners { get; }
}
