using System.Collections.Frozen;
using System.Reflection;
using FactCheck.Languages.English;
using Xunit;

namespace FactCheck.Tests.Languages.English;

public class EnglishWordClassesTests
{
    public static TheoryData<string> Lists()
    {
        var names = new TheoryData<string>();
        foreach (var field in typeof(EnglishWordClasses).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(FrozenSet<string>)))
        {
            names.Add(field.Name);
        }

        return names;
    }

    private static FrozenSet<string> List(string name) => (FrozenSet<string>)typeof(EnglishWordClasses).GetField(name)!.GetValue(null)!;

    // The lists are built with a check that no word is written twice; reading one proves it.
    [Theory]
    [MemberData(nameof(Lists))]
    public void List_Read_HoldsLowerCaseWordsWithoutRepeats(string name)
    {
        var list = List(name);
        Assert.NotEmpty(list);
        Assert.All(list, word => Assert.Equal(word.ToLowerInvariant(), word));
    }

    [Theory]
    [InlineData(nameof(EnglishWordClasses.PastForms), "was", "rose", "fell", "said", "cut")]
    [InlineData(nameof(EnglishWordClasses.FutureWords), "will", "must", "if", "next", "fy")]
    [InlineData(nameof(EnglishWordClasses.PlanStems), "plan", "aim", "target", "propos", "pledg")]
    [InlineData(nameof(EnglishWordClasses.ContrastPhrases), "compared with", "last year", "a year ago", "year-on-year")]
    [InlineData(nameof(EnglishWordClasses.ReferenceQuantities), "gdp", "income", "target", "capacity", "costs")]
    [InlineData(nameof(EnglishWordClasses.NonNegativeRates), "tariff", "duty", "tax", "levy", "unemployment")]
    [InlineData(nameof(EnglishWordClasses.PresentMarkers), "is", "has", "now", "currently", "remains")]
    [InlineData(nameof(EnglishWordClasses.UpVerbs), "rose", "increased", "jumped", "doubled", "up")]
    [InlineData(nameof(EnglishWordClasses.DownVerbs), "fell", "cut", "halved", "slumped", "down")]
    [InlineData(nameof(EnglishWordClasses.Auxiliaries), "is", "will", "won't", "'s", "not")]
    [InlineData(nameof(EnglishWordClasses.ReportingVerbs), "said", "says", "reported", "estimated", "told")]
    [InlineData(nameof(EnglishWordClasses.Determiners), "a", "an", "the", "this", "no")]
    [InlineData(nameof(EnglishWordClasses.TariffNouns), "tariff", "duties", "levy", "customs", "tariffs")]
    [InlineData(nameof(EnglishWordClasses.NotVerbsEndingInEd), "hundred", "united", "based", "need", "red")]
    [InlineData(nameof(EnglishWordClasses.ImposingVerbs), "imposed", "levied", "slapped", "raised", "announced")]
    [InlineData(nameof(EnglishWordClasses.Superlatives), "largest", "biggest", "highest", "lowest", "most")]
    [InlineData(nameof(EnglishWordClasses.UpDownVerbs), "went", "gone", "is", "was", "moved")]
    [InlineData(nameof(EnglishWordClasses.GrowthNouns), "growth", "rise", "increase")]
    [InlineData(nameof(EnglishWordClasses.DeclineNouns), "fall", "decline", "drop")]
    [InlineData(nameof(EnglishWordClasses.AboveWords), "above", "over")]
    [InlineData(nameof(EnglishWordClasses.ExistingRateWords), "existing", "current", "previous")]
    [InlineData(nameof(EnglishWordClasses.TotalWords), "total", "combined", "overall")]
    [InlineData(nameof(EnglishWordClasses.AdditionalWords), "additional", "extra", "further")]
    [InlineData(nameof(EnglishWordClasses.BelowWords), "below", "under")]
    [InlineData(nameof(EnglishWordClasses.BackReferencePronouns), "that", "this")]
    [InlineData(nameof(EnglishWordClasses.BackReferenceVerbs), "is", "was", "represents", "marks", "would")]
    [InlineData(nameof(EnglishWordClasses.DurationNouns), "years", "months", "hours", "decades")]
    [InlineData(nameof(EnglishWordClasses.CountedSetWords), "other", "top", "remaining")]
    [InlineData(nameof(EnglishWordClasses.GoingVerbs), "go", "cut", "axed", "lost")]
    [InlineData(nameof(EnglishWordClasses.EconomyWords), "unemployment", "inflation", "gdp", "payrolls", "house", "retail")]
    [InlineData(nameof(EnglishWordClasses.PublicBodyWords), "commission", "department", "ministry", "exchange", "bureau")]
    [InlineData(nameof(EnglishWordClasses.ReportingBodyWords), "department", "bureau", "statistics", "office")]
    [InlineData(nameof(EnglishWordClasses.SettingAgainstWords), "compared", "forecast", "expected", "revised", "previous", "estimate", "than")]
    [InlineData(nameof(EnglishWordClasses.HedgingComparatives), "more", "less", "fewer")]
    [InlineData(nameof(EnglishWordClasses.ExampleMarkers), "such as", "including", "like")]
    [InlineData(nameof(EnglishWordClasses.FirmPartNouns), "unit", "division", "subsidiary", "arm")]
    [InlineData(nameof(EnglishWordClasses.PersonPronouns), "he", "she", "we", "his", "our")]
    [InlineData(nameof(EnglishWordClasses.FirstPersonPronouns), "we", "our")]
    [InlineData(nameof(EnglishWordClasses.FirmRoles), "executive", "director", "manager", "boss")]
    [InlineData(nameof(EnglishWordClasses.PersonFirmLinks), "of", "at", "runs", "heads")]
    [InlineData(nameof(EnglishWordClasses.PeopleGroupNouns), "workers", "staff", "bondholders", "creditors")]
    [InlineData(nameof(EnglishWordClasses.BearerPrepositions), "against")]
    [InlineData(nameof(EnglishWordClasses.PassiveAuxiliaries), "was", "been", "being")]
    [InlineData(nameof(EnglishWordClasses.WholeYearWords), "annual", "full-year", "yearly")]
    [InlineData(nameof(EnglishWordClasses.LaterWords), "later", "afterwards")]
    [InlineData(nameof(EnglishWordClasses.ExtraWords), "extra", "additional")]
    [InlineData(nameof(EnglishWordClasses.SamePeriodWords), "that", "same")]
    [InlineData(nameof(EnglishWordClasses.ResultNouns), "profits", "sales", "revenue", "earnings", "turnover")]
    [InlineData(nameof(EnglishWordClasses.ForwardWords), "will", "would", "could", "plans", "expects", "if")]
    [InlineData(nameof(EnglishWordClasses.TotalNouns), "total", "sum", "amount")]
    [InlineData(nameof(EnglishWordClasses.PurposePrepositions), "for", "on", "into")]
    [InlineData(nameof(EnglishWordClasses.BareRateWords), "annual", "monthly", "increase")]
    [InlineData(nameof(EnglishWordClasses.ActorDealVerbs), "holding", "owning", "paid")]
    [InlineData(nameof(EnglishWordClasses.SaleParticiples), "sold", "bought", "won")]
    [InlineData(nameof(EnglishWordClasses.NounsToo), "accounts", "sales", "costs")]
    [InlineData(nameof(EnglishWordClasses.PlaceholderNouns), "total", "range", "figure")]
    [InlineData(nameof(EnglishWordClasses.HeldLevelWords), "unchanged", "steady")]
    [InlineData(nameof(EnglishWordClasses.ObjectlessSaleVerbs), "sell", "sold")]
    [InlineData(nameof(EnglishWordClasses.OwnershipParticiples), "owned", "held", "controlled")]
    [InlineData(nameof(EnglishWordClasses.TimeZones), "gmt", "bst", "utc")]
    [InlineData(nameof(EnglishWordClasses.FocusAdverbs), "just", "only")]
    [InlineData(nameof(EnglishWordClasses.RatePayingVerbs), "pay", "pays")]
    [InlineData(nameof(EnglishWordClasses.NotNames), "gmt", "the", "however", "instead", "id", "ceo")]
    [InlineData(nameof(EnglishWordClasses.SentenceAdverbs), "instead", "currently", "separately")]
    [InlineData(nameof(EnglishWordClasses.ThingAbbreviations), "id", "ipo", "vat")]
    [InlineData(nameof(EnglishWordClasses.TradedPriceHeads), "shares", "stock")]
    public void List_WordsTheReadersRelyOn_ArePresent(string name, params string[] words)
        => Assert.All(words, word => Assert.Contains(word, (IReadOnlySet<string>)List(name)));

    [Theory]
    [InlineData("earned", "earnings")]
    [InlineData("spent", "spending")]
    [InlineData("lost", "loss")]
    [InlineData("paid", "payment")]
    [InlineData("sued", "claim")]
    public void DealVerbNouns_VerbOfASum_NamesItsNoun(string verb, string noun)
        => Assert.Equal(noun, EnglishWordClasses.DealVerbNouns[verb]);

    // Every verb with a noun is a deal verb, so that the noun is reached.
    [Fact]
    public void DealVerbNouns_Verbs_AreDealVerbs()
        => Assert.All(EnglishWordClasses.DealVerbNouns.Keys, verb => Assert.True(
            EnglishWordClasses.DealVerbs.Contains(verb) || EnglishWordClasses.ActorDealVerbs.Contains(verb), verb));

    [Fact]
    public void SettingAgainstWords_HoldNoHedge_SoMoreThanTenPercentSetsNothingAgainst()
        => Assert.Empty(EnglishWordClasses.SettingAgainstWords.Intersect(EnglishWordClasses.HedgingComparatives));

    // "held rates at 4.75%": a verb of holding a level is no deal; only its participle after a holder ("creditors holding $41bn") is.
    [Fact]
    public void ActorDealVerbs_HoldNoFiniteFormOfHold()
        => Assert.DoesNotContain("held", (IReadOnlySet<string>)EnglishWordClasses.ActorDealVerbs);

    // "the growth rate" names its measure; only words of frequency or change leave a rate bare.
    [Fact]
    public void BareRateWords_HoldNoMeasure()
        => Assert.DoesNotContain("growth", (IReadOnlySet<string>)EnglishWordClasses.BareRateWords);

    [Fact]
    public void AboveAndBelowWords_NameOppositeDirections_ShareNoWord()
        => Assert.Empty(EnglishWordClasses.AboveWords.Intersect(EnglishWordClasses.BelowWords));

    [Fact]
    public void Ordinals_SecondToTenth_InWordsAndDigits()
    {
        Assert.Equal(2, EnglishWordClasses.Ordinals["second"]);
        Assert.Equal(10, EnglishWordClasses.Ordinals["10th"]);
        Assert.False(EnglishWordClasses.Ordinals.ContainsKey("first"));
    }
}
