using System.Text;
using FactCheck.Text;

namespace FactCheck.Reports.Rendering;

/// <summary>Makes document text safe to hand to encoders and terminals without changing its length.</summary>
internal static class SafeText
{
    /// <summary>
    /// Replaces lone surrogates with U+FFFD, one character for one, so offsets into the text stay valid and every
    /// encoder (JSON, HTML, UTF-8 output) accepts the result.
    /// </summary>
    public static string WellFormed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var firstBad = FirstLoneSurrogate(text);
        if (firstBad < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// For terminals and one-line formats: control characters (which could move the cursor or recolour the
    /// terminal) become visible escapes, line breaks become spaces.
    /// </summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = WellFormed(text);
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '\r' or '\n' or '\t' or '\u2028' or '\u2029' => " ",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => null,
            };
            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>The text of <paramref name="span"/>, or as much of it as lies inside <paramref name="text"/>.</summary>
    public static string Slice(string text, TextSpan span)
    {
        var start = Math.Min(span.Start, text.Length);
        var end = Math.Min(span.End, text.Length);
        return text[start..end];
    }

    private static int FirstLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
