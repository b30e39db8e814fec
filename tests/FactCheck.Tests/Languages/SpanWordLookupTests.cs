using System.Collections.Frozen;
using FactCheck.Languages;
using Xunit;

namespace FactCheck.Tests.Languages;

public class SpanWordLookupTests
{
    private static readonly SpanWordLookup Words = new(new[] { "the", "its" }.ToFrozenSet(StringComparer.Ordinal));

    [Theory]
    [InlineData("its profit", 0, 3, true)]
    [InlineData("so the rate", 3, 3, true)]
    [InlineData("The rate", 0, 3, false)]
    [InlineData("theme", 0, 5, false)]
    [InlineData("them", 0, 3, true)]
    public void Contains_SpanOfText_WhetherListed(string text, int start, int length, bool expected) =>
        Assert.Equal(expected, Words.Contains(text.AsSpan(start, length)));
}
