namespace FactCheck.Storage.Shared;

/// <summary>The columns every store writes for a claim, in one order: the document, the claim, the indexed key, and the record.</summary>
internal static class KeyColumns
{
    public static object?[] Of(ClaimRecord claim) =>
    [
        claim.DocumentId,
        claim.ClaimId,
        claim.Key.SubjectKey,
        claim.Key.Measure.ToString(),
        claim.Key.Unit,
        claim.Key.Period,
        ClaimRecordJson.Date(claim.Period?.Start),
        claim.Comparable ? 1 : 0,
        ClaimRecordJson.Write(claim),
    ];
}
