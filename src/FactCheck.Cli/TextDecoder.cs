using System.Text;

namespace FactCheck.Cli;

/// <summary>
/// Decodes a file's bytes: UTF-8 with or without a byte order mark, UTF-16 and UTF-32 with one, Latin-1 when
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
            return Utf8OrLatin1(bytes[3..]);
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

        return Utf8OrLatin1(bytes);
    }

    private static DecodedText Utf8OrLatin1(ReadOnlySpan<byte> bytes)
    {
        var buffer = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out var read, out var written, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done)
        {
            return DecodedText.Ok(new string(buffer, 0, written));
        }

        return DecodedText.Ok(
            Encoding.Latin1.GetString(bytes),
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"not valid UTF-8 (byte offset {read}); read as Latin-1"));
    }

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
