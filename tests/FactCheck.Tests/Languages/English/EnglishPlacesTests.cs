using FactCheck.Languages.English;
using Xunit;

namespace FactCheck.Tests.Languages.English;

public class EnglishPlacesTests
{
    [Theory]
    [InlineData("pakistani", "Pakistan")]
    [InlineData("u.s.", "United States")]
    [InlineData("us", "United States")]
    [InlineData("united states", "United States")]
    [InlineData("welsh", "Wales")]
    [InlineData("georgian", "Georgia")]
    [InlineData("yugoslav", "Yugoslavia")]
    public void Names_NameOrDemonym_CanonicalPlace(string name, string expected) => Assert.Equal(expected, EnglishPlaces.Names[name]);

    [Fact]
    public void Names_Keys_AreLowerCase() => Assert.All(EnglishPlaces.Names.Keys, key => Assert.Equal(key.ToLowerInvariant(), key));

    [Fact]
    public void Names_EveryCanonicalName_NamesItself()
        => Assert.All(EnglishPlaces.Names.Values.Distinct(), place => Assert.Equal(place, EnglishPlaces.Names.GetValueOrDefault(place.ToLowerInvariant(), place)));
}
