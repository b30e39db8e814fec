using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>A report the text names with its year: "a 2019 OECD report", "a study published in 2019".</summary>
/// <param name="Span">Where the report's name and year are in the document text.</param>
/// <param name="Text">The surface text of <paramref name="Span"/>.</param>
/// <param name="Year">The year of the report.</param>
/// <param name="Sentence">The sentence that names it.</param>
/// <param name="InFutureSentence">Whether that sentence speaks of the future or of a plan ("will", "plans").</param>
internal sealed record DatedReport(TextSpan Span, string Text, int Year, TextSpan Sentence, bool InFutureSentence);
