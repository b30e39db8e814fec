using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace FactCheck.Reports;

/// <summary>
/// Turns an interpolated string into a <see cref="FindingMessage"/>: the literal text becomes the template and each
/// hole an argument, so <c>$"{quote} is {number}%"</c> keeps its number as a number until the report is written.
/// </summary>
[InterpolatedStringHandler]
internal readonly struct FindingMessageHandler
{
    private readonly StringBuilder _template;
    private readonly List<object?> _arguments;

    public FindingMessageHandler(int literalLength, int formattedCount)
    {
        _template = new StringBuilder(literalLength + (formattedCount * 4));
        _arguments = new List<object?>(formattedCount);
    }

    public void AppendLiteral(string text) => _template.Append(Escape(text));

    public void AppendFormatted<T>(T value) => AppendFormatted(value, format: null);

    public void AppendFormatted<T>(T value, string? format)
    {
        _template.Append('{').Append(_arguments.Count.ToString(CultureInfo.InvariantCulture));
        if (format is not null)
        {
            _template.Append(':').Append(format);
        }

        _template.Append('}');
        _arguments.Add(value);
    }

    /// <summary>A number with its unit words: the words go into the template, the number stays an argument.</summary>
    public void AppendFormatted(MessageNumber number)
    {
        AppendLiteral(number.Prefix);
        AppendFormatted(number.Value, number.Format);
        AppendLiteral(number.Suffix);
    }

    /// <summary>A message inside a message: its template is taken in, its arguments appended.</summary>
    public void AppendFormatted(FindingMessage? message)
    {
        if (message is null)
        {
            return;
        }

        var offset = _arguments.Count;
        var template = message.Template;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                _template.Append(c).Append(c);
                i++;
            }
            else if (c == '{')
            {
                var end = i + 1;
                while (end < template.Length && char.IsAsciiDigit(template[end]))
                {
                    end++;
                }

                var index = int.Parse(template.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture);
                var close = template.IndexOf('}', end);
                _template.Append('{').Append((index + offset).ToString(CultureInfo.InvariantCulture)).Append(template, end, close + 1 - end);
                i = close;
            }
            else
            {
                _template.Append(c);
            }
        }

        _arguments.AddRange(message.Arguments);
    }

    public FindingMessage ToMessage() => new(_template.ToString(), [.. _arguments]);

    private static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}
