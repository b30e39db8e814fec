using FactCheck.Text;

namespace FactCheck.Recognition;

/// <summary>A period the text gives by its two ends: "from 2018 to 2013", "2018-2013", "from April 9, 2025 to April 2, 2025".</summary>
/// <param name="Span">Where the period is in the document text.</param>
/// <param name="Text">The surface text of <paramref name="Span"/>.</param>
/// <param name="Start">The first day of the first end.</param>
/// <param name="End">The last day of the second end; before <paramref name="Start"/> when the text has them the wrong way round.</param>
/// <param name="JoinsTwoDates">Whether the ends are two date mentions joined by "to" or a dash, rather than years written in the period itself.</param>
internal sealed record WrittenPeriod(TextSpan Span, string Text, DateOnly Start, DateOnly End, bool JoinsTwoDates);
