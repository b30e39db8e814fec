using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace FactCheck.Benchmarks;

/// <summary>
/// The text and creation date of one MEANTIME document (the NAF-like XML of the MEANTIME news corpus): its tokens
/// joined the way news text is written ("worth $15bn", "Airbus's", "(EADS)"), one sentence after another.
/// </summary>
internal static class MeantimeDocument
{
    private static readonly HashSet<string> NoSpaceBefore = new(StringComparer.Ordinal)
    {
        ",", ".", ":", ";", ")", "]", "?", "!", "%", "'s", "'", "''", "”", "’", "n't", "'ve", "'re", "'ll", "'d", "'m", "...",
    };

    private static readonly HashSet<string> NoSpaceAfter = new(StringComparer.Ordinal)
    {
        "(", "[", "$", "US$", "£", "€", "``", "“", "#",
    };

    /// <summary>Whether the file is a MEANTIME document (its root is <c>Document</c> with <c>token</c> children).</summary>
    public static bool IsMeantime(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var head = new char[400];
        var read = reader.Read(head, 0, head.Length);
        return new string(head, 0, read).Contains("<Document", StringComparison.Ordinal);
    }

    /// <summary>Reads the text of the document and its creation time (null when it names none).</summary>
    public static (string Text, DateOnly? Created) Read(string path)
    {
        var document = XDocument.Load(path);
        var text = new StringBuilder();
        var sentence = "0";
        string? previous = null;
        var quoteOpen = false;
        foreach (var token in document.Root!.Elements("token"))
        {
            var word = token.Value;
            var inSentence = (string?)token.Attribute("sentence") ?? sentence;
            if (previous is not null)
            {
                if (inSentence != sentence)
                {
                    text.Append(sentence == "0" ? "\n\n" : " ");
                }
                else if (!NoSpaceBefore.Contains(word) && !NoSpaceAfter.Contains(previous) && !(word == "\"" && quoteOpen) && !(previous == "\"" && quoteOpen))
                {
                    text.Append(' ');
                }
            }

            if (word == "\"")
            {
                quoteOpen = !quoteOpen;
            }

            text.Append(word switch { "``" or "''" => "\"", _ => word });
            previous = word;
            sentence = inSentence;
        }

        var created = document.Root.Descendants("TIMEX3")
            .Where(t => (string?)t.Attribute("functionInDocument") == "CREATION_TIME")
            .Select(t => (string?)t.Attribute("value"))
            .FirstOrDefault();
        return (text.ToString(), DateOnly.TryParseExact(created, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null);
    }
}
