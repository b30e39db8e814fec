namespace FactCheck.Claims;

/// <summary>
/// The <see cref="Lexicon"/> word lists a word belongs to, among those the scanners ask of almost every token: read once for
/// each word the tokenizer keeps (<see cref="Lexicon.ClassesOf"/>) and carried on its tokens (<see cref="ClaimToken.Classes"/>),
/// so that asking is a test of a bit instead of a look-up of the word in each list.
/// </summary>
[Flags]
internal enum WordClasses : ushort
{
    /// <summary>In none of the lists.</summary>
    None = 0,

    /// <summary>Opens a noun phrase: a determiner or a possessive pronoun (<see cref="Lexicon.OpensNounPhrase(string)"/>).</summary>
    OpensNounPhrase = 1 << 0,

    /// <summary>A function word (<see cref="Lexicon.IsFunctionWord(string)"/>).</summary>
    Function = 1 << 1,

    /// <summary>In <see cref="Lexicon.Auxiliaries"/>.</summary>
    Auxiliary = 1 << 2,

    /// <summary>In <see cref="Lexicon.ReportingVerbs"/>.</summary>
    ReportingVerb = 1 << 3,

    /// <summary>In <see cref="Lexicon.LevelVerbs"/>.</summary>
    LevelVerb = 1 << 4,

    /// <summary>In <see cref="Lexicon.UpVerbs"/> or <see cref="Lexicon.DownVerbs"/>.</summary>
    ChangeVerb = 1 << 5,

    /// <summary>In <see cref="Lexicon.NounsToo"/>.</summary>
    NounToo = 1 << 6,

    /// <summary>In <see cref="Lexicon.GenericModifiers"/>.</summary>
    GenericModifier = 1 << 7,

    /// <summary>In <see cref="Lexicon.FigureNouns"/>.</summary>
    FigureNoun = 1 << 8,

    /// <summary>In the placeholder nouns of the English word classes ("total", "sum").</summary>
    PlaceholderNoun = 1 << 9,

    /// <summary>A word ending in "-ed" that is not a verb form.</summary>
    NotVerbEndingInEd = 1 << 10,

    /// <summary>A word that starts a clause (<see cref="SentenceView"/>).</summary>
    ClauseBreak = 1 << 11,

    /// <summary>A word that starts a clause after a comma (<see cref="SentenceView"/>).</summary>
    ClauseBreakAfterComma = 1 << 12,

    /// <summary>A title before a person's name ("mr", "dr"), in <see cref="EntityLexicon.PersonTitles"/>.</summary>
    PersonTitle = 1 << 13,

    /// <summary>An adverb the noun-phrase scanners step over (<see cref="Lexicon.Adverbs"/>).</summary>
    Adverb = 1 << 14,

    /// <summary>A preposition (<see cref="Lexicon.Prepositions"/>).</summary>
    Preposition = 1 << 15,
}
