using FactCheck.Claims;
using FactCheck.Recognition;
using FactCheck.Text;
using Xunit;

namespace FactCheck.Tests.Claims;

/// <summary>
/// The claims stage on its own, fed with mentions built by hand, so that what it does with a given set of
/// figures is pinned down apart from recognition.
/// </summary>
public class ClaimExtractorTests
{
    private static readonly DateOnly Published = new(2025, 4, 5);

    [Fact]
    public void Extract_NoMentions_GivesNoClaims()
    {
        var document = new Document("Nothing here is counted.", Published);

        var claims = new ClaimExtractor().Extract(document, SentenceSegmenter.Split(document.Text), [], CancellationToken.None);

        Assert.Empty(claims);
    }

    [Fact]
    public void Extract_CancelledToken_Throws()
    {
        var text = "Profits rose 5%.";
        var document = new Document(text, Published);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => new ClaimExtractor().Extract(document, SentenceSegmenter.Split(text), [Percent(text, "5%")], cancelled.Token));
    }

    [Fact]
    public void Extract_UpFromTheEarlier_GroupsBothFiguresIntoOneTariffClaim()
    {
        var text = "Exports from Pakistan to the US now face a 29% duty, up from the earlier 10%.";
        var mentions = new[] { Percent(text, "29%"), Percent(text, "10%") };

        var claim = Assert.Single(Extract(text, mentions));

        Assert.Equal(ClaimKind.FromTo, claim.Kind);
        Assert.Equal(29m, claim.Value);
        Assert.Equal(10m, claim.PreviousValue);
        Assert.Equal(1, claim.Previous!.MentionIndex);
        Assert.Equal(ChangeDirection.Up, claim.Direction);
        Assert.Equal(Measure.Rate, claim.Measure);
        Assert.Equal("duty on exports from Pakistan to the US", claim.Subject);
        Assert.Equal([0, 1], claim.MentionIndices);
        Assert.Equal("United States", claim.Tariff!.Imposer);
        Assert.Equal("Pakistan", claim.Tariff.Target);
        Assert.Equal(10m, claim.Tariff.PreviousRate);
        Assert.True(claim.Time!.FromPublicationDate);
        Assert.Equal(Published, claim.Time.Date!.Start);
    }

    [Fact]
    public void Extract_DefiniteDescriptionInNextSentence_GivesTheEarlierDutyItsEffectiveDate()
    {
        var text = "Exports from Pakistan to the US now face a 29% duty, up from the earlier 10%. The increased tariff takes full effect on April 9.";
        var april9 = new DateOnly(2025, 4, 9);
        var mentions = new[] { Percent(text, "29%"), Percent(text, "10%"), Date(text, "April 9", april9, april9, DateGrain.Day) };

        var claim = Assert.Single(Extract(text, mentions));

        Assert.Equal(april9, claim.EffectiveDate!.Date!.Start);
        Assert.Equal("on April 9", claim.EffectiveDate.Text);
    }

    [Fact]
    public void Extract_TheseFiguresWereReleasedBy_AttributesTheSentenceBefore()
    {
        var text = "In January 2025, terror attacks in Pakistan jumped by 42%. These figures were released by the Pakistan Institute for Conflict and Security Studies (PICSS).";
        var mentions = new[] { Date(text, "January 2025", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31), DateGrain.Month), Percent(text, "42%") };

        var claim = Assert.Single(Extract(text, mentions));

        Assert.Equal(ClaimKind.Change, claim.Kind);
        Assert.Equal("Pakistan Institute for Conflict and Security Studies (PICSS)", claim.Source!.Name);
        Assert.Equal("terror attacks in Pakistan", claim.Subject);
        Assert.Equal("In January 2025", claim.Time!.Text);
        Assert.False(claim.Time.FromPublicationDate);
    }

    [Fact]
    public void Extract_DemonymAndPlaceName_GiveTheSameSubjectKey()
    {
        var first = "Pakistani exports face a 29% tariff.";
        var second = "Exports from Pakistan face a 29% tariff.";

        var a = Assert.Single(Extract(first, [Percent(first, "29%")]));
        var b = Assert.Single(Extract(second, [Percent(second, "29%")]));

        Assert.Equal("tariff export pakistan", a.SubjectKey);
        Assert.Equal(a.SubjectKey, b.SubjectKey);
        Assert.Equal(["Pakistan"], a.Entities);
    }

    [Fact]
    public void Extract_SeveralClaims_NumbersThemInTextOrderAndLinksRestatements()
    {
        var text = "Unemployment rose to 5% in March. Unemployment was 4% in February.";
        var march = Date(text, "March", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31), DateGrain.Month);
        var february = Date(text, "February", new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 28), DateGrain.Month);
        var mentions = new[] { Percent(text, "5%"), march, Percent(text, "4%"), february };

        var claims = Extract(text, mentions);

        Assert.Equal(["c1", "c2"], claims.Select(c => c.Id));
        Assert.Equal([5m, 4m], claims.Select(c => c.Value));
        Assert.Equal(["c2"], claims[0].Related);
        Assert.Equal(["c1"], claims[1].Related);
        Assert.Equal(new DateOnly(2025, 3, 1), claims[0].Time!.Date!.Start);
        Assert.Equal(new DateOnly(2025, 2, 1), claims[1].Time!.Date!.Start);
    }

    [Fact]
    public void Extract_WithoutPublicationDate_PresentTenseClaimHasNoTime()
    {
        var text = "The unemployment rate is 4%.";
        var document = new Document(text);

        var claim = Assert.Single(new ClaimExtractor().Extract(document, SentenceSegmenter.Split(text), [Percent(text, "4%")], CancellationToken.None));

        Assert.Null(claim.Time);
    }

    private static IReadOnlyList<Claim> Extract(string text, IReadOnlyList<Mention> mentions) =>
        new ClaimExtractor().Extract(new Document(text, Published), SentenceSegmenter.Split(text), mentions, CancellationToken.None);

    [Fact]
    public void Extract_OneSubjectStatedManyTimes_LinksEachClaimToItsNeighboursOnly()
    {
        // 400 statements of the steel duty. Linking every pair would give 159,600 links; each claim is linked to
        // the nearest statements of the same subject instead, so links grow with the text, not with its square.
        var sentences = Enumerable.Range(0, 400).Select(i => $"The duty on steel is {10 + (i % 50)}%.").ToArray();
        var text = string.Join(" ", sentences);
        var mentions = new List<Mention>();
        var at = 0;
        foreach (var sentence in sentences)
        {
            var start = text.IndexOf(sentence, at, StringComparison.Ordinal);
            var figure = sentence["The duty on steel is ".Length..^1];
            var value = decimal.Parse(figure[..^1], System.Globalization.CultureInfo.InvariantCulture);
            var span = new TextSpan(start + "The duty on steel is ".Length, start + sentence.Length - 1);
            mentions.Add(new Mention(MentionKind.Percentage, span, figure, value, "%", value - 0.5m, value + 0.5m));
            at = start + sentence.Length;
        }

        var document = new Document(text, Published);
        var claims = new ClaimExtractor().Extract(document, SentenceSegmenter.Split(text), mentions, CancellationToken.None);

        Assert.Equal(400, claims.Count);
        Assert.All(claims, c => Assert.InRange(c.Related.Count, 1, 16));
        Assert.Contains("c2", claims[0].Related);
        Assert.DoesNotContain("c400", claims[0].Related);
    }

    [Fact]
    public void EffectiveDateAntecedent_LongDocument_ReadsOnlyTheDraftsWithinReach()
    {
        // 5,000 sentences of one rate claim each, then "It takes effect on April 9" with no rate claim near it.
        var drafts = new CountingList<ClaimDraft>(Enumerable.Range(0, 5_000)
            .Select(k => new ClaimDraft(k, 0, ClaimKind.Level, 0) { Measure = Measure.Rate, Subject = new SubjectInfo("the duty", "duty", ["duty"], [], 0, 1, isAnaphoric: false) })
            .ToList());

        var far = ClaimExtractor.EffectiveDateAntecedent(drafts, 10_000, "duty", isPronoun: false);
        var readFar = drafts.Reads;
        var near = ClaimExtractor.EffectiveDateAntecedent(drafts, 5_002, "tariff", isPronoun: true);

        Assert.Null(far);
        Assert.Equal(1, readFar); // the last draft is already out of reach: the search stops there, not at the first draft
        Assert.Same(drafts[4_999], near);
    }

    private sealed class CountingList<T>(List<T> items) : IReadOnlyList<T>
    {
        public int Reads { get; private set; }

        public int Count => items.Count;

        public T this[int index]
        {
            get
            {
                Reads++;
                return items[index];
            }
        }

        public IEnumerator<T> GetEnumerator()
        {
            foreach (var item in items)
            {
                Reads++;
                yield return item;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static Mention Percent(string text, string figure)
    {
        var start = text.IndexOf(figure, StringComparison.Ordinal);
        var value = decimal.Parse(figure.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture);
        return new Mention(MentionKind.Percentage, new TextSpan(start, start + figure.Length), figure, value, "%", value - 0.5m, value + 0.5m);
    }

    private static Mention Date(string text, string words, DateOnly start, DateOnly end, DateGrain grain)
    {
        var at = text.IndexOf(words, StringComparison.Ordinal);
        return new Mention(MentionKind.Date, new TextSpan(at, at + words.Length), words, start.Year, "date", start.Year, end.Year,
            date: new DateValue(grain, start, end, start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Extract_FigureAfterABracketWithNoWordBeforeIt_BuildsTheClaimWithoutFailing()
    {
        // "(1,234)at" leaves "of/at/for" after a phrase with no content word: no head to read, and no internal error.
        var text = "Inflation stood (1,234)at about $2 trillion.";
        var report = new FactCheckerBuilder().Build().CheckText(text, Published);

        Assert.DoesNotContain(report.Findings, f => f.RuleId == "internal-error");
        Assert.Contains(report.Claims, c => c.Value == 2_000_000_000_000m);
    }
}
