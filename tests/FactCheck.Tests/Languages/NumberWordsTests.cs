using FactCheck.Languages;
using Xunit;

namespace FactCheck.Tests.Languages;

public class NumberWordsTests
{
    private static readonly NumberWords Numbers = LanguagePacks.English.Numbers;

    [Theory]
    [InlineData("zero", 0)]
    [InlineData("Seven", 7)]
    [InlineData("nineteen", 19)]
    [InlineData("twenty", -1)]
    public void UnitOf_Word_Value(string word, int expected) => Assert.Equal(expected, Numbers.UnitOf(word));

    [Theory]
    [InlineData("twenty", 20)]
    [InlineData("NINETY", 90)]
    [InlineData("nine", -1)]
    public void TensOf_Word_Value(string word, int expected) => Assert.Equal(expected, Numbers.TensOf(word));

    [Theory]
    [InlineData("twelve", 12)]
    [InlineData("fifty", 50)]
    [InlineData("dozen", -1)]
    public void ValueOf_Word_Value(string word, int expected) => Assert.Equal(expected, Numbers.ValueOf(word));
}
