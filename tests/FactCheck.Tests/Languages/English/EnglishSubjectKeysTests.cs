using FactCheck.Claims;
using FactCheck.Languages;
using FactCheck.Reference;
using Xunit;

namespace FactCheck.Tests.Languages.English;

public class EnglishSubjectKeysTests
{
    private static readonly SubjectKeys Keys = LanguagePacks.English.SubjectKeys;

    [Theory]
    [InlineData("duties", "tariff")]
    [InlineData("levy", "tariff")]
    [InlineData("customs", "tariff")]
    [InlineData("tariffs", "tariff")]
    [InlineData("taxes", "tax")]
    [InlineData("earnings", "profit")]
    [InlineData("sales", "revenue")]
    [InlineData("goods", "export")]
    [InlineData("attacks", "attack")]
    [InlineData("news", "news")]
    public void Canonical_Word_CanonicalForm(string word, string expected) => Assert.Equal(expected, Keys.Canonical(word));

    [Fact]
    public void Canonical_EveryTariffNounOfTheClaimsStage_IsTariff()
        => Assert.All(Lexicon.TariffNouns, word => Assert.Equal("tariff", Keys.Canonical(word)));

    [Fact]
    public void Words_Subject_ContentWordsCanonical()
        => Assert.Equal(["export", "pakistan", "tariff"], Keys.Words("The new customs duties on goods from Pakistan").Order(StringComparer.Ordinal));

    [Fact]
    public void Matches_CustomsFactAndDutyClaim_SameSubject()
        => Assert.True(SubjectMatcher.Matches("US customs on steel", ["the duty on steel", "tariff steel", "US"]));

    [Fact]
    public void Normalize_ClaimsAndFactsWording_SameKey()
        => Assert.Equal(SubjectMatcher.Normalize("levies on steel imports"), SubjectMatcher.Normalize("steel import duty"));
}
