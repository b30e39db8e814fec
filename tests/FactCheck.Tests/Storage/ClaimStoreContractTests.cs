using FactCheck.Storage;
using Xunit;

namespace FactCheck.Tests.Storage;

/// <summary>
/// What every claim store must do, run against each store by a class that says how to open a fresh one. The sentences
/// are written for these tests: two statements of one company's pre-tax profits for 2004 that cannot both hold.
/// </summary>
public abstract class ClaimStoreContractTests
{
    private static readonly FactChecker Checker = new FactCheckerBuilder().Build();

    protected static Document Story { get; } = new(
        "Acme Motors' pre-tax profits rose to £5.2bn in 2004, the company said.", new DateOnly(2005, 1, 10), source: "wire/acme-results.txt");

    protected static Document Correction { get; } = new(
        "Acme Motors' pre-tax profits rose to £4.4bn in 2004, the firm said.", new DateOnly(2005, 1, 12), source: "paper/acme-correction.txt");

    /// <summary>Opens an empty store of its own for one test; the same name opens the same store again.</summary>
    protected abstract Task<IClaimStore> OpenAsync(string name);

    /// <summary>Makes the store record a schema version newer than this FactCheck reads.</summary>
    protected abstract Task SetSchemaVersionAsync(string name, int version);

    [StoreFact]
    public async Task IndexAsync_NewDocument_AddsItsClaims()
    {
        var store = await OpenAsync("new");

        var outcome = await Checker.IndexAsync(Story, store);

        Assert.Equal(IndexOutcome.Added, outcome);
        var counts = await store.CountAsync();
        Assert.Equal(1, counts.Documents);
        Assert.Equal(Checker.Check(Story).Claims.Count, counts.Claims);
        Assert.Equal(StoredDocument.HashOf(Story), await store.FindContentHashAsync(Story.Source));
    }

    [StoreFact]
    public async Task IndexAsync_SameContentAgain_ChangesNothing()
    {
        var store = await OpenAsync("same");
        await Checker.IndexAsync(Story, store);

        var again = await Checker.IndexAsync(Story, store);
        var stored = await store.IndexAsync(StoredDocument.FromReport(Checker.Check(Story)));

        Assert.Equal(IndexOutcome.Unchanged, again);
        Assert.Equal(IndexOutcome.Unchanged, stored);
        Assert.Equal(Checker.Check(Story).Claims.Count, (await store.CountAsync()).Claims);
    }

    [StoreFact]
    public async Task IndexAsync_ChangedDocument_ReplacesItsClaims()
    {
        var store = await OpenAsync("changed");
        await Checker.IndexAsync(Story, store);
        var changed = new Document("Acme Motors' pre-tax profits rose to £5.3bn in 2004. It employs 12,000 people in Wales.", Story.Published, source: Story.Source);

        var outcome = await Checker.IndexAsync(changed, store);

        Assert.Equal(IndexOutcome.Replaced, outcome);
        var found = await store.FindAsync([Lookup(Story)], null);
        Assert.Equal(5.3e9m, Assert.Single(found).Value);
        Assert.Equal(Checker.Check(changed).Claims.Count, (await store.CountAsync()).Claims);
    }

    [StoreFact]
    public async Task FindAsync_StoredClaim_ComesBackWithEveryField()
    {
        var store = await OpenAsync("round-trip");
        var document = StoredDocument.FromReport(Checker.Check(Story));
        await store.IndexAsync(document);

        var found = Assert.Single(await store.FindAsync([Lookup(Story)], null));

        var expected = Assert.Single(document.Claims, c => c.Comparable);
        Assert.Equal("wire/acme-results.txt", found.DocumentId);
        Assert.Equal(new DateOnly(2005, 1, 10), found.DocumentPublished);
        Assert.Equal("£5.2bn", found.FigureText);
        Assert.Equal(5.2e9m, found.Value);
        Assert.Equal("GBP", found.Unit);
        Assert.Equal(new DateOnly(2004, 1, 1), found.Period!.Start);
        Assert.Equal(new DateOnly(2004, 12, 31), found.Period.End);
        Assert.Equal(expected.Low, found.Low);
        Assert.Equal(expected.High, found.High);
        Assert.Equal(expected.Key, found.Key);
        Assert.Equal(expected.Entity, found.Entity);
        Assert.Equal(expected.Entities, found.Entities);
        Assert.Equal(expected.Quantity, found.Quantity);
        Assert.Equal(expected.Attribution, found.Attribution);
        Assert.Equal(expected.Span, found.Span);
        Assert.Equal(expected.Text, found.Text);
        Assert.Equal(expected.Modality, found.Modality);
        Assert.Equal(expected.Kind, found.Kind);
    }

    [StoreFact]
    public async Task FindAsync_OtherKeyOrExcludedDocument_FindsNothing()
    {
        var store = await OpenAsync("keys");
        await Checker.IndexAsync(Story, store);
        var key = Lookup(Story).Key;
        var otherYear = new ClaimLookup(new ClaimKey(key.SubjectKey, key.Measure, key.Unit, "2003-01-01/2003-12-31"));
        var otherUnit = new ClaimLookup(new ClaimKey(key.SubjectKey, key.Measure, "USD", key.Period));

        Assert.Empty(await store.FindAsync([otherYear, otherUnit], null));
        Assert.Empty(await store.FindAsync([Lookup(Story)], Story.Source));
        Assert.Single(await store.FindAsync([new ClaimLookup(new ClaimKey(key.SubjectKey, key.Measure, "gbp", key.Period))], null));
    }

    [StoreFact]
    public async Task CheckAgainstAsync_CorrectionOfStoredStory_NamesTheStoryItsDateAndSource()
    {
        var store = await OpenAsync("correction");
        await Checker.IndexAsync(Story, store);

        var (report, findings) = await Checker.CheckAgainstAsync(Correction, store);

        var finding = Assert.Single(findings);
        Assert.Equal("cross-document", finding.Finding.RuleId);
        Assert.Equal("wire/acme-results.txt", finding.Finding.OtherDocument);
        Assert.Equal(new DateOnly(2005, 1, 10), finding.Other.DocumentPublished);
        Assert.Contains("(published 2005-01-10)", finding.Finding.Message, StringComparison.Ordinal);
        Assert.Contains("£5.2bn", finding.Finding.Message, StringComparison.Ordinal);
        Assert.Contains("£4.4bn", finding.Finding.Message, StringComparison.Ordinal);
        Assert.Equal(report.Claims.Single(c => c.Value == 4.4e9m).Id, Assert.Single(finding.Finding.ClaimIds));
        Assert.Equal(-0.8e9m, finding.Finding.Computation!.Result);
    }

    [StoreFact]
    public async Task CheckAgainstAsync_FindsWhatCheckTogetherFinds()
    {
        var store = await OpenAsync("together");
        await Checker.IndexAsync(Story, store);

        var (_, findings) = await Checker.CheckAgainstAsync(Correction, store);
        var together = Checker.CheckTogether([Story, Correction]).Findings;

        Assert.Equal(together.Count, findings.Count);
        Assert.Equal(together.Single().Finding.Computation!.Result, findings.Single().Finding.Computation!.Result);
    }

    [StoreFact]
    public async Task CheckAgainstAsync_SameFigureOrItsOwnDocument_FindsNothing()
    {
        var store = await OpenAsync("agree");
        await Checker.IndexAsync(Story, store);
        var agreeing = new Document("Acme Motors' pre-tax profits rose to £5.2bn in 2004.", new DateOnly(2005, 2, 1), source: "paper/acme-later.txt");
        var changedStory = new Document(Correction.Text, Story.Published, source: Story.Source);

        Assert.Empty((await Checker.CheckAgainstAsync(agreeing, store)).Findings);
        Assert.Empty((await Checker.CheckAgainstAsync(changedStory, store)).Findings);
    }

    [StoreFact]
    public async Task CheckAgainstAsync_PresentTenseMonthsApart_FindsNothing()
    {
        var store = await OpenAsync("present");
        await Checker.IndexAsync(new Document("Pakistani goods now face a 29% tariff in the US.", new DateOnly(2025, 4, 5), source: "dawn.txt"), store);

        var weekLater = await Checker.CheckAgainstAsync(new Document("Pakistani goods now face a 30% tariff in the US.", new DateOnly(2025, 4, 8), source: "nation.txt"), store);
        var monthsLater = await Checker.CheckAgainstAsync(new Document("Pakistani goods now face a 30% tariff in the US.", new DateOnly(2025, 7, 8), source: "nation.txt"), store);

        Assert.Single(weekLater.Findings);
        Assert.Empty(monthsLater.Findings);
    }

    [StoreFact]
    public async Task OpenAsync_AgainAfterIndexing_KeepsTheClaims()
    {
        var first = await OpenAsync("reopen");
        await Checker.IndexAsync(Story, first);

        var second = await OpenAsync("reopen");

        Assert.Equal(IndexOutcome.Unchanged, await Checker.IndexAsync(Story, second));
        Assert.Single((await Checker.CheckAgainstAsync(Correction, second)).Findings);
    }

    [StoreFact]
    public async Task OpenAsync_NewerSchemaVersion_ThrowsClaimStoreExceptionNamingIt()
    {
        await OpenAsync("newer");
        await SetSchemaVersionAsync("newer", 99);

        var error = await Assert.ThrowsAsync<ClaimStoreException>(() => OpenAsync("newer"));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task IndexAsync_ManyDocumentsAtOnce_StoresEachOnce()
    {
        var store = await OpenAsync("parallel");
        var documents = Enumerable.Range(1, 12)
            .Select(i => new Document($"Acme Motors' pre-tax profits rose to £{i}.5bn in 2004.", Story.Published, source: $"wire/{i}.txt"))
            .ToArray();

        var outcomes = await Task.WhenAll(documents.Concat(documents).Select(d => Task.Run(() => Checker.IndexAsync(d, store))));

        Assert.Equal(12, outcomes.Count(o => o == IndexOutcome.Added));
        Assert.Equal(12, outcomes.Count(o => o == IndexOutcome.Unchanged));
        Assert.Equal(new ClaimStoreCounts(12, documents.Sum(d => Checker.Check(d).Claims.Count)).Claims, (await store.CountAsync()).Claims);
    }

    private static ClaimLookup Lookup(Document document) =>
        new(Assert.Single(StoredDocument.FromReport(Checker.Check(document)).Claims, c => c.Comparable).Key);
}
