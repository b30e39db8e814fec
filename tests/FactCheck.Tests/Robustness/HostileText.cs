using System.Text;
using CsCheck;

namespace FactCheck.Tests.Robustness;

/// <summary>
/// Generators of the text newsrooms actually feed a checker: news sentences full of figures, spliced with scraped-page
/// and OCR debris, pasted-spreadsheet storms, other scripts, invisible marks and broken UTF-16.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Subjects =
    [
        "Exports from Pakistan to the US", "The tariff on Chinese steel", "Inflation", "The company's revenue", "Unemployment",
        "The duty", "Its market share", "The budget deficit", "Sales in the third quarter", "The central bank's rate",
    ];

    private static readonly string[] Verbs =
    [
        "rose", "fell", "climbed", "dropped", "jumped", "stood at", "reached", "was cut", "doubled", "halved", "increased by", "is now",
    ];

    private static readonly string[] Figures =
    [
        "29%", "10%", "19 percentage points", "0.5 pp", "50 basis points", "$7 billion", "$4.3bn", "£1.2m", "€350,000", "Rs 3.5bn",
        "Rs. 1,200 crore", "forty-two", "a million", "1,234,567", "3.5pc", "nearly 30 per cent", "more than 40%", "about $2 trillion",
        "from 10% to 29%", "between 5% and 7%", "-3.2%", "1.5 times", "three-fold", "12 million", "2.5x", "one in five", "half",
        "100%", "0%", "1e9", "99.999999999999999999999%", "79228162514264337593543950335", "0.0000000000000000000000000001%",
        "$0.01", "a third", "9/11", "24/7", "1990s", "5pm", "3rd", "4G", "No. 10", "COVID-19", "G7",
    ];

    private static readonly string[] Dates =
    [
        "on April 9", "in 2024", "last year", "in Q3 2024", "since January", "by the end of the decade", "on 2025-04-05",
        "in fiscal 2023-24", "on 9 April 2025", "next month", "in the first half", "on Tuesday", "from 1990 to 2020", "in 1066",
        "on 31/02/2025", "in the year 9999", "on 0000-00-00", "yesterday", "in March 2025", "between 2019 and 2021",
    ];

    private static readonly string[] Sources = ["", "", " according to the ministry", ", officials said", ", the IMF said", " (Reuters)"];

    private static readonly string[] Scripts =
    [
        "ارتفعت الأسعار بنسبة ٢٩٪ في عام ٢٠٢٤", "המחיר עלה ב-29% בשנה שעברה", "निर्यात में २९ प्रतिशत की वृद्धि हुई", "出口增长了29%，达到70亿美元",
        "экспорт вырос на 29 % до 7 млрд долларов", "ส่งออกเพิ่มขึ้น ๒๙ เปอร์เซ็นต์", "２９％の関税", "Ｒｓ　３．５ｂｎ", "Ζ 29 τοις εκατό",
        "𝟐𝟗% 𝟕 𝐛𝐢𝐥𝐥𝐢𝐨𝐧", "👍 29% 💸 $7bn 📉", "e\u0301\u0301\u0301 29\u0301%", "ﷺ ﷽ 29٪",
    ];

    private static readonly string[] Marks =
    [
        "\u200F", "\u200E", "\u202E", "\u202A", "\u202C", "\u2066", "\u2069", "\uFEFF", "\u200B", "\u200D", "\u00AD", "\u00A0",
        "\u2009", "\u202F", "\u2007", "\0", "\r\n", "\r", "\n", "\n\n", "\t", "\v", "\f", "\u2028", "\u2029", "\u0085", "\uD800",
        "\uDC00", "\uDBFF", "\uFFFF", "\uFFFE", "\uFFFD", "\u001B", "\u0007", "\"", "'", "<", "&", "\\", "]]>", "</script>",
    ];

    private static readonly string[] SpacedNumbers =
    [
        "1\u00A0000", "1\u2009000\u2009000", "29\u00A0%", "$\u00A07\u202Fbillion", "3,5 %", "1.234.567,89", "1 000 000", "29 %",
        "$ 7 bn", "7\u00A0bn", "1\u202F234,5", "12\u200B345", "1,00,00,000", "(1,234)", "−29%", "29 ‰", "½", "¾%", "1⁄2",
    ];

    private static readonly string[] StormUnits = ["1,", "1.", "$", "%", "$$$%%%", "1,1", "9", "-", "(", "...", "0", "%%", "$1", ".5", ",", "1e", "bn", "Rs"];

    private static readonly string[] NumberWords =
    [
        "one ", "hundred ", "thousand ", "million ", "billion ", "trillion ", "and ", "forty-two ", "a half ", "per cent ", "twenty ",
        "point ", "five ", "zero ", "dozen ", "score ", "percent ", "times ", "fold ",
    ];

    private static readonly string[] Separators = [" ", ". ", ".\r\n", "\r\n", "\r", "\n\n", "; ", "", "! ", "? ", "… ", " — "];

    /// <summary>A news-like sentence with figures, a time and sometimes a source.</summary>
    public static Gen<string> NewsSentence { get; } =
        Gen.Select(Gen.OneOf(Subjects), Gen.OneOf(Verbs), Gen.OneOf(Figures), Gen.OneOf(Figures), Gen.OneOf(Dates), Gen.OneOf(Sources))
            .Select((subject, verb, figure, other, date, source) => $"{subject} {verb} {figure}, up from {other} {date}{source}.");

    /// <summary>A news sentence with a hostile character spliced in at a random place (often inside a number).</summary>
    public static Gen<string> SplicedSentence { get; } =
        Gen.Select(NewsSentence, Gen.OneOf(Marks.Concat(SpacedNumbers).ToArray()), Gen.Double[0, 1])
            .Select((sentence, mark, where) =>
            {
                var at = (int)(where * sentence.Length);
                return sentence[..at] + mark + sentence[at..];
            });

    /// <summary>Any UTF-16 code units, lone surrogates and NUL included.</summary>
    public static Gen<string> RandomUtf16 { get; } = Gen.Char.Array[0, 300].Select(chars => new string(chars));

    /// <summary>Printable-ish text from across Unicode, with digits and punctuation over-represented.</summary>
    public static Gen<string> RandomUnicodeWords { get; } =
        Gen.Frequency(
                (4, Gen.Char['0', '9']),
                (3, Gen.Char[" .,%$£€¥-()/"]),
                (3, Gen.Char['a', 'z']),
                (2, Gen.Char['\u0590', '\u06FF']),
                (2, Gen.Char['\u0900', '\u0E7F']),
                (2, Gen.Char['\u4E00', '\u4EFF']),
                (1, Gen.Char['\u2000', '\u206F']),
                (1, Gen.Char['\uD800', '\uDFFF']))
            .Array[0, 400]
            .Select(chars => new string(chars));

    /// <summary>One unit repeated many times: <c>1,1,1,1…</c>, <c>$$$%%%…</c>.</summary>
    public static Gen<string> Storm { get; } =
        Gen.Select(Gen.OneOf(StormUnits), Gen.Int[1, 3000]).Select((unit, times) => Repeat(unit, times));

    /// <summary>Number words repeated deeply: "one hundred thousand million billion and …".</summary>
    public static Gen<string> NumberWordPile { get; } =
        Gen.OneOf(NumberWords).Array[1, 400].Select(words => string.Concat(words));

    /// <summary>A line in another script, or one mixing scripts and emoji.</summary>
    public static Gen<string> OtherScript { get; } = Gen.OneOf(Scripts);

    /// <summary>Invisible and control marks, broken surrogates and markup characters, alone or in runs.</summary>
    public static Gen<string> MarkRun { get; } = Gen.OneOf(Marks).Array[1, 20].Select(marks => string.Concat(marks));

    /// <summary>Numbers written with thin spaces, NBSP and foreign group separators.</summary>
    public static Gen<string> SpacedNumber { get; } =
        Gen.Select(Gen.OneOf(SpacedNumbers), Gen.OneOf(Subjects)).Select((number, subject) => $"{subject} was {number} in 2024.");

    /// <summary>A document: a mix of the fragments above, joined by sentence ends and every kind of line end.</summary>
    public static Gen<string> Document { get; } = DocumentOf(25);

    /// <summary>A short document of at most six fragments, for runs over many documents.</summary>
    public static Gen<string> ShortDocument { get; } = DocumentOf(6);

    private static Gen<string> DocumentOf(int maxParts) =>
        Gen.Frequency(
                (8, NewsSentence),
                (6, SplicedSentence),
                (2, RandomUtf16),
                (2, RandomUnicodeWords),
                (1, Storm),
                (1, NumberWordPile),
                (2, OtherScript),
                (2, MarkRun),
                (2, SpacedNumber))
            .Array[0, maxParts]
            .SelectMany(parts => Gen.OneOf(Separators).Array[parts.Length].Select(seps => Join(parts, seps)));

    /// <summary>A line of about <paramref name="length"/> characters with figures and dates but no sentence end.</summary>
    public static string LineWithoutSentenceEnd(int length)
    {
        var builder = new StringBuilder(length + 64);
        var i = 0;
        while (builder.Length < length)
        {
            builder.Append(Subjects[i % Subjects.Length]).Append(' ').Append(Verbs[i % Verbs.Length]).Append(' ')
                .Append(Figures[i % Figures.Length].Replace(".", string.Empty, StringComparison.Ordinal)).Append(' ')
                .Append(Dates[i % Dates.Length]).Append(" and ");
            i++;
        }

        return builder.ToString(0, length);
    }

    private static string Repeat(string unit, int times)
    {
        var builder = new StringBuilder(unit.Length * times);
        for (var i = 0; i < times; i++)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static string Join(string[] parts, string[] separators)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            builder.Append(parts[i]).Append(separators[i]);
        }

        return builder.ToString();
    }
}
