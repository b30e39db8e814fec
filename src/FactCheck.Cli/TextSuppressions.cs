using System.Text.RegularExpressions;

namespace FactCheck.Cli;

/// <summary>
/// Markers a writer puts in the text to silence findings, as HTML comments (invisible once Markdown or HTML is
/// rendered): <c>&lt;!-- factcheck-ignore restatement --&gt;</c> silences the named rules (all rules when none is
/// named) on the marker's line and the next one; <c>&lt;!-- factcheck-ignore-file weekday --&gt;</c> in the whole
/// document. The markers are blanked out before the text is checked, so offsets and line numbers stay put.
/// </summary>
internal sealed partial class TextSuppressions
{
    private readonly List<(int Line, string[] Rules)> _lines = [];
    private readonly List<string[]> _file = [];
    private readonly int[] _lineStarts;

    private TextSuppressions(int[] lineStarts) => _lineStarts = lineStarts;

    public bool IsEmpty => _lines.Count == 0 && _file.Count == 0;

    /// <summary>Finds the markers and returns the text with each replaced by spaces.</summary>
    public static (string Text, TextSuppressions Suppressions) Read(string text)
    {
        var lineStarts = LineStarts(text);
        var suppressions = new TextSuppressions(lineStarts);
        var matches = Marker().Matches(text);
        if (matches.Count == 0)
        {
            return (text, suppressions);
        }

        var chars = text.ToCharArray();
        foreach (Match match in matches)
        {
            var rules = match.Groups["rules"].Value.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (match.Groups["file"].Success)
            {
                suppressions._file.Add(rules);
            }
            else
            {
                suppressions._lines.Add((suppressions.LineOf(match.Index), rules));
            }

            chars.AsSpan(match.Index, match.Length).Fill(' ');
        }

        return (new string(chars), suppressions);
    }

    /// <summary>Whether a finding of this rule starting at this offset is silenced by a marker.</summary>
    public bool Silences(string ruleId, int offset)
    {
        if (_file.Exists(rules => Names(rules, ruleId)))
        {
            return true;
        }

        var line = LineOf(offset);
        return _lines.Exists(m => (line == m.Line || line == m.Line + 1) && Names(m.Rules, ruleId));
    }

    private static bool Names(string[] rules, string ruleId) => rules.Length == 0 || rules.Contains(ruleId, StringComparer.Ordinal);

    private int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return [.. starts];
    }

    [GeneratedRegex(@"<!--\s*factcheck-ignore(?<file>-file)?(?:\s+(?<rules>[a-z0-9, \t-]*?))?\s*-->", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Marker();
}
