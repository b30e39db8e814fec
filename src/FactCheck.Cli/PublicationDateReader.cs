using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Cli;

/// <summary>
/// Finds a document's own publication date: a <c>published:</c> or <c>date:</c> key in YAML front matter, or a
/// dateline at the top ("LONDON, April 5, 2025 –", "Published: 5 April 2025").
/// </summary>
internal static partial class PublicationDateReader
{
    private static readonly string[] DatelineFormats =
    [
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM. d, yyyy", "MMM d yyyy",
        "d MMMM yyyy", "d MMM yyyy", "d MMMM, yyyy", "yyyy-MM-dd",
    ];

    /// <summary>
    /// Reads the date. Front matter is blanked out in the returned text (replaced by spaces, line breaks kept) so
    /// that it is not read as article text while every offset and line number stays where it was.
    /// </summary>
    public static (string Text, DateOnly? Date, InputProblem? Problem) Read(string path, string text)
    {
        if (TryFrontMatter(text, out var end, out var lines))
        {
            DateOnly? date = null;
            InputProblem? problem = null;
            for (var i = 0; i < lines.Count; i++)
            {
                var match = FrontMatterKey().Match(lines[i]);
                if (!match.Success)
                {
                    continue;
                }

                var value = match.Groups["value"].Value.Trim().Trim('"', '\'');
                if (TryParseIso(value, out var parsed))
                {
                    date = parsed;
                }
                else
                {
                    problem = new InputProblem(path, $"front matter '{match.Groups["key"].Value}' is not a date (expected yyyy-MM-dd): '{value}'", i + 2);
                }

                break;
            }

            return (Blank(text, end), date, problem);
        }

        return (text, Dateline(text), null);
    }

    public static bool TryParseIso(string value, out DateOnly date)
    {
        // Front matter often carries a time: "2025-04-05T10:00:00Z", "2025-04-05 10:00".
        var datePart = value.Length > 10 && (value[10] == 'T' || value[10] == ' ') ? value[..10] : value;
        return DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static bool TryFrontMatter(string text, out int end, out List<string> lines)
    {
        end = 0;
        lines = [];
        var offset = text.StartsWith('\uFEFF') ? 1 : 0;
        var first = ReadLine(text, ref offset);
        if (first is null || first.TrimEnd() != "---")
        {
            return false;
        }

        while (ReadLine(text, ref offset) is { } line)
        {
            var trimmed = line.TrimEnd();
            if (trimmed is "---" or "...")
            {
                end = offset;
                return true;
            }

            lines.Add(line);
        }

        return false;
    }

    private static string? ReadLine(string text, ref int offset)
    {
        if (offset >= text.Length)
        {
            return null;
        }

        var newline = text.IndexOf('\n', offset);
        var end = newline < 0 ? text.Length : newline;
        var line = text[offset..end].TrimEnd('\r');
        offset = newline < 0 ? text.Length : newline + 1;
        return line;
    }

    private static string Blank(string text, int end)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < end; i++)
        {
            if (chars[i] is not ('\n' or '\r'))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    private static DateOnly? Dateline(string text)
    {
        var head = text.Length > 400 ? text[..400] : text;
        var match = DatelinePattern().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var value = Regex.Replace(match.Groups["date"].Value, @"\s+", " ");
        return DateOnly.TryParseExact(value, DatelineFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    [GeneratedRegex(@"^\s*(?<key>published|date|publishdate|published_at|pubdate)\s*:\s*(?<value>.+?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex FrontMatterKey();

    [GeneratedRegex(
        @"\A\s*(?:(?i:published|date|updated)\s*:\s*|[A-Z][A-Z .'’-]{1,40},\s*(?:[A-Z][a-z]+,\s*)?)(?<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8},?\s+\d{4})|(?:\d{4}-\d{2}-\d{2}))",
        RegexOptions.CultureInvariant,
        1000)]
    private static partial Regex DatelinePattern();
}
