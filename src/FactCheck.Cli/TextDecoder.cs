using System.Text;

namespace FactCheck.Cli;

/// <summary>
/// Decodes a file's bytes: UTF-8 with or without a byte order mark, UTF-16 and UTF-32 with one, Windows-1252 when
/// the bytes are not valid UTF-8 (with a note). Bytes with NUL and no byte order mark are refused as binary.
/// </summary>
internal static class TextDecoder
{
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }))
        {
            return Strict(new UTF32Encoding(bigEndian: false, byteOrderMark: true, throwOnInvalidCharacters: true), bytes[4..], "UTF-32");
        }

        if (bytes.StartsWith(new byte[] { 0x00, 0x00, 0xFE, 0xFF }))
        {
            return Strict(new UTF32Encoding(bigEndian: true, byteOrderMark: true, throwOnInvalidCharacters: true), bytes[4..], "UTF-32");
        }

        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return Utf8OrWindows1252(bytes[3..]);
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return Strict(new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), bytes[2..], "UTF-16");
        }

        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return Strict(new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), bytes[2..], "UTF-16");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return DecodedText.Failed("binary file (it contains NUL bytes; UTF-16 text needs a byte order mark); skipped");
        }

        return Utf8OrWindows1252(bytes);
    }

    private static DecodedText Utf8OrWindows1252(ReadOnlySpan<byte> bytes)
    {
        var buffer = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out var read, out var written, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done)
        {
            return DecodedText.Ok(new string(buffer, 0, written));
        }

        return DecodedText.Ok(
            Windows1252(bytes),
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"not valid UTF-8 (byte offset {read}); read as Windows-1252"));
    }

    /// <summary>
    /// Text that is not UTF-8 is most often Windows-1252, not Latin-1: the two differ only in 0x80–0x9F, where
    /// Windows-1252 has the euro sign, curly quotes and dashes and Latin-1 has control characters. The five bytes
    /// Windows-1252 leaves undefined keep their Latin-1 meaning, as Windows itself reads them.
    /// </summary>
    private static string Windows1252(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes.ToArray(), static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var b = source[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;
            }
        });
    }

    private const string Windows1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private static DecodedText Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return DecodedText.Ok(encoding.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return DecodedText.Failed($"not valid {name} despite its byte order mark; skipped");
        }
    }
}
