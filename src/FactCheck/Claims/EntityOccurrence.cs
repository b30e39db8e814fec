namespace FactCheck.Claims;

/// <summary>One name in one sentence of the article.</summary>
/// <param name="Sentence">The index of the sentence.</param>
/// <param name="FirstToken">The first token of the name.</param>
/// <param name="LastToken">The last token of the name.</param>
/// <param name="Name">The article's form of the name (canonical for places, the longest form for organisations).</param>
/// <param name="Surface">The name as written here.</param>
/// <param name="Kind">Organisation, place or person.</param>
/// <param name="IsSource">Whether the name only reports here ("X said", "according to X").</param>
/// <param name="IsDescriptive">Whether the name only describes something here: an example of a list ("brands such as Acme
/// Cola and Fizz") or a thing owned ("its two-year Clear Path plan"). A later "it" or "its" does not point back to it.</param>
internal sealed record EntityOccurrence(int Sentence, int FirstToken, int LastToken, string Name, string Surface, EntityKind Kind, bool IsSource, bool IsDescriptive = false);
