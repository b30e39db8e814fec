using System.Text;
using FactCheck.Cli;
using Xunit;

namespace FactCheck.Tests.Cli;

public class TextDecoderTests
{
    [Fact]
    public void Decode_Windows1252Bytes_ReadsEuroAndCurlyQuotesWithANote()
    {
        // "The fee rose to €5m, a “record”." as Windows-1252 writes it: 0x80 is €, 0x93 and 0x94 are the quotes.
        var bytes = Encoding.ASCII.GetBytes("The fee rose to #5m, a {record}.");
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0x80;
        bytes[Array.IndexOf(bytes, (byte)'{')] = 0x93;
        bytes[Array.IndexOf(bytes, (byte)'}')] = 0x94;

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("The fee rose to €5m, a “record”.", decoded.Text);
        Assert.Equal("not valid UTF-8 (byte offset 16); read as Windows-1252", decoded.Note);
    }

    [Fact]
    public void Decode_Latin1Letters_AreTheSameInWindows1252()
    {
        var decoded = TextDecoder.Decode(Encoding.Latin1.GetBytes("Le café coûte 5% de plus."));

        Assert.Equal("Le café coûte 5% de plus.", decoded.Text);
    }
}
